package uk.safeshare.shared.statistics;

import java.util.Arrays;

/**
 * A small two-phase simplex method (dense tableau, Bland's rule, so it cannot cycle) for
 * "minimise c.x subject to A x = b, x >= 0". Sized for statistical tables: a few hundred
 * variables at most. The tables' constraint matrices hold only 0, 1 and -1, so doubles with a
 * tolerance are exact enough; integrality is checked by the caller.
 */
final class Simplex {

    static final double EPS = 1e-9;

    enum Status { OPTIMAL, INFEASIBLE, UNBOUNDED }

    record Solution(Status status, double objective, double[] x) {
    }

    private Simplex() {
    }

    static Solution minimise(double[][] a, double[] b, double[] c) {
        int m = a.length;
        int n = c.length;
        int rhs = n + m;
        double[][] t = new double[m + 1][n + m + 1];
        int[] basis = new int[m];
        for (int i = 0; i < m; i++) {
            double sign = b[i] < 0 ? -1 : 1;
            for (int j = 0; j < n; j++) {
                t[i][j] = sign * a[i][j];
            }
            t[i][n + i] = 1;
            t[i][rhs] = sign * b[i];
            basis[i] = n + i;
        }
        // Phase 1: minimise the sum of the artificial variables.
        for (int i = 0; i < m; i++) {
            for (int j = 0; j < n; j++) {
                t[m][j] -= t[i][j];
            }
            t[m][rhs] -= t[i][rhs];
        }
        iterate(t, basis, n + m);
        double scale = 1;
        for (double v : b) {
            scale = Math.max(scale, Math.abs(v));
        }
        if (-t[m][rhs] > 1e-7 * scale) {
            return new Solution(Status.INFEASIBLE, Double.NaN, null);
        }
        // Drive any artificial variable left in the basis (at zero) out of it, where a real column can replace it.
        boolean[] redundant = new boolean[m];
        for (int i = 0; i < m; i++) {
            if (basis[i] >= n) {
                int entering = -1;
                for (int j = 0; j < n; j++) {
                    if (Math.abs(t[i][j]) > EPS) {
                        entering = j;
                        break;
                    }
                }
                if (entering < 0) {
                    redundant[i] = true;
                } else {
                    pivot(t, basis, i, entering);
                }
            }
        }
        // Phase 2: the real objective, over the real columns only.
        Arrays.fill(t[m], 0);
        for (int j = 0; j < n; j++) {
            t[m][j] = c[j];
        }
        for (int i = 0; i < m; i++) {
            if (!redundant[i] && basis[i] < n && c[basis[i]] != 0) {
                double cb = c[basis[i]];
                for (int j = 0; j <= rhs; j++) {
                    t[m][j] -= cb * t[i][j];
                }
            }
        }
        if (!iterate(t, basis, n)) {
            return new Solution(Status.UNBOUNDED, Double.NEGATIVE_INFINITY, null);
        }
        double[] x = new double[n];
        for (int i = 0; i < m; i++) {
            if (basis[i] < n) {
                x[basis[i]] = t[i][rhs];
            }
        }
        return new Solution(Status.OPTIMAL, -t[m][rhs], x);
    }

    /** Pivots until optimal (true) or unbounded (false); only columns below {@code columns} may enter. */
    private static boolean iterate(double[][] t, int[] basis, int columns) {
        int m = basis.length;
        int rhs = t[0].length - 1;
        while (true) {
            int entering = -1;
            for (int j = 0; j < columns; j++) {
                if (t[m][j] < -EPS) {
                    entering = j;
                    break;
                }
            }
            if (entering < 0) {
                return true;
            }
            int leaving = -1;
            double best = Double.POSITIVE_INFINITY;
            for (int i = 0; i < m; i++) {
                if (t[i][entering] > EPS) {
                    double ratio = t[i][rhs] / t[i][entering];
                    if (ratio < best - EPS || (Math.abs(ratio - best) <= EPS && basis[i] < basis[leaving])) {
                        best = ratio;
                        leaving = i;
                    }
                }
            }
            if (leaving < 0) {
                return false;
            }
            pivot(t, basis, leaving, entering);
        }
    }

    private static void pivot(double[][] t, int[] basis, int row, int column) {
        double[] pivotRow = t[row];
        double p = pivotRow[column];
        for (int j = 0; j < pivotRow.length; j++) {
            pivotRow[j] /= p;
        }
        pivotRow[column] = 1;
        for (int i = 0; i < t.length; i++) {
            if (i != row) {
                double f = t[i][column];
                if (f != 0) {
                    double[] r = t[i];
                    for (int j = 0; j < r.length; j++) {
                        r[j] -= f * pivotRow[j];
                    }
                    r[column] = 0;
                }
            }
        }
        basis[row] = column;
    }
}
