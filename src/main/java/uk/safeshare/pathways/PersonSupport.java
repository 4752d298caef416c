package uk.safeshare.pathways;

import java.util.List;
import java.util.Set;
import java.util.UUID;

/** The support a person has been linked to, and the organisations that could help them, for their notice. */
public interface PersonSupport {

    /** Referrals made for the person (need-to-know checked and audited), newest first. */
    List<SupportOffered> referralsFor(UUID caseId, UUID personId);

    /** Active organisations offering any of the needs, those speaking the language first. */
    List<SupportOffered> organisationsFor(Set<Specialism> needs, String language);

    /**
     * Makes the referral that a permitted, disclosed sharing request without the person's consent
     * stands for (the firewall calls this when it records such a disclosure to a specialist
     * organisation for a support referral). Returns the referral's reference, or empty when the
     * organisation is not in the directory (the disclosure then went by the organisation's own route).
     *
     * @param sharedCategories the firewall's data categories disclosed (their codes)
     */
    java.util.Optional<String> referAfterDisclosure(UUID caseId, UUID personId, String organisationName, String justification,
                                                     Set<String> sharedCategories, UUID sharingRequestId);

    record SupportOffered(String organisation, Set<String> help, String status, boolean intermediary, String contactRoutes,
                          boolean regulatedAdviser) {
    }
}
