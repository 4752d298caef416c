package uk.safeshare.governance.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import uk.safeshare.governance.TrackerCommands.MeetingAction;
import uk.safeshare.governance.TrackerCommands.NewAction;
import uk.safeshare.governance.TrackerCommands.NewMeeting;
import uk.safeshare.governance.TrackerViews.Action;
import uk.safeshare.governance.TrackerViews.Item;
import uk.safeshare.governance.TrackerViews.Meeting;
import uk.safeshare.identity.SafeShareUser;
import uk.safeshare.shared.InvalidRequestException;
import uk.safeshare.shared.NotFoundException;
import uk.safeshare.governance.Forum;

/**
 * Meetings of the Safe to Share working group and the Vulnerability Board. A meeting is recorded
 * once, after it is held; the actions it agrees go straight onto the tracker, marked as its own.
 */
@Service
class Forums {

    static final int MAX_ACTIONS = 10;

    private final JdbcClient jdbc;
    private final Tracker tracker;
    private final ActionChanges actionChanges;
    private final Clock clock;

    Forums(JdbcClient jdbc, Tracker tracker, ActionChanges actionChanges, Clock clock) {
        this.jdbc = jdbc;
        this.tracker = tracker;
        this.actionChanges = actionChanges;
        this.clock = clock;
    }

    record Row(UUID id, Forum forum, LocalDate heldOn, String attendees, String decisions, String minutes, String recordedBy,
               Instant recordedAt) {
    }

    private static Row row(ResultSet rs, int n) throws SQLException {
        return new Row(rs.getObject("id", UUID.class), Forum.valueOf(rs.getString("forum")), rs.getObject("held_on", LocalDate.class),
                rs.getString("attendees"), rs.getString("decisions"), rs.getString("minutes"), rs.getString("recorded_by"),
                rs.getObject("recorded_at", OffsetDateTime.class).toInstant());
    }

    @Transactional(readOnly = true)
    public List<Meeting> meetings() {
        tracker.requireReader();
        List<Item> items = tracker.items();
        return jdbc.sql("SELECT * FROM gov_meeting ORDER BY held_on DESC, recorded_at DESC").query(Forums::row).list()
                .stream().map(r -> view(r, items)).toList();
    }

    @Transactional(readOnly = true)
    public Meeting meeting(UUID id) {
        tracker.requireReader();
        Row r = jdbc.sql("SELECT * FROM gov_meeting WHERE id = ?").param(id).query(Forums::row).optional()
                .orElseThrow(() -> new NotFoundException("There is no meeting " + id + "."));
        return view(r, tracker.items());
    }

    private Meeting view(Row r, List<Item> items) {
        List<String> codes = jdbc.sql("SELECT item_code FROM gov_meeting_item WHERE meeting_id = ? ORDER BY item_code")
                .param(r.id()).query(String.class).list();
        List<Action> actions = items.stream().flatMap(i -> i.actions().stream()).filter(a -> r.id().equals(a.meetingId())).toList();
        return new Meeting(r.id(), r.forum(), r.heldOn(), r.attendees(), codes, r.decisions(), r.minutes(), r.recordedBy(),
                r.recordedAt(), actions);
    }

    @Transactional
    public Meeting record(NewMeeting command) {
        SafeShareUser me = tracker.requireEditor();
        Checks checks = new Checks();
        checks.require("forum", command.forum(), "Select the forum");
        checks.require("heldOn", command.heldOn(), "Enter the date of the meeting");
        checks.when(command.heldOn() != null && command.heldOn().isAfter(tracker.today()), "heldOn",
                "The date of the meeting must be today or in the past: record a meeting once it has been held");
        checks.when(command.heldOn() != null && command.heldOn().isBefore(Checks.EARLIEST), "heldOn",
                "The date of the meeting must be on or after 17 December 2020");
        String attendees = checks.text("attendees", "who attended", command.attendees(), Tracker.MAX_NOTE, true);
        String decisions = checks.text("decisions", "the decisions", command.decisions(), Tracker.MAX_RESPONSE, false);
        String minutes = checks.text("minutes", "the minutes", command.minutes(), Tracker.MAX_RESPONSE, false);
        Set<String> known = new LinkedHashSet<>();
        tracker.items().forEach(i -> known.add(i.code()));
        Set<String> items = new LinkedHashSet<>(command.items() == null ? List.of() : command.items());
        List<MeetingAction> actions = command.actions() == null ? List.of() : command.actions();
        checks.when(items.stream().anyMatch(c -> !known.contains(c)), "items", "Select items from the tracker only");
        checks.when(actions.size() > MAX_ACTIONS, "actions", "Record at most " + MAX_ACTIONS + " new actions at once");
        for (int i = 0; i < actions.size(); i++) {
            checks.when(actions.get(i) == null || !known.contains(actions.get(i).itemCode()), "actions[" + i + "].itemCode",
                    "Select the item that new action " + (i + 1) + " is for");
        }
        checks.done();
        UUID id = UUID.randomUUID();
        Instant at = clock.instant();
        jdbc.sql("""
                INSERT INTO gov_meeting (id, forum, held_on, attendees, decisions, minutes, recorded_by, recorded_at)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(id, command.forum().name(), command.heldOn(), attendees, decisions, minutes, me.username(), TrackerStore.at(at))
                .update();
        actions.forEach(a -> items.add(a.itemCode()));
        for (String code : items) {
            jdbc.sql("INSERT INTO gov_meeting_item (meeting_id, item_code) VALUES (?, ?)").params(id, code).update();
            tracker.record(code, null, me, at, "Discussed at the " + command.forum().label() + " on " + command.heldOn());
        }
        for (int i = 0; i < actions.size(); i++) {
            MeetingAction a = actions.get(i);
            try {
                actionChanges.addAction(a.itemCode(), new NewAction(a.description(), a.ownerUser(), a.ownerRole(), a.dueOn(), null), id);
            } catch (InvalidRequestException e) {
                // Name the action the problem is in; the transaction rolls the whole meeting back.
                java.util.Map<String, String> errors = new java.util.LinkedHashMap<>();
                int n = i;
                e.fieldErrors().forEach((k, v) -> errors.put("actions[" + n + "]." + k, "New action " + (n + 1) + ": " + v));
                throw new InvalidRequestException(String.join("; ", errors.values()), errors);
            }
        }
        return meeting(id);
    }

    List<Row> since(Instant from) {
        return jdbc.sql("SELECT * FROM gov_meeting WHERE recorded_at >= ? ORDER BY held_on").param(TrackerStore.at(from))
                .query(Forums::row).list();
    }

    static List<String> split(String lines) {
        List<String> out = new ArrayList<>();
        if (lines != null) {
            for (String l : lines.split("\\R")) {
                if (!l.isBlank()) {
                    out.add(l.strip());
                }
            }
        }
        return out;
    }
}
