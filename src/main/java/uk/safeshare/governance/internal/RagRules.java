package uk.safeshare.governance.internal;

import java.time.LocalDate;
import java.util.List;
import uk.safeshare.governance.ActionStatus;
import uk.safeshare.governance.Rag;

/**
 * The status an item's actions give it on a day. Red wins over everything: an action late or
 * blocked needs the board's attention whatever else is going well. Amber is the early warning: due
 * within 30 days and nobody has started. Green only when every action is done.
 */
final class RagRules {

    static final int AMBER_DAYS = 30;

    record ActionFacts(LocalDate dueOn, ActionStatus status) {
    }

    private RagRules() {
    }

    static boolean overdue(ActionFacts a, LocalDate today) {
        return a.status() != ActionStatus.DONE && a.dueOn().isBefore(today);
    }

    static Rag of(List<ActionFacts> actions, LocalDate today) {
        if (actions.isEmpty()) {
            return Rag.NO_ACTIONS;
        }
        if (actions.stream().anyMatch(a -> a.status() == ActionStatus.BLOCKED || overdue(a, today))) {
            return Rag.RED;
        }
        if (actions.stream().anyMatch(a -> a.status() == ActionStatus.NOT_STARTED
                && !a.dueOn().isAfter(today.plusDays(AMBER_DAYS)))) {
            return Rag.AMBER;
        }
        if (actions.stream().allMatch(a -> a.status() == ActionStatus.DONE)) {
            return Rag.GREEN;
        }
        return Rag.ON_TRACK;
    }
}
