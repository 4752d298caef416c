package uk.safeshare.cases;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * A case found by what a user knows about it. For a case of the searcher's own team it carries the area, when and
 * who matched; for another team's case only its reference, which opens through break-glass.
 *
 * @param ownTeam whether the searcher's team holds the case (else the details are left out)
 * @param people  the people in the case that matched, "Given Family (role)"; empty for another team's case
 */
public record CaseSearchHit(UUID caseId, String reference, boolean ownTeam, String area, Instant occurredAt, List<String> people) {
}
