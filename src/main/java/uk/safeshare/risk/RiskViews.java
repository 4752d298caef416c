package uk.safeshare.risk;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** What the risk module shows. */
public final class RiskViews {

    private RiskViews() {
    }

    public enum Status { DRAFT, COMPLETED }

    /** The person assessed, as the risk pages and API name them. */
    public record Subject(UUID caseId, String caseReference, UUID personId, String personName, boolean victim,
                          boolean domesticAbuseCase) {

        /** Only a victim on a domestic abuse case is risk assessed with this checklist. */
        public boolean assessable() {
            return victim && domesticAbuseCase;
        }
    }

    /** A victim's assessments, newest first (at most one of them a draft). */
    public record History(Subject subject, List<AssessmentView> assessments) {
    }

    /** One assessment with the person it is about. */
    public record Assessment(Subject subject, AssessmentView assessment) {
    }

    public record AnswerView(RiskQuestion question, int number, String topic, String text, Answer answer, String note) {
    }

    public record FactorView(ImmigrationFactor factor, String topic, String text, Answer answer, String note) {
    }

    /**
     * One assessment. For a draft the score and grades are null. {@code immigrationFactors} are listed
     * apart from {@code answers} and never counted in {@code yesCount}. {@code maracReferralNeeded} is true
     * whenever any MARAC criterion is met (high risk, judgement, escalation, repeat); {@code maracCriteria} names each.
     */
    public record AssessmentView(UUID id, UUID caseId, UUID personId, Status status, List<AnswerView> answers,
                                 List<FactorView> immigrationFactors, List<ImmigrationFactor> immigrationFactorsPresent,
                                 Integer yesCount, RiskGrade checklistGrade, RiskGrade judgementGrade,
                                 String judgementConcern, RiskGrade grade, boolean raisedByJudgement, String explanation,
                                 boolean maracReferralNeeded, List<String> maracCriteria, String createdBy, Instant createdAt, Instant updatedAt,
                                 String completedBy, Instant completedAt, long version) {

        public boolean isDraft() {
            return status == Status.DRAFT;
        }

        public long answered() {
            return answers.stream().filter(a -> a.answer() != null).count();
        }
    }
}
