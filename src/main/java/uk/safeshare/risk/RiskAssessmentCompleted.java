package uk.safeshare.risk;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * Published when a risk assessment is completed, inside the transaction that stores it, so that
 * whatever follows from it (a MARAC referral) commits or rolls back with it.
 *
 * @param raisedByJudgement whether professional judgement raised the checklist's grade
 * @param concern           the concern behind a professional judgement, or null
 */
public record RiskAssessmentCompleted(UUID assessmentId, UUID caseId, UUID personId, RiskGrade grade,
                                      RiskGrade checklistGrade, int yesCount, boolean raisedByJudgement, String concern,
                                      List<ImmigrationFactor> immigrationFactorsPresent, String completedBy,
                                      Instant completedAt) {

    public RiskAssessmentCompleted {
        immigrationFactorsPresent = List.copyOf(immigrationFactorsPresent);
    }
}
