package uk.safeshare.shared.statistics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class SuppressionTest {

    @Test
    void counts_from_one_to_below_the_threshold_are_suppressed_and_zero_and_larger_counts_are_not() {
        DisclosureProblem p = new DisclosureProblem();
        long[] values = {0, 1, 4, 5, 12};
        for (long v : values) {
            p.cell(v);
        }
        assertThat(Suppression.protect(p, 5)).containsExactly(Mark.SHOWN, Mark.PRIMARY, Mark.PRIMARY, Mark.SHOWN, Mark.SHOWN);
        assertThat(Suppression.protect(p, 13)).containsExactly(Mark.SHOWN, Mark.PRIMARY, Mark.PRIMARY, Mark.PRIMARY, Mark.PRIMARY);
    }

    @Test
    void a_threshold_below_three_or_above_a_hundred_is_refused() {
        DisclosureProblem p = new DisclosureProblem();
        p.cell(2);
        assertThatThrownBy(() -> Suppression.protect(p, 2)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Suppression.protect(p, 101)).isInstanceOf(IllegalArgumentException.class);
        assertThat(Suppression.protect(p, 3)).containsExactly(Mark.PRIMARY);
        assertThat(Suppression.protect(p, 100)).containsExactly(Mark.PRIMARY);
    }

    @Test
    void a_lone_small_count_in_a_row_takes_the_smallest_other_count_with_it() {
        // 12, 2, 0, 7 | 21: suppressing only the 2 would leave 21 - 12 - 0 - 7 = 2.
        DisclosureProblem p = new DisclosureProblem();
        int a = p.cell(12);
        int b = p.cell(2);
        int c = p.cell(0);
        int d = p.cell(7);
        int total = p.cell(21);
        p.line(List.of(a, b, c, d), total);
        Mark[] marks = Suppression.protect(p, 5);
        assertThat(marks[b]).isEqualTo(Mark.PRIMARY);
        assertThat(marks[d]).isEqualTo(Mark.SECONDARY);
        assertThat(marks[a]).isEqualTo(Mark.SHOWN);
        assertThat(marks[c]).isEqualTo(Mark.SHOWN);
        assertThat(Suppression.pinned(p, marks)).isEmpty();
    }

    @Test
    void suppressed_zeros_that_would_pin_a_small_count_are_caught_by_the_audit_and_more_is_suppressed() {
        //  3 0 | 3     suppressing 3 and then the zeros beside it pins the 3 (it cannot go lower
        //  0 9 | 9     without a zero going negative); the audit notices and suppresses a total.
        //  3 9 | 12
        DisclosureProblem p = new DisclosureProblem();
        int[][] x = {{p.cell(3), p.cell(0)}, {p.cell(0), p.cell(9)}};
        int r1 = p.cell(3);
        int r2 = p.cell(9);
        int c1 = p.cell(3);
        int c2 = p.cell(9);
        int g = p.cell(12);
        p.line(List.of(x[0][0], x[0][1]), r1);
        p.line(List.of(x[1][0], x[1][1]), r2);
        p.line(List.of(x[0][0], x[1][0]), c1);
        p.line(List.of(x[0][1], x[1][1]), c2);
        p.line(List.of(r1, r2), g);
        p.line(List.of(c1, c2), g);
        Mark[] marks = Suppression.protect(p, 5);
        assertThat(marks[x[0][0]].suppressed()).isTrue();
        assertThat(marks[r1].suppressed() || marks[c1].suppressed()).as("a total is suppressed too").isTrue();
        assertThat(Suppression.pinned(p, marks)).isEmpty();
    }

    @Test
    void a_subset_table_cannot_give_away_what_the_whole_table_hides() {
        // Checks (a subset of requests) by two outcomes, 3 and 4 of 7, beside requests 3 and 4 of 7: the audit
        // weighs "checks <= requests" for every pair of cells, and nothing is left that can be pinned.
        DisclosureProblem p = new DisclosureProblem();
        int q1 = p.cell(3);
        int q2 = p.cell(4);
        int qt = p.cell(7);
        p.line(List.of(q1, q2), qt);
        int k1 = p.cell(3);
        int k2 = p.cell(4);
        int kt = p.cell(7);
        p.line(List.of(k1, k2), kt);
        p.atMost(k1, q1);
        p.atMost(k2, q2);
        p.atMost(kt, qt);
        Mark[] marks = Suppression.protect(p, 5);
        assertThat(marks[k1].suppressed()).isTrue();
        assertThat(Suppression.pinned(p, marks)).isEmpty();
    }
}
