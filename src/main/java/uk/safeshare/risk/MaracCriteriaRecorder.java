package uk.safeshare.risk;

import java.util.List;
import java.util.UUID;

/**
 * Where the MARAC module records, on a completed assessment, every MARAC referral criterion it met.
 * Two of them (potential escalation, repeat) depend on other cases and earlier referrals that only
 * the MARAC module weighs, so the assessment's result can name them only once it has been told.
 */
public interface MaracCriteriaRecorder {

    /**
     * @param criteria each criterion met, in words ("Potential escalation: 3 or more domestic abuse
     *                 incidents in 12 months"); empty when none is
     */
    void recordMaracCriteria(UUID assessmentId, List<String> criteria);
}
