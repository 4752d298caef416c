package uk.safeshare.youngpeople;

import uk.safeshare.shared.validation.SingleLine;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import uk.safeshare.shared.validation.PersonName;
import uk.safeshare.shared.validation.PlainText;

/** What officers, caseworkers and supervisors ask of the tracker, from the pages and the API alike. */
public final class YoungPeopleCommands {

    private YoungPeopleCommands() {
    }

    /**
     * A young person put on the tracker: under 18, or a care leaver up to the age the force sets. There is
     * no field for immigration status, and none may be added.
     */
    public record NewYoungPerson(
            @NotBlank(message = "Enter the young person’s given name") @Size(max = 100) @PersonName @SingleLine String givenName,
            @NotBlank(message = "Enter the young person’s family name") @Size(max = 100) @PersonName @SingleLine String familyName,
            @NotNull(message = "Enter the young person’s date of birth") LocalDate dateOfBirth,
            boolean careLeaver,
            @NotNull(message = "Select the lead agency") Agency leadAgency,
            @NotNull(message = "Select the risk level") RiskLevel riskLevel,
            @NotBlank(message = "Say why the young person is at this level of risk") @Size(max = 2000) @PlainText String riskReason,
            @NotNull(message = "Enter the date of the first multi-agency review") LocalDate nextReviewOn) {
    }

    public record CaseLink(@NotNull(message = "Enter the case") UUID caseId, @NotNull(message = "Enter the person") UUID personId) {
    }

    public record NewVulnerability(
            @NotNull(message = "Select the kind of vulnerability") VulnerabilityKind kind,
            @Size(max = 2000) @PlainText String details,
            @NotNull(message = "Enter the date it was identified") LocalDate identifiedOn) {
    }

    /** A missing episode; the return and the return interview may be recorded now or later. */
    public record NewMissingEpisode(
            boolean fromCare,
            @NotNull(message = "Enter when the young person went missing") Instant wentMissingAt,
            Instant returnedAt,
            LocalDate returnInterviewOn,
            @Size(max = 200) @PlainText @SingleLine String returnInterviewBy,
            @Size(max = 2000) @PlainText String notes) {
    }

    public record EpisodeReturn(
            @NotNull(message = "Enter when the young person returned") Instant returnedAt,
            LocalDate returnInterviewOn,
            @Size(max = 200) @PlainText @SingleLine String returnInterviewBy) {
    }

    public record RiskChange(
            @NotNull(message = "Select the risk level") RiskLevel riskLevel,
            @NotBlank(message = "Say why the risk level is changing") @Size(max = 2000) @PlainText String reason) {
    }

    public record NewProfessional(
            @NotBlank(message = "Enter the professional’s name") @Size(max = 100) @PersonName @SingleLine String name,
            @NotNull(message = "Select the agency") Agency agency,
            @Size(max = 200) @PlainText @SingleLine String jobRole) {
    }

    public record NewReview(
            @NotNull(message = "Enter the date the review was held") LocalDate heldOn,
            @NotBlank(message = "Name the agencies present") @Size(max = 400) @PlainText String agencies,
            @NotBlank(message = "Record what the review found and agreed") @Size(max = 4000) @PlainText String outcome,
            @NotNull(message = "Enter the date of the next review") LocalDate nextReviewOn) {
    }

    public record NewAction(
            @NotBlank(message = "Describe the action") @Size(max = 1000) @PlainText String description,
            @NotBlank(message = "Enter who owns the action") @Size(max = 100) @PlainText @SingleLine String owner,
            @NotNull(message = "Select the agency that owns the action") Agency ownerAgency,
            @NotNull(message = "Enter the date the action is due") LocalDate dueOn) {
    }

    public enum ActionStatus { OPEN, DONE, CANCELLED }

    public record ActionUpdate(@NotNull(message = "Select the action’s status") ActionStatus status) {
    }
}
