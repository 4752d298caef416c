package uk.safeshare.marac;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import uk.safeshare.risk.ImmigrationFactor;
import uk.safeshare.risk.RiskGrade;

/** What the MARAC module shows. */
public final class MaracViews {

    private MaracViews() {
    }

    public enum MeetingStatus { SCHEDULED, CLOSED }

    public enum ReferralStatus {
        DUE("Referral due"), LISTED("On an agenda"), HEARD("Heard");

        private final String label;

        ReferralStatus(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    public enum ActionStatus {
        OPEN("Open"), DONE("Done"), CANCELLED("Cancelled");

        private final String label;

        ActionStatus(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    /** A referral in the coordinator's queue: who, from which case, and why. */
    public record ReferralSummary(UUID id, UUID caseId, UUID personId, String caseReference, String personName,
                                  ReferralCriterion criterion, List<ReferralCriterion> criteria, boolean repeat,
                                  ReferralStatus status, UUID meetingId, String referredBy, Instant referredAt) {
    }

    public record MeetingSummary(UUID id, LocalDate meetsOn, String area, String chair, MeetingStatus status,
                                 int attendees, int accepted, int agendaItems) {
    }

    public record Agreement(int version, String text) {
    }

    public record AttendeeView(UUID id, String name, MaracAgency agency, String agencyLabel, String organisation,
                               String username, boolean accepted, Instant acceptedAt, Integer acceptedVersion,
                               String acceptanceRecordedBy) {
    }

    public record ActionView(UUID id, UUID referralId, String description, MaracAgency ownerAgency, String ownerAgencyLabel,
                             String owner, LocalDate dueOn, ActionStatus status, boolean overdue) {
    }

    /** What is shared about one referral in a meeting: only ever to an attendee who has accepted the agreement. */
    public record CaseInformation(UUID referralId, UUID caseId, UUID personId, String caseReference, String personName,
                                  ReferralCriterion criterion, List<ReferralCriterion> criteria, boolean repeat,
                                  RiskGrade grade, Integer yesCount, boolean raisedByJudgement, String concern,
                                  List<ImmigrationFactor> immigrationFactors, Instant incidentAt, String referredBy,
                                  Instant referredAt, List<ActionView> actions) {
    }

    /**
     * A meeting as the caller may see it. {@code cases} and {@code minutes} are null, and
     * {@code caseInformationWithheld} says why, until the caller may see case information.
     *
     * @param me          the caller's own attendance, or null when they are not an attendee
     * @param coordinator whether the caller runs MARAC meetings (and so may change this one)
     */
    public record MeetingView(UUID id, LocalDate meetsOn, String area, String chair, MeetingStatus status,
                              Agreement agreement, List<AttendeeView> attendees, AttendeeView me, boolean coordinator,
                              boolean allAccepted, int agendaItems, boolean caseInformationShown,
                              String caseInformationWithheld, List<CaseInformation> cases, String minutes) {
    }
}
