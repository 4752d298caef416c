package uk.safeshare.governance.internal;

import static uk.safeshare.governance.internal.Tracker.MAX_RESPONSE;
import static uk.safeshare.governance.internal.Tracker.MAX_SHORT;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import uk.safeshare.governance.Rag;
import uk.safeshare.governance.TrackerCommands.OverrideRag;
import uk.safeshare.governance.TrackerCommands.UpdateItem;
import uk.safeshare.governance.TrackerViews.Item;
import uk.safeshare.governance.internal.TrackerStore.ItemState;
import uk.safeshare.identity.SafeShareUser;

/** Governance staff changing a tracker item: its responses, and a red, amber or green status set by hand. */
@Service
public class ItemChanges {

    private final TrackerStore store;
    private final Tracker tracker;
    private final Clock clock;

    ItemChanges(TrackerStore store, Tracker tracker, Clock clock) {
        this.store = store;
        this.tracker = tracker;
        this.clock = clock;
    }

    @Transactional
    public Item updateItem(String code, UpdateItem command) {
        SafeShareUser me = tracker.requireEditor();
        ItemState now = tracker.current(code);
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
        tracker.record(code, null, me, at, what.isEmpty() ? "Item saved with no change" : capital(String.join("; ", what)));
        return tracker.item(code);
    }

    @Transactional
    public Item overrideRag(String code, OverrideRag command) {
        SafeShareUser me = tracker.requireEditor();
        ItemState now = tracker.current(code);
        Checks checks = new Checks();
        checks.when(command.rag() != null && !command.rag().overridable(), "rag", "The status set by hand must be red, amber or green");
        String reason = checks.text("reason", "the reason", command.reason(), MAX_SHORT, true);
        checks.done();
        Instant at = clock.instant();
        Rag rag = command.rag();
        store.insertItemState(new ItemState(code, now.appliesTo(), now.forceResponse(), now.opccResponse(), rag,
                rag == null ? null : reason, me.username(), at));
        tracker.record(code, null, me, at, rag == null
                ? "Status override removed: " + reason
                : "Status set by hand to " + rag.label() + ": " + reason);
        return tracker.item(code);
    }

    private static String capital(String s) {
        return Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }
}
