package uk.safeshare.governance.internal;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import uk.safeshare.governance.ActionStatus;
import uk.safeshare.governance.Rag;
import uk.safeshare.governance.TrackerCommands.NewAction;
import uk.safeshare.governance.TrackerCommands.NewUpdate;
import uk.safeshare.governance.TrackerCommands.OverrideRag;
import uk.safeshare.governance.TrackerCommands.UpdateItem;
import uk.safeshare.governance.TrackerViews.Action;
import uk.safeshare.governance.TrackerViews.Change;
import uk.safeshare.governance.TrackerViews.Item;
import uk.safeshare.governance.TrackerViews.Update;
import uk.safeshare.governance.internal.TrackerStore.ActionState;
import uk.safeshare.governance.internal.TrackerStore.ItemRow;
import uk.safeshare.governance.internal.TrackerStore.ItemState;
import uk.safeshare.identity.Identity;
import uk.safeshare.identity.Role;
import uk.safeshare.identity.SafeShareUser;
import uk.safeshare.shared.ForbiddenException;
import uk.safeshare.shared.NotFoundException;
import uk.safeshare.shared.audit.AuditAction;
import uk.safeshare.shared.audit.DataProcessed;

/**
 * The recommendations tracker's use cases. Governance staff change it; the DPO, supervisors and
 * analysts read it. Each change is a new row (its history), a line in the change log, and an
 * audit entry, all in one transaction.
 */
@Service
public class Tracker {

    static final ZoneId LONDON = ZoneId.of("Europe/London");
    static final int MAX_RESPONSE = 20_000;
    static final int MAX_SHORT = 1_000;
    static final int MAX_NOTE = 4_000;

    private final TrackerStore store;
    private final Identity identity;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    Tracker(TrackerStore store, Identity identity, ApplicationEventPublisher events, Clock clock) {
        this.store = store;
        this.identity = identity;
        this.events = events;
        this.clock = clock;
    }

    // ---- Who may ----

    static boolean reads(SafeShareUser u) {
        return u.hasAny(Role.GOVERNANCE, Role.DPO, Role.SUPERVISOR, Role.ANALYST);
    }

    SafeShareUser requireReader() {
        SafeShareUser u = identity.current();
        if (!reads(u)) {
            throw new ForbiddenException("Only governance staff, the data protection officer, supervisors and analysts read the tracker.");
        }
        return u;
    }

    SafeShareUser requireEditor() {
        SafeShareUser u = identity.current();
        if (!u.has(Role.GOVERNANCE)) {
            throw new ForbiddenException("Only governance staff change the tracker.");
        }
        return u;
    }

    LocalDate today() {
        return LocalDate.now(clock.withZone(LONDON));
    }

    /** The first moment of the day after {@code day}, in London: "as of a date" includes the whole day. */
    static Instant endOf(LocalDate day) {
        return day.plusDays(1).atStartOfDay(LONDON).toInstant();
    }

    // ---- Reading ----

    @Transactional(readOnly = true)
    public List<Item> items() {
        requireReader();
        return itemsAsOf(clock.instant().plusNanos(1_000), today());
    }

    @Transactional(readOnly = true)
    public Item item(String code) {
        requireReader();
        return items().stream().filter(i -> i.code().equals(code)).findFirst()
                .orElseThrow(() -> new NotFoundException("There is no tracker item '" + code + "'."));
    }

    /** The tracker as it stood just before the moment, with statuses worked out for the day given. */
    List<Item> itemsAsOf(Instant before, LocalDate day) {
        Map<String, ItemState> states = store.itemStates(before);
        Map<UUID, List<Update>> updates = store.updates(before);
        List<ActionState> actions = store.actions(before);
        List<Item> items = new ArrayList<>();
        for (ItemRow row : store.items()) {
            ItemState s = states.get(row.code());
            List<Action> mine = actions.stream().filter(a -> a.itemCode().equals(row.code()))
                    .map(a -> action(a, day, updates.getOrDefault(a.actionId(), List.of()))).toList();
            Rag workedOut = RagRules.of(mine.stream().map(a -> new RagRules.ActionFacts(a.dueOn(), a.status())).toList(), day);
            Rag shown = s.ragOverride() != null ? s.ragOverride() : workedOut;
            items.add(new Item(row.code(), row.kind(), row.number(), row.title(), row.summary(), row.addressees(),
                    s.appliesTo(), s.forceResponse(), s.opccResponse(), shown, workedOut,
                    s.ragOverride() != null ? s.overrideReason() : null, s.ragOverride() != null ? s.changedBy() : null, mine));
        }
        return items;
    }

