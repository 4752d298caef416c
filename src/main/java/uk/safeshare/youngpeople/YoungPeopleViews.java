package uk.safeshare.youngpeople;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import uk.safeshare.youngpeople.YoungPeopleCommands.ActionStatus;

/** What the tracker shows. Immigration status is not in any of it. */
public final class YoungPeopleViews {

    private YoungPeopleViews() {
    }

    public enum ReviewState { SCHEDULED, DUE, OVERDUE }

    /** A line of the team's list: enough to find the young person and see whose review is due. */
    public record Summary(UUID id, String name, int age, boolean careLeaver, RiskLevel riskLevel, List<VulnerabilityKind> kinds,
                          Agency leadAgency, LocalDate nextReviewOn, ReviewState review, int openActions, int overdueActions) {
    }

    public record LinkView(UUID caseId, UUID personId, String caseReference, String linkedBy, Instant linkedAt) {
    }

    public record VulnerabilityView(UUID id, VulnerabilityKind kind, String label, String details, LocalDate identifiedOn,
                                    String recordedBy) {
    }

    /** @param returnInterviewOverdue returned more than 72 hours ago with no return interview recorded */
    public record EpisodeView(UUID id, boolean fromCare, Instant wentMissingAt, Instant returnedAt, LocalDate returnInterviewOn,
                              String returnInterviewBy, String notes, boolean stillMissing, boolean returnInterviewOverdue,
                              long version) {
    }

    public record RiskView(RiskLevel riskLevel, String reason, String setBy, Instant setAt) {
    }

    public record ProfessionalView(UUID id, String name, Agency agency, String agencyLabel, String jobRole) {
    }

    public record ReviewView(UUID id, LocalDate heldOn, String agencies, String outcome, LocalDate nextReviewOn,
                             String recordedBy) {
    }

    public record ActionView(UUID id, String description, String owner, Agency ownerAgency, String ownerAgencyLabel,
                             LocalDate dueOn, ActionStatus status, boolean overdue) {
    }

    /** A young person, everything the tracker holds about them, newest first. */
    public record YoungPersonView(UUID id, String givenName, String familyName, LocalDate dateOfBirth, int age,
                                  boolean child, boolean careLeaver, Agency leadAgency, String leadAgencyLabel,
                                  RiskLevel riskLevel, LocalDate nextReviewOn, ReviewState review, String createdBy,
                                  Instant createdAt, List<LinkView> cases, List<VulnerabilityView> vulnerabilities,
                                  List<EpisodeView> missingEpisodes, List<RiskView> riskHistory,
                                  List<ProfessionalView> professionals, List<ReviewView> reviews, List<ActionView> actions,
                                  long version) {

        public String fullName() {
            return givenName + " " + familyName;
        }
    }
}
