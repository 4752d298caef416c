package uk.safeshare.marac;

import uk.safeshare.shared.validation.SingleLine;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.UUID;
import uk.safeshare.shared.validation.PersonName;
import uk.safeshare.shared.validation.PlainText;

/** What the MARAC coordinator and attendees ask of the MARAC module, from the pages and the API alike. */
public final class MaracCommands {

    private MaracCommands() {
    }

    public record ScheduleMeeting(
            @NotNull(message = "Enter the date of the meeting") LocalDate meetsOn,
            @NotBlank(message = "Enter the area the meeting covers") @Size(max = 200) @PlainText @SingleLine String area,
            @NotBlank(message = "Enter who chairs the meeting") @Size(max = 200) @PlainText @SingleLine String chair) {
    }

    /**
     * An attendee. {@code agency} is a {@link MaracAgency} code, taken as text so that immigration
     * enforcement is refused by name. {@code username} links a SafeShare account, whose holder then
     * accepts the confidentiality agreement and sees the meeting's case information themselves.
     */
    public record NewAttendee(
            @NotBlank(message = "Enter the attendee’s name") @Size(max = 100) @PersonName @SingleLine String name,
            @NotBlank(message = "Select the agency") @Size(max = 100) @SingleLine String agency,
            @Size(max = 200) @PlainText @SingleLine String organisation,
            @Size(max = 100) @PlainText @SingleLine String username) {

        public NewAttendee {
            organisation = blankToNull(organisation);
            username = blankToNull(username);
        }
    }

    public record AgendaEntry(@NotNull(message = "Select a referral") UUID referralId) {
    }

    public record NewAction(
            @NotNull(message = "Select the case the action is for") UUID referralId,
            @NotBlank(message = "Describe the action") @Size(max = 1000) @PlainText String description,
            @NotBlank(message = "Select the agency that owns the action") @Size(max = 100) @SingleLine String ownerAgency,
            @Size(max = 100) @PlainText @SingleLine String owner,
            @NotNull(message = "Enter the date the action is due") LocalDate dueOn) {

        public NewAction {
            owner = blankToNull(owner);
        }
    }

    public record ActionUpdate(@NotNull(message = "Select the action’s status") MaracViews.ActionStatus status) {
    }

    public record Minutes(@Size(max = 20000) @PlainText String text) {
    }

    static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }
}
