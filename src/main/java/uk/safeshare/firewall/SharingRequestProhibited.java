package uk.safeshare.firewall;

import java.time.Instant;
import java.util.UUID;
import uk.safeshare.cases.PersonRole;

/**
 * Published, inside the transaction that records it, when the protocol prohibits a request to share
 * information about a person, whatever the recipient. Someone wanted to share about this person and may not:
 * the person may need a specialist's help (the protocol's obligation to offer a referral often comes with it).
 * Carries ids and the person's role only.
 *
 * @param requestId the sharing request
 * @param caseId    the person's case
 * @param personId  the person the request was about
 * @param teamId    the team that owns the case
 * @param role      the person's role on the case when asked about
 * @param decidedAt when the protocol decided it (UTC)
 */
public record SharingRequestProhibited(UUID requestId, UUID caseId, UUID personId, UUID teamId, PersonRole role,
                                       Instant decidedAt) {
}
