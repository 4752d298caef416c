package uk.safeshare.governance.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import uk.safeshare.governance.ActionStatus;
import uk.safeshare.governance.Rag;
import uk.safeshare.governance.internal.RagRules.ActionFacts;

/** The status worked out from an item's actions, at the edges of each rule. */
class RagRulesTest {

    static final LocalDate TODAY = LocalDate.of(2026, 6, 17);

    static ActionFacts action(LocalDate due, ActionStatus status) {
        return new ActionFacts(due, status);
    }

    @Test
    void an_action_due_yesterday_and_not_done_is_red_but_due_today_is_not_yet_overdue() {
        assertThat(RagRules.of(List.of(action(TODAY.minusDays(1), ActionStatus.IN_PROGRESS)), TODAY)).isEqualTo(Rag.RED);
        assertThat(RagRules.of(List.of(action(TODAY, ActionStatus.IN_PROGRESS)), TODAY)).isEqualTo(Rag.ON_TRACK);
        assertThat(RagRules.overdue(action(TODAY.minusDays(1), ActionStatus.DONE), TODAY)).isFalse();
    }

    @Test
    void a_blocked_action_makes_the_item_red_whatever_its_due_date_and_whatever_else_is_done() {
        assertThat(RagRules.of(List.of(action(TODAY.plusYears(1), ActionStatus.BLOCKED),
                action(TODAY.minusDays(10), ActionStatus.DONE)), TODAY)).isEqualTo(Rag.RED);
    }

    @Test
    void not_started_and_due_within_30_days_is_amber_and_31_days_away_is_not() {
        assertThat(RagRules.of(List.of(action(TODAY.plusDays(30), ActionStatus.NOT_STARTED)), TODAY)).isEqualTo(Rag.AMBER);
        assertThat(RagRules.of(List.of(action(TODAY, ActionStatus.NOT_STARTED)), TODAY)).isEqualTo(Rag.AMBER);
        assertThat(RagRules.of(List.of(action(TODAY.plusDays(31), ActionStatus.NOT_STARTED)), TODAY)).isEqualTo(Rag.ON_TRACK);
        assertThat(RagRules.of(List.of(action(TODAY.plusDays(10), ActionStatus.IN_PROGRESS)), TODAY)).isEqualTo(Rag.ON_TRACK);
    }

    @Test
    void red_wins_over_amber_and_amber_over_done() {
        assertThat(RagRules.of(List.of(action(TODAY.plusDays(5), ActionStatus.NOT_STARTED),
                action(TODAY.minusDays(1), ActionStatus.NOT_STARTED)), TODAY)).isEqualTo(Rag.RED);
        assertThat(RagRules.of(List.of(action(TODAY.plusDays(5), ActionStatus.NOT_STARTED),
                action(TODAY.minusDays(100), ActionStatus.DONE)), TODAY)).isEqualTo(Rag.AMBER);
    }

    @Test
    void green_only_when_every_action_is_done_and_an_item_without_actions_is_not_rated() {
        assertThat(RagRules.of(List.of(action(TODAY.minusDays(3), ActionStatus.DONE), action(TODAY.plusDays(3), ActionStatus.DONE)), TODAY))
                .isEqualTo(Rag.GREEN);
        assertThat(RagRules.of(List.of(action(TODAY.minusDays(3), ActionStatus.DONE), action(TODAY.plusDays(90), ActionStatus.IN_PROGRESS)), TODAY))
                .isEqualTo(Rag.ON_TRACK);
        assertThat(RagRules.of(List.of(), TODAY)).isEqualTo(Rag.NO_ACTIONS);
    }
}
