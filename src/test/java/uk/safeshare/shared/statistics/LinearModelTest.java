package uk.safeshare.shared.statistics;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class LinearModelTest {

    @Test
    void one_unknown_in_a_line_is_pinned_by_its_total() {
        LinearModel m = new LinearModel();
        int x = m.variable();
        m.equation(new int[]{x}, new int[]{1}, 2);
        assertThat(m.range(x)).isEqualTo(new LinearModel.Range(2, 2));
        assertThat(m.range(x).pinned()).isTrue();
    }

    @Test
    void four_unknown_corners_of_a_table_with_known_totals_can_move_together() {
        // a b | 5      rows and columns known; a=3 b=2 c=1 d=4
        // c d | 5
        // 4 6
        LinearModel m = new LinearModel();
        int a = m.variable();
        int b = m.variable();
        int c = m.variable();
        int d = m.variable();
        m.equation(new int[]{a, b}, new int[]{1, 1}, 5);
        m.equation(new int[]{c, d}, new int[]{1, 1}, 5);
        m.equation(new int[]{a, c}, new int[]{1, 1}, 4);
        m.equation(new int[]{b, d}, new int[]{1, 1}, 6);
        assertThat(m.range(a)).isEqualTo(new LinearModel.Range(0, 4));
        assertThat(m.range(d)).isEqualTo(new LinearModel.Range(1, 5));
        assertThat(m.pinned(List.of(a, b, c, d))).isEmpty();
    }

    @Test
    void non_negativity_can_pin_a_cell_that_the_totals_alone_would_not() {
        // a b | 3 with b, c, d all zero in truth: a + b = 3, c + d = 0, a + c = 3, b + d = 0
        LinearModel m = new LinearModel();
        int a = m.variable();
        int b = m.variable();
        int c = m.variable();
        int d = m.variable();
        m.equation(new int[]{a, b}, new int[]{1, 1}, 3);
        m.equation(new int[]{c, d}, new int[]{1, 1}, 0);
        m.equation(new int[]{a, c}, new int[]{1, 1}, 3);
        m.equation(new int[]{b, d}, new int[]{1, 1}, 0);
        assertThat(m.range(a).pinned()).isTrue();
        assertThat(m.pinned(List.of(a, b, c, d))).containsExactly(a, b, c, d);
    }

    @Test
    void a_variable_nothing_bounds_from_above_is_unbounded() {
        LinearModel m = new LinearModel();
        int x = m.variable();
        int y = m.variable();
        m.equation(new int[]{x, y}, new int[]{1, -1}, 0);
        assertThat(m.range(x).unbounded()).isTrue();
        assertThat(m.range(x).min()).isZero();
    }

    @Test
    void the_range_is_of_whole_numbers_even_where_the_linear_relaxation_is_fractional() {
        // 2y + w = 3: in real numbers y can reach 1.5; in whole numbers only 1 (branch and bound).
        LinearModel m = new LinearModel();
        int y = m.variable();
        int w = m.variable();
        m.equation(new int[]{y, w}, new int[]{2, 1}, 3);
        assertThat(m.range(y)).isEqualTo(new LinearModel.Range(0, 1));
        assertThat(m.range(w)).isEqualTo(new LinearModel.Range(1, 3));
    }

    /** Every range agrees with trying every possible filling, on many small random tables. */
    @Test
    void ranges_match_brute_force_on_random_small_tables() {
        Random random = new Random(20261122L);
        for (int trial = 0; trial < 100; trial++) {
            int rows = 2 + random.nextInt(2);
            int cols = 2 + random.nextInt(2);
            long[][] full = new long[rows + 1][cols + 1];
            for (int r = 0; r < rows; r++) {
                for (int c = 0; c < cols; c++) {
                    full[r][c] = random.nextInt(4);
                    full[r][cols] += full[r][c];
                    full[rows][c] += full[r][c];
                    full[rows][cols] += full[r][c];
                }
            }
            // Hide 1 to 4 cells, never the grand total (so every range is bounded and brute force can finish).
            List<int[]> hidden = new ArrayList<>();
            int want = 1 + random.nextInt(4);
            while (hidden.size() < want) {
                int r = random.nextInt(rows + 1);
                int c = random.nextInt(cols + 1);
                if ((r == rows && c == cols) || hidden.stream().anyMatch(h -> h[0] == r && h[1] == c)) {
                    continue;
                }
                hidden.add(new int[]{r, c});
            }
            LinearModel m = new LinearModel();
            int[][] var = new int[rows + 1][cols + 1];
            for (int[] row : var) {
                java.util.Arrays.fill(row, -1);
            }
            for (int[] h : hidden) {
                var[h[0]][h[1]] = m.variable();
            }
            for (int r = 0; r <= rows; r++) {
                line(m, var, full, r, -1, cols);
            }
            for (int c = 0; c <= cols; c++) {
                line(m, var, full, -1, c, rows);
            }
            long grand = full[rows][cols];
            long[] min = new long[hidden.size()];
            long[] max = new long[hidden.size()];
            java.util.Arrays.fill(min, Long.MAX_VALUE);
            java.util.Arrays.fill(max, Long.MIN_VALUE);
            brute(full, hidden, 0, new long[hidden.size()], grand, rows, cols, min, max);
            for (int i = 0; i < hidden.size(); i++) {
                int[] h = hidden.get(i);
                assertThat(m.range(var[h[0]][h[1]])).as("trial %d cell %d,%d", trial, h[0], h[1])
                        .isEqualTo(new LinearModel.Range(min[i], max[i]));
            }
        }
    }

    private static void line(LinearModel m, int[][] var, long[][] full, int row, int col, int n) {
        List<Integer> vars = new ArrayList<>();
        List<Integer> coefficients = new ArrayList<>();
        long rhs = 0;
        for (int k = 0; k <= n; k++) {
            int r = row >= 0 ? row : k;
            int c = col >= 0 ? col : k;
            int coefficient = k == n ? -1 : 1;
            if (var[r][c] >= 0) {
                vars.add(var[r][c]);
                coefficients.add(coefficient);
            } else {
                rhs -= coefficient * full[r][c];
            }
        }
        if (!vars.isEmpty()) {
            m.equation(vars.stream().mapToInt(Integer::intValue).toArray(),
                    coefficients.stream().mapToInt(Integer::intValue).toArray(), rhs);
        }
    }

    private static void brute(long[][] full, List<int[]> hidden, int i, long[] values, long grand, int rows, int cols,
                              long[] min, long[] max) {
        if (i == hidden.size()) {
            long[][] t = new long[rows + 1][];
            for (int r = 0; r <= rows; r++) {
                t[r] = full[r].clone();
            }
            for (int k = 0; k < hidden.size(); k++) {
                t[hidden.get(k)[0]][hidden.get(k)[1]] = values[k];
            }
            for (int r = 0; r <= rows; r++) {
                long s = 0;
                for (int c = 0; c < cols; c++) {
                    s += t[r][c];
                }
                if (s != t[r][cols]) {
                    return;
                }
            }
            for (int c = 0; c <= cols; c++) {
                long s = 0;
                for (int r = 0; r < rows; r++) {
                    s += t[r][c];
                }
                if (s != t[rows][c]) {
                    return;
                }
            }
            for (int k = 0; k < hidden.size(); k++) {
                min[k] = Math.min(min[k], values[k]);
                max[k] = Math.max(max[k], values[k]);
            }
            return;
        }
        for (long v = 0; v <= grand; v++) {
            values[i] = v;
            brute(full, hidden, i + 1, values, grand, rows, cols, min, max);
        }
    }
}
