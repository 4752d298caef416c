package uk.safeshare.youngpeople.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import uk.safeshare.youngpeople.YoungPeopleViews.ReviewState;

/** The tracker's date rules at their edges. */
class TrackerRulesTest {

    static final LocalDate TODAY = LocalDate.of(2026, 11, 20);

    @Test
    void a_review_is_due_from_seven_days_before_and_overdue_the_day_after() {
        assertThat(TrackerRules.review(TODAY.plusDays(8), TODAY)).isEqualTo(ReviewState.SCHEDULED);
        assertThat(TrackerRules.review(TODAY.plusDays(7), TODAY)).isEqualTo(ReviewState.DUE);
        assertThat(TrackerRules.review(TODAY, TODAY)).isEqualTo(ReviewState.DUE);
        assertThat(TrackerRules.review(TODAY.minusDays(1), TODAY)).isEqualTo(ReviewState.OVERDUE);
    }

    @Test
    void a_young_person_is_a_child_until_the_day_before_their_eighteenth_birthday() {
        assertThat(TrackerRules.child(TODAY.minusYears(18).plusDays(1), TODAY)).isTrue();
        assertThat(TrackerRules.child(TODAY.minusYears(18), TODAY)).isFalse();
        assertThat(TrackerRules.child(TODAY.plusDays(1), TODAY)).isFalse();
    }

    @Test
    void a_return_interview_is_overdue_only_after_72_hours_without_one() {
        Instant returned = Instant.parse("2026-11-17T09:00:00Z");
        assertThat(TrackerRules.returnInterviewOverdue(returned, null, returned.plusSeconds(72 * 3600))).isFalse();
        assertThat(TrackerRules.returnInterviewOverdue(returned, null, returned.plusSeconds(72 * 3600 + 1))).isTrue();
        assertThat(TrackerRules.returnInterviewOverdue(returned, TODAY, returned.plusSeconds(100 * 3600))).isFalse();
        assertThat(TrackerRules.returnInterviewOverdue(null, null, returned)).isFalse();
    }
}
