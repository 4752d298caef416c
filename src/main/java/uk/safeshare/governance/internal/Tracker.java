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
 * Reading the recommendations tracker, and who may read or change it. Governance staff change it
 * ({@link ItemChanges}, {@link ActionChanges}); the DPO, supervisors and analysts read it. Each change
 * is a new row (its history), a line in the change log, and an audit entry, all in one transaction.
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

    Action action(UUID actionId) {
        return items().stream().flatMap(i -> i.actions().stream()).filter(a -> a.id().equals(actionId)).findFirst()
                .orElseThrow(() -> new NotFoundException("There is no action " + actionId + "."));
    }

    /** The item's state now; there is no such item if there is none. */
    ItemState current(String code) {
        ItemState s = store.itemStates(clock.instant().plusNanos(1_000)).get(code);
        if (s == null) {
            throw new NotFoundException("There is no tracker item '" + code + "'.");
        }
        return s;
    }

    void record(String code, UUID actionId, SafeShareUser me, Instant at, String summary) {
        store.change(code, actionId, me.username(), at, summary);
        events.publishEvent(DataProcessed.of(AuditAction.ALTERATION, me.username(), null,
                "Governance tracker " + (code == null ? "" : code + " ") + "changed: " + abbreviate(summary)));
    }

    static String abbreviate(String s) {
        return s == null || s.length() <= 120 ? s : s.substring(0, 117) + "...";
    }
}
