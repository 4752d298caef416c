package uk.safeshare.governance;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** The tracker as pages, the API, packs and reports show it. */
public final class TrackerViews {

    private TrackerViews() {
    }

    /**
     * One recommendation or action of the report, with what this force and OPCC have said and done.
     *
     * @param rag            the status shown: the override when there is one, else the one worked out
     * @param workedOut      the status the rules give from the actions
     * @param overrideReason why someone set the status by hand (null when not overridden)
     */
    public record Item(String code, String kind, int number, String title, String summary, String addressees,
                       Applicability appliesTo, String forceResponse, String opccResponse, Rag rag, Rag workedOut,
                       String overrideReason, String overriddenBy, List<Action> actions) {

        public boolean overridden() {
            return overrideReason != null;
        }

        /** "Recommendation 1", "Action 2". */
        public String name() {
            return ("ACTION".equals(kind) ? "Action " : "Recommendation ") + number;
        }

        public long overdueActions() {
            return actions.stream().filter(Action::overdue).count();
        }
    }

    /**
     * @param owner   who answers for it, as shown: a user's name or a named role
     * @param overdue not done and its due date has passed
     */
    public record Action(UUID id, String itemCode, String description, String ownerUser, String ownerRole, String owner,
                         LocalDate dueOn, ActionStatus status, boolean overdue, UUID meetingId, List<Update> updates) {
    }

    public record Update(LocalDate on, String note, String recordedBy, Instant recordedAt) {
    }

    /** One change to the tracker, in words. */
    public record Change(Instant at, String by, String itemCode, UUID actionId, String summary) {
    }

    /** Figures SafeShare holds about an item, read from the module that keeps them when asked. */
    public record Evidence(String itemCode, String title, String source, List<String> columns, List<EvidenceRow> rows,
                           String note) {
    }

    /** A row of figures, each as published: a number, or [c] when suppressed, or a piece of text. */
    public record EvidenceRow(String label, List<String> cells) {
    }

    /** A meeting of the working group or the Vulnerability Board, with the actions it put on the tracker. */
    public record Meeting(UUID id, Forum forum, LocalDate heldOn, String attendees, List<String> items, String decisions,
                          String minutes, String recordedBy, Instant recordedAt, List<Action> actions) {

        public List<String> attendeeLines() {
            return attendees.lines().map(String::strip).filter(l -> !l.isEmpty()).toList();
        }
    }
}
