package uk.safeshare.governance;

import java.time.LocalDate;
import java.util.List;

/** What governance staff may change, as the API and the pages send it. */
public final class TrackerCommands {

    private TrackerCommands() {
    }

    public record UpdateItem(Applicability appliesTo, String forceResponse, String opccResponse) {
    }

    /** A status set by hand; null rag clears the override (the reason still says why). */
    public record OverrideRag(Rag rag, String reason) {
    }

    /** ownerUser (a SafeShare username) or ownerRole (a named post), exactly one. */
    public record NewAction(String description, String ownerUser, String ownerRole, LocalDate dueOn, ActionStatus status) {
    }

    public record NewUpdate(LocalDate on, String note, ActionStatus status) {
    }

    /** An action agreed at a meeting, for an item. */
    public record MeetingAction(String itemCode, String description, String ownerUser, String ownerRole, LocalDate dueOn) {
    }

    public record NewMeeting(Forum forum, LocalDate heldOn, String attendees, List<String> items, String decisions,
                             String minutes, List<MeetingAction> actions) {
    }

    public record GenerateReport(LocalDate asOf, String title) {
    }
}