    private Action action(ActionState a, LocalDate day, List<Update> updates) {
        String owner = a.ownerUser() != null
                ? identity.user(a.ownerUser()).map(SafeShareUser::displayName).orElse(a.ownerUser())
                : a.ownerRole();
        return new Action(a.actionId(), a.itemCode(), a.description(), a.ownerUser(), a.ownerRole(), owner, a.dueOn(),
                a.status(), RagRules.overdue(new RagRules.ActionFacts(a.dueOn(), a.status()), day), a.meetingId(),
                List.copyOf(updates));
    }

    @Transactional(readOnly = true)
    public List<Change> history(String code) {
        requireReader();
        if (code != null) {
            item(code);
        }
        return store.changes(code, null, clock.instant().plusNanos(1_000));
    }

    List<Change> changesSince(Instant from) {
        return store.changes(null, from, clock.instant().plusNanos(1_000));
    }

    // ---- Changing ----

    @Transactional
    public Item updateItem(String code, UpdateItem command) {
        SafeShareUser me = requireEditor();
        ItemState now = current(code);
        Checks checks = new Checks();
        checks.require("appliesTo", command.appliesTo(), "Select whom the item applies to");
        String force = checks.text("forceResponse", "the force's response", command.forceResponse(), MAX_RESPONSE, false);
        String opcc = checks.text("opccResponse", "the OPCC's response", command.opccResponse(), MAX_RESPONSE, false);
        checks.done();
        Instant at = clock.instant();
        store.insertItemState(new ItemState(code, command.appliesTo(), force, opcc, now.ragOverride(), now.overrideReason(),
                me.username(), at));
        List<String> what = new ArrayList<>();
        if (now.appliesTo() != command.appliesTo()) {
            what.add("applies to: " + command.appliesTo().label());
        }
        if (!java.util.Objects.equals(now.forceResponse(), force)) {
            what.add("force's response changed");
        }
        if (!java.util.Objects.equals(now.opccResponse(), opcc)) {
            what.add("OPCC's response changed");
        }
        record(code, null, me, at, what.isEmpty() ? "Item saved with no change" : capital(String.join("; ", what)));
        return item(code);
    }

    @Transactional
    public Item overrideRag(String code, OverrideRag command) {
        SafeShareUser me = requireEditor();
        ItemState now = current(code);
        Checks checks = new Checks();
        checks.when(command.rag() != null && !command.rag().overridable(), "rag", "The status set by hand must be red, amber or green");
        String reason = checks.text("reason", "the reason", command.reason(), MAX_SHORT, true);
        checks.done();
        Instant at = clock.instant();
        Rag rag = command.rag();
        store.insertItemState(new ItemState(code, now.appliesTo(), now.forceResponse(), now.opccResponse(), rag,
                rag == null ? null : reason, me.username(), at));
        record(code, null, me, at, rag == null
                ? "Status override removed: " + reason
                : "Status set by hand to " + rag.label() + ": " + reason);
        return item(code);
    }

    @Transactional
    public Action addAction(String code, NewAction command) {
        return addAction(code, command, null);
    }

    Action addAction(String code, NewAction command, UUID meetingId) {
        SafeShareUser me = requireEditor();
        current(code);
        ActionState checked = checkAction(UUID.randomUUID(), code, meetingId, command, "");
        Instant at = clock.instant();
        store.insertAction(checked.actionId(), code, meetingId, me.username(), at);
        store.insertActionState(checked, me.username(), at);
        record(code, checked.actionId(), me, at, "Action added: " + checked.description() + " (owner " + ownerText(checked)
                + ", due " + checked.dueOn() + ", " + checked.status().label().toLowerCase() + ")");
        return action(checked.actionId());
    }

    @Transactional
    public Action changeAction(UUID actionId, NewAction command) {
        SafeShareUser me = requireEditor();
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
        record(now.itemCode(), actionId, me, at, "Action '" + abbreviate(checked.description()) + "': "
                + (what.isEmpty() ? "saved with no change" : String.join("; ", what)));
        return action(actionId);
    }

