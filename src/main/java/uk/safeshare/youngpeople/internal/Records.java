package uk.safeshare.youngpeople.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Table;
import uk.safeshare.shared.crypto.SensitiveText;
import uk.safeshare.youngpeople.Agency;
import uk.safeshare.youngpeople.RiskLevel;
import uk.safeshare.youngpeople.VulnerabilityKind;
import uk.safeshare.youngpeople.YoungPeopleCommands.ActionStatus;

@Table("young_person")
record YoungPersonRecord(@Id UUID id, UUID teamId, SensitiveText givenName, SensitiveText familyName, LocalDate dateOfBirth,
                         boolean careLeaver, Agency leadAgency, RiskLevel riskLevel, LocalDate nextReviewOn,
                         String createdBy, Instant createdAt, Instant updatedAt, @Version Long version) {

    YoungPersonRecord withRisk(RiskLevel level, Instant now) {
        return new YoungPersonRecord(id, teamId, givenName, familyName, dateOfBirth, careLeaver, leadAgency, level,
                nextReviewOn, createdBy, createdAt, now, version);
    }

    YoungPersonRecord withNextReview(LocalDate on, Instant now) {
        return new YoungPersonRecord(id, teamId, givenName, familyName, dateOfBirth, careLeaver, leadAgency, riskLevel,
                on, createdBy, createdAt, now, version);
    }

    YoungPersonRecord touched(Instant now) {
        return new YoungPersonRecord(id, teamId, givenName, familyName, dateOfBirth, careLeaver, leadAgency, riskLevel,
                nextReviewOn, createdBy, createdAt, now, version);
    }

    String name() {
        return SensitiveText.valueOf(givenName) + " " + SensitiveText.valueOf(familyName);
    }
}

@Table("young_person_case")
record CaseLinkRecord(@Id UUID id, UUID youngPersonId, UUID caseId, UUID personId, String caseReference, String linkedBy,
                      Instant linkedAt, @Version Long version) {
}

@Table("young_person_vulnerability")
record VulnerabilityRecord(@Id UUID id, UUID youngPersonId, VulnerabilityKind kind, SensitiveText details,
                           LocalDate identifiedOn, String recordedBy, Instant recordedAt, @Version Long version) {
}

@Table("young_person_missing")
record MissingEpisodeRecord(@Id UUID id, UUID youngPersonId, boolean fromCare, Instant wentMissingAt, Instant returnedAt,
                            LocalDate returnInterviewOn, SensitiveText returnInterviewBy, SensitiveText notes,
                            String recordedBy, Instant recordedAt, @Version Long version) {

    MissingEpisodeRecord returned(Instant at, LocalDate interviewOn, String interviewBy) {
        return new MissingEpisodeRecord(id, youngPersonId, fromCare, wentMissingAt, at, interviewOn,
                SensitiveText.of(interviewBy), notes, recordedBy, recordedAt, version);
    }
}

@Table("young_person_risk")
record RiskRecord(@Id UUID id, UUID youngPersonId, RiskLevel riskLevel, SensitiveText reason, String setBy, Instant setAt,
                  @Version Long version) {
}

@Table("young_person_professional")
record ProfessionalRecord(@Id UUID id, UUID youngPersonId, String name, Agency agency, String jobRole, String addedBy,
                          Instant addedAt, @Version Long version) {
}

@Table("young_person_review")
record ReviewRecord(@Id UUID id, UUID youngPersonId, LocalDate heldOn, String agencies, SensitiveText outcome,
                    LocalDate nextReviewOn, String recordedBy, Instant recordedAt, @Version Long version) {
}

@Table("young_person_action")
record ActionRecord(@Id UUID id, UUID youngPersonId, SensitiveText description, String owner, Agency ownerAgency,
                    LocalDate dueOn, ActionStatus status, String createdBy, Instant createdAt, Instant updatedAt,
                    @Version Long version) {

    ActionRecord withStatus(ActionStatus to, Instant now) {
        return new ActionRecord(id, youngPersonId, description, owner, ownerAgency, dueOn, to, createdBy, createdAt, now,
                version);
    }
}
