package uk.safeshare.training.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import uk.safeshare.training.TrainingViews.Standing;

/** Refresher due dates at their edges. */
class RefreshersTest {

    static final LocalDate COMPLETED = LocalDate.of(2025, 3, 15);

    @Test
    void a_completion_counts_to_the_same_day_a_year_later_and_is_overdue_the_day_after() {
        assertThat(Refreshers.dueOn(COMPLETED, 12)).isEqualTo(LocalDate.of(2026, 3, 15));
        assertThat(Refreshers.standing(COMPLETED, 12, LocalDate.of(2026, 3, 15))).isEqualTo(Standing.DUE);
        assertThat(Refreshers.standing(COMPLETED, 12, LocalDate.of(2026, 3, 16))).isEqualTo(Standing.OVERDUE);
    }

    @Test
    void a_refresher_is_due_from_thirty_days_before_its_date() {
        assertThat(Refreshers.standing(COMPLETED, 12, LocalDate.of(2026, 2, 12))).isEqualTo(Standing.CURRENT);
        assertThat(Refreshers.standing(COMPLETED, 12, LocalDate.of(2026, 2, 13))).isEqualTo(Standing.DUE);
    }

    @Test
    void a_course_never_taken_is_not_taken_and_a_completion_on_the_last_day_of_a_month_moves_to_the_last_day() {
        assertThat(Refreshers.standing(null, 12, COMPLETED)).isEqualTo(Standing.NEVER_TAKEN);
        assertThat(Refreshers.dueOn(LocalDate.of(2024, 2, 29), 12)).isEqualTo(LocalDate.of(2025, 2, 28));
        assertThat(Refreshers.dueOn(LocalDate.of(2025, 8, 31), 6)).isEqualTo(LocalDate.of(2026, 2, 28));
    }
}