    /** A dated update on an action, and with it, if given, a change of status. */
    @Transactional
    public Action addUpdate(UUID actionId, NewUpdate command) {
        SafeShareUser me = requireEditor();
        ActionState now = currentAction(actionId);
        Checks checks = new Checks();
        checks.require("on", command.on(), "Enter the date of the update");
        checks.when(command.on() != null && command.on().isAfter(today()), "on", "The date of the update must be today or in the past");
        checks.when(command.on() != null && command.on().isBefore(Checks.EARLIEST), "on",
                "The date of the update must be on or after 17 December 2020, when the report was published");
        String note = checks.text("note", "what happened", command.note(), MAX_NOTE, true);
        checks.done();
        Instant at = clock.instant();
        store.insertUpdate(actionId, command.on(), note, me.username(), at);
        String summary = "Update on '" + abbreviate(now.description()) + "' dated " + command.on() + ": " + abbreviate(note);
        if (command.status() != null && command.status() != now.status()) {
            store.insertActionState(new ActionState(actionId, now.itemCode(), now.meetingId(), now.description(), now.ownerUser(),
                    now.ownerRole(), now.dueOn(), command.status(), now.createdAt()), me.username(), at);
            summary += " (status " + now.status().label().toLowerCase() + " to " + command.status().label().toLowerCase() + ")";
        }
        record(now.itemCode(), actionId, me, at, summary);
        return action(actionId);
    }

    Action action(UUID actionId) {
        return items().stream().flatMap(i -> i.actions().stream()).filter(a -> a.id().equals(actionId)).findFirst()
                .orElseThrow(() -> new NotFoundException("There is no action " + actionId + "."));
    }

    private ActionState checkAction(UUID id, String code, UUID meetingId, NewAction command, String prefix) {
        Checks checks = new Checks();
        String description = checks.text(prefix + "description", "what is to be done", command.description(), MAX_SHORT, true);
        String user = blankToNull(command.ownerUser());
        String role = checks.text(prefix + "ownerRole", "the owner's role", command.ownerRole(), 200, false);
        checks.when(user == null && role == null, prefix + "ownerUser", "Enter the owner: a SafeShare user or a named role");
        checks.when(user != null && role != null, prefix + "ownerUser", "Enter the owner as a user or as a named role, not both");
        checks.when(user != null && identity.user(user).isEmpty(), prefix + "ownerUser",
                "There is no SafeShare user '" + abbreviate(user) + "': enter their username, or a named role instead");
        checks.require(prefix + "dueOn", command.dueOn(), "Enter the due date");
        checks.when(command.dueOn() != null && (command.dueOn().isBefore(Checks.EARLIEST)
                        || command.dueOn().isAfter(today().plusYears(5))), prefix + "dueOn",
                "The due date must be between 17 December 2020 and five years from today");
        checks.done();
        return new ActionState(id, code, meetingId, description, user, role, command.dueOn(),
                command.status() == null ? ActionStatus.NOT_STARTED : command.status(), null);
    }

    private ItemState current(String code) {
        ItemState s = store.itemStates(clock.instant().plusNanos(1_000)).get(code);
        if (s == null) {
            throw new NotFoundException("There is no tracker item '" + code + "'.");
        }
        return s;
    }

    private ActionState currentAction(UUID id) {
        return store.actions(clock.instant().plusNanos(1_000)).stream().filter(a -> a.actionId().equals(id)).findFirst()
                .orElseThrow(() -> new NotFoundException("There is no action " + id + "."));
    }

    void record(String code, UUID actionId, SafeShareUser me, Instant at, String summary) {
        store.change(code, actionId, me.username(), at, summary);
        events.publishEvent(DataProcessed.of(AuditAction.ALTERATION, me.username(), null,
                "Governance tracker " + (code == null ? "" : code + " ") + "changed: " + abbreviate(summary)));
    }

    private String ownerText(ActionState a) {
        return a.ownerUser() != null ? a.ownerUser() : a.ownerRole();
    }

    static String abbreviate(String s) {
        return s == null || s.length() <= 120 ? s : s.substring(0, 117) + "...";
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    private static String capital(String s) {
        return Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }
}
