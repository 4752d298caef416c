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

    record SupportOffered(String organisation, Set<String> help, String status, boolean intermediary, String contactRoutes,
                          boolean regulatedAdviser) {
    }
}
