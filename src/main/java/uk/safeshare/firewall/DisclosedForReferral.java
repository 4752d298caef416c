package uk.safeshare.firewall;

import java.util.Set;
import java.util.UUID;

/**
 * Published, inside the transaction that records it, when a permitted support referral without the
 * person's consent is disclosed to a specialist organisation: the referral it stands for must be made
 * in the same transaction. A listener that cannot make it throws, and the disclosure is then not
 * recorded either, with the listener's reason; never a disclosure "recorded" with nothing behind it.
 *
 * @param requestId        the sharing request disclosed
 * @param organisationId   the organisation's register id (null for a request made before the register)
 * @param organisationName the organisation's name as the request recorded it
 * @param justification    the requester's justification, which the referral carries
 * @param sharedCategories the firewall's data categories disclosed (their codes)
 */
public record DisclosedForReferral(UUID requestId, UUID caseId, UUID personId, UUID organisationId, String organisationName,
                                   String justification, Set<String> sharedCategories) {

    public DisclosedForReferral {
        sharedCategories = Set.copyOf(sharedCategories);
    }
}
