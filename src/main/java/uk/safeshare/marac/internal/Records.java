package uk.safeshare.marac.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Table;
import uk.safeshare.marac.MaracAgency;
import uk.safeshare.marac.MaracViews.ActionStatus;
import uk.safeshare.marac.MaracViews.MeetingStatus;
import uk.safeshare.marac.MaracViews.ReferralStatus;
import uk.safeshare.marac.ReferralCriterion;
import uk.safeshare.shared.crypto.SensitiveText;

@Table("marac_meeting")
record MeetingRecord(@Id UUID id, LocalDate meetsOn, String area, String chair, Integer agreementVersion,
                     MeetingStatus status, SensitiveText minutes, String createdBy, Instant createdAt, Instant closedAt,
                     @Version Long version) {

    boolean closed() {
        return status == MeetingStatus.CLOSED;
    }

    String recipient() {
        return "MARAC " + meetsOn + " " + area;
    }

    MeetingRecord withMinutes(String text) {
        return new MeetingRecord(id, meetsOn, area, chair, agreementVersion, status, SensitiveText.of(text), createdBy,
                createdAt, closedAt, version);
    }

    MeetingRecord closedAt(Instant now) {
        return new MeetingRecord(id, meetsOn, area, chair, agreementVersion, MeetingStatus.CLOSED, minutes, createdBy,
                createdAt, now, version);
    }
}

@Table("marac_attendee")
record AttendeeRecord(@Id UUID id, UUID meetingId, String name, MaracAgency agency, String organisation, String username,
                      Instant acceptedAt, Integer acceptedVersion, String acceptanceRecordedBy, String addedBy,
                      Instant addedAt, @Version Long version) {

    /** Accepted the agreement this meeting is held under. */
    boolean hasAccepted(int agreementVersion) {
        return acceptedAt != null && acceptedVersion != null && acceptedVersion == agreementVersion;
    }

    AttendeeRecord accepted(int agreementVersion, Instant at, String recordedBy) {
        return new AttendeeRecord(id, meetingId, name, agency, organisation, username, at, agreementVersion, recordedBy,
                addedBy, addedAt, version);
    }
}

@Table("marac_referral")
record ReferralRecord(@Id UUID id, UUID caseId, UUID personId, UUID riskAssessmentId, String caseReference,
                      SensitiveText personName, ReferralCriterion criterion, String criteria, boolean repeatReferral,
                      SensitiveText riskSummary, Instant incidentAt, ReferralStatus status, UUID meetingId,
                      String referredBy, Instant referredAt, SensitiveText ethnicitySelfDefined, @Version Long version) {

    ReferralRecord listedFor(UUID meeting) {
        return new ReferralRecord(id, caseId, personId, riskAssessmentId, caseReference, personName, criterion, criteria,
                repeatReferral, riskSummary, incidentAt, ReferralStatus.LISTED, meeting, referredBy, referredAt,
                ethnicitySelfDefined, version);
    }

    ReferralRecord heard() {
        return new ReferralRecord(id, caseId, personId, riskAssessmentId, caseReference, personName, criterion, criteria,
                repeatReferral, riskSummary, incidentAt, ReferralStatus.HEARD, meetingId, referredBy, referredAt,
                ethnicitySelfDefined, version);
    }
}

@Table("marac_action")
record ActionRecord(@Id UUID id, UUID meetingId, UUID referralId, SensitiveText description, MaracAgency ownerAgency,
                    String owner, LocalDate dueOn, ActionStatus status, String createdBy, Instant createdAt,
                    Instant updatedAt, @Version Long version) {

    ActionRecord withStatus(ActionStatus newStatus, Instant now) {
        return new ActionRecord(id, meetingId, referralId, description, ownerAgency, owner, dueOn, newStatus, createdBy,
                createdAt, now, version);
    }
}
