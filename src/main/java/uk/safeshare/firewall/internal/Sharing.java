package uk.safeshare.firewall.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import uk.safeshare.cases.CrimeType;
import uk.safeshare.cases.PersonRole;
import uk.safeshare.cases.StatusBasis;
import uk.safeshare.firewall.protocol.Consent;
import uk.safeshare.firewall.protocol.DataCategory;
import uk.safeshare.firewall.protocol.Decision;
import uk.safeshare.firewall.protocol.Effect;
import uk.safeshare.firewall.protocol.LawfulBasis;
import uk.safeshare.firewall.protocol.Obligation;
import uk.safeshare.firewall.protocol.PathwayStage;
import uk.safeshare.firewall.protocol.Purpose;
import uk.safeshare.firewall.protocol.Recipient;
import uk.safeshare.firewall.protocol.Reviewer;

/** The vocabulary and the views of sharing requests, as the API and the pages show them. */
public final class Sharing {

    private Sharing() {
    }

    /** Where a sharing request is in its life. */
    public enum Status {
        PROHIBITED("Prohibited"),
        AWAITING_REVIEW("Awaiting review"),
        REFUSED("Refused on review"),
        PERMITTED("Permitted: obligations to meet before sharing"),
        DISCLOSED("Disclosed");

        private final String label;

        Status(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }

        static Status after(Decision decision) {
            return switch (decision) {
                case Decision.Prohibited p -> PROHIBITED;
                case Decision.ReferForReview r -> AWAITING_REVIEW;
                case Decision.PermittedWithObligations p -> PERMITTED;
            };
        }
    }

    public enum ObligationStatus {
        OWED("Owed"),
        MET("Met"),
        NOT_NEEDED("Not needed: nothing was shared");

        private final String label;

        ObligationStatus(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    /** In what capacity someone reviews: as a supervisor, or as the data protection officer. */
    public enum Capacity {
        SUPERVISOR("Supervisor"),
        DPO("Data protection officer");

        private final String label;

        Capacity(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }

        static Set<Capacity> needed(Reviewer reviewer) {
            return switch (reviewer) {
                case SUPERVISOR -> Set.of(SUPERVISOR);
                case DPO -> Set.of(DPO);
                case SUPERVISOR_AND_DPO -> Set.of(SUPERVISOR, DPO);
            };
        }
    }

    /** A review before sharing, or after an emergency disclosure. */
    public enum ReviewKind {
        PRIOR("Review before sharing"),
        RETROSPECTIVE("Review after an emergency disclosure");

        private final String label;

        ReviewKind(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    /** A reviewer's verdict. APPROVE and REFUSE before sharing; JUSTIFIED and NOT_JUSTIFIED after an emergency. */
    public enum Verdict {
        APPROVE("Approved", ReviewKind.PRIOR),
        REFUSE("Refused", ReviewKind.PRIOR),
        JUSTIFIED("The emergency disclosure was justified", ReviewKind.RETROSPECTIVE),
        NOT_JUSTIFIED("The emergency disclosure was not justified", ReviewKind.RETROSPECTIVE);

        private final String label;
        private final ReviewKind kind;

        Verdict(String label, ReviewKind kind) {
            this.label = label;
            this.kind = kind;
        }

        public String label() {
            return label;
        }

        public ReviewKind kind() {
            return kind;
        }
    }

    /** What the case and person records said when the request was made. */
    public record FromRecords(PersonRole role, boolean child, Set<CrimeType> crimeTypes, StatusBasis statusBasis,
                              String statusEvidence) {
    }

    public record ProtocolRef(String id, String contentHash) {
    }

    public record RuleView(String ruleId, String title, Effect effect, String reason, String source, Reviewer reviewer) {
    }

    public record DecisionView(Decision.Kind outcome, String outcomeLabel, Reviewer reviewer, boolean emergency,
                               ProtocolRef protocol, List<RuleView> rules) {
    }

    public record ObligationView(Obligation obligation, String label, Obligation.Kind kind, ObligationStatus status,
                                 String metBy, Instant metAt, String note) {
    }

    public record ReviewView(ReviewKind kind, Capacity capacity, String reviewedBy, Instant reviewedAt, Verdict verdict,
                             String reasons) {
    }

    public record DisclosureView(String disclosedBy, Instant disclosedAt, LawfulBasis lawfulBasis,
                                 Set<DataCategory> dataCategories, LocalDate retentionReviewOn) {
    }

    /** A sharing request, the decision it got, and everything that has happened since. */
    public record RequestView(UUID id, UUID caseId, String caseReference, UUID personId, String requestedBy,
                              Instant requestedAt, Recipient recipient, String recipientName, Purpose purpose,
                              PathwayStage pathwayStage, Set<DataCategory> dataCategories, LawfulBasis lawfulBasis,
                              Consent consent, String justification, boolean suspectedOfOtherOffence, String suspicion,
                              boolean threatToLife, FromRecords fromRecords, DecisionView decision, Status status,
                              boolean immigrationEnforcement, List<ObligationView> obligations, List<ReviewView> reviews,
                              Set<Capacity> reviewsOutstanding, Set<Capacity> retrospectiveReviewsOutstanding,
                              DisclosureView disclosure) {

        public boolean owes(Obligation obligation) {
            return obligations.stream().anyMatch(o -> o.obligation() == obligation && o.status() == ObligationStatus.OWED);
        }
    }

    /** One line of a list of requests or of the review queue. */
    public record RequestSummary(UUID id, UUID caseId, String caseReference, UUID personId, String requestedBy,
                                 Instant requestedAt, Recipient recipient, Purpose purpose, Decision.Kind outcome,
                                 Reviewer reviewer, boolean emergency, Status status) {
    }

    /** The review queue: requests awaiting a review the caller can give, and emergency disclosures to review afterwards. */
    public record ReviewQueue(List<RequestSummary> awaitingReview, List<RequestSummary> emergencyDisclosures) {
    }
}
