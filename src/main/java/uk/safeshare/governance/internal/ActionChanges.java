package uk.safeshare.governance.internal;

import static uk.safeshare.governance.internal.Tracker.MAX_NOTE;
import static uk.safeshare.governance.internal.Tracker.MAX_SHORT;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import uk.safeshare.governance.ActionStatus;
import uk.safeshare.governance.TrackerCommands.NewAction;
import uk.safeshare.governance.TrackerCommands.NewUpdate;
import uk.safeshare.governance.TrackerViews.Action;
import uk.safeshare.governance.internal.TrackerStore.ActionState;
import uk.safeshare.identity.Identity;
import uk.safeshare.identity.SafeShareUser;
import uk.safeshare.shared.NotFoundException;

/** Governance staff adding and changing the actions on tracker items, and the dated updates on them. */
@Service
public class ActionChanges {

    private final TrackerStore store;
    private final Tracker tracker;
    private final Identity identity;
    private final Clock clock;

    ActionChanges(TrackerStore store, Tracker tracker, Identity identity, Clock clock) {
        this.store = store;
        this.tracker = tracker;
        this.identity = identity;
        this.clock = clock;
    }

    @Transactional
    public Action addAction(String code, NewAction command) {
        return addAction(code, command, null);
    }

    Action addAction(String code, NewAction command, UUID meetingId) {
        SafeShareUser me = tracker.requireEditor();
        tracker.current(code);
        ActionState checked = checkAction(UUID.randomUUID(), code, meetingId, command, "");
        Instant at = clock.instant();
        store.insertAction(checked.actionId(), code, meetingId, me.username(), at);
        store.insertActionState(checked, me.username(), at);
        tracker.record(code, checked.actionId(), me, at, "Action added: " + checked.description() + " (owner " + ownerText(checked)
                + ", due " + checked.dueOn() + ", " + checked.status().label().toLowerCase() + ")");
        return tracker.action(checked.actionId());
    }

    @Transactional
    public Action changeAction(UUID actionId, NewAction command) {
        SafeShareUser me = tracker.requireEditor();
        ActionState now = currentAction(actionId);
        ActionState checked = checkAction(actionId, now.itemCode(), now.meetingId(), command, "");
        Instant at = clock.instant();
        store.insertActionState(checked, me.username(), at);
        List<String> what = new ArrayList<>();
        if (!now.description().equals(checked.description())) {
            what.add("description changed");
        }
        if (!ownerText(now).equals(ownerText(checked))) {
            what.add("owner now " + ownerText(checked));
        }
        if (!now.dueOn().equals(checked.dueOn())) {
            what.add("due date moved from " + now.dueOn() + " to " + checked.dueOn());
        }
        if (now.status() != checked.status()) {
            what.add("status " + now.status().label().toLowerCase() + " to " + checked.status().label().toLowerCase());
        }
        tracker.record(now.itemCode(), actionId, me, at, "Action '" + Tracker.abbreviate(checked.description()) + "': "
                + (what.isEmpty() ? "saved with no change" : String.join("; ", what)));
        return tracker.action(actionId);
    }

    /** A dated update on an action, and with it, if given, a change of status. */
    @Transactional
    public Action addUpdate(UUID actionId, NewUpdate command) {
        SafeShareUser me = tracker.requireEditor();
        ActionState now = currentAction(actionId);
        Checks checks = new Checks();
        checks.require("on", command.on(), "Enter the date of the update");
        checks.when(command.on() != null && command.on().isAfter(tracker.today()), "on", "The date of the update must be today or in the past");
        checks.when(command.on() != null && command.on().isBefore(Checks.EARLIEST), "on",
                "The date of the update must be on or after 17 December 2020, when the report was published");
        String note = checks.text("note", "what happened", command.note(), MAX_NOTE, true);
        checks.done();
        Instant at = clock.instant();
        store.insertUpdate(actionId, command.on(), note, me.username(), at);
        String summary = "Update on '" + Tracker.abbreviate(now.description()) + "' dated " + command.on() + ": " + Tracker.abbreviate(note);
        if (command.status() != null && command.status() != now.status()) {
            store.insertActionState(new ActionState(actionId, now.itemCode(), now.meetingId(), now.description(), now.ownerUser(),
                    now.ownerRole(), now.dueOn(), command.status(), now.createdAt()), me.username(), at);
            summary += " (status " + now.status().label().toLowerCase() + " to " + command.status().label().toLowerCase() + ")";
        }
        tracker.record(now.itemCode(), actionId, me, at, summary);
        return tracker.action(actionId);
    }

    private ActionState checkAction(UUID id, String code, UUID meetingId, NewAction command, String prefix) {
        Checks checks = new Checks();
        String description = checks.text(prefix + "description", "what is to be done", command.description(), MAX_SHORT, true);
        String user = blankToNull(command.ownerUser());
        String role = checks.text(prefix + "ownerRole", "the owner's role", command.ownerRole(), 200, false);
        checks.when(user == null && role == null, prefix + "ownerUser", "Enter the owner: a SafeShare user or a named role");
        checks.when(user != null && role != null, prefix + "ownerUser", "Enter the owner as a user or as a named role, not both");
        checks.when(user != null && identity.user(user).isEmpty(), prefix + "ownerUser",
                "There is no SafeShare user '" + Tracker.abbreviate(user) + "': enter their username, or a named role instead");
        checks.require(prefix + "dueOn", command.dueOn(), "Enter the due date");
        checks.when(command.dueOn() != null && (command.dueOn().isBefore(Checks.EARLIEST)
                        || command.dueOn().isAfter(tracker.today().plusYears(5))), prefix + "dueOn",
                "The due date must be between 17 December 2020 and five years from today");
        checks.done();
        return new ActionState(id, code, meetingId, description, user, role, command.dueOn(),
                command.status() == null ? ActionStatus.NOT_STARTED : command.status(), null);
    }

    private ActionState currentAction(UUID id) {
        return store.actions(clock.instant().plusNanos(1_000)).stream().filter(a -> a.actionId().equals(id)).findFirst()
                .orElseThrow(() -> new NotFoundException("There is no action " + id + "."));
    }

    private String ownerText(ActionState a) {
        return a.ownerUser() != null ? a.ownerUser() : a.ownerRole();
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
