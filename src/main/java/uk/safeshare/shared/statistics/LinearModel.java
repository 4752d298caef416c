package uk.safeshare.shared.statistics;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * What someone knows about the unknown cells of a publication: non-negative integer variables tied
 * by linear equations. {@link #range} gives the exact integer range a variable can take (linear
 * programming, with branch and bound wherever a vertex is fractional), which is what an attacker
 * with the published cells and totals can learn about it: a range of one value means it is pinned.
 */
public final class LinearModel {

    /** Branch-and-bound nodes per question before giving up; then the answer is "cannot tell", treated as pinned. */
    private static final int NODE_LIMIT = 20_000;

    private int variables;
    private final List<int[]> equationVariables = new ArrayList<>();
    private final List<int[]> equationCoefficients = new ArrayList<>();
    private final List<Long> equationRhs = new ArrayList<>();

    /** The integer range a variable can take; {@code max} is {@link Long#MAX_VALUE} when nothing bounds it. */
    public record Range(long min, long max) {
        public boolean pinned() {
            return min == max;
        }

        public boolean unbounded() {
            return max == Long.MAX_VALUE;
        }

        @Override
        public String toString() {
            return "[" + min + ", " + (unbounded() ? "inf" : max) + "]";
        }
    }

    /** A new non-negative integer variable. */
    public int variable() {
        return variables++;
    }

    public int variables() {
        return variables;
    }

    /** Adds: sum of coefficient[i] * variable[i] = rhs. */
    public void equation(int[] vars, int[] coefficients, long rhs) {
        if (vars.length != coefficients.length) {
            throw new IllegalArgumentException("one coefficient per variable");
        }
        Map<Integer, Integer> merged = new HashMap<>();
        for (int i = 0; i < vars.length; i++) {
            if (vars[i] < 0 || vars[i] >= variables) {
                throw new IllegalArgumentException("unknown variable " + vars[i]);
            }
            merged.merge(vars[i], coefficients[i], Integer::sum);
        }
        merged.values().removeIf(c -> c == 0);
        if (merged.isEmpty()) {
            if (rhs != 0) {
                throw new IllegalArgumentException("inconsistent: 0 = " + rhs);
            }
            return;
        }
        int[] v = new int[merged.size()];
        int[] c = new int[merged.size()];
        int k = 0;
        for (var e : new java.util.TreeMap<>(merged).entrySet()) {
            v[k] = e.getKey();
            c[k++] = e.getValue();
        }
        equationVariables.add(v);
        equationCoefficients.add(c);
        equationRhs.add(rhs);
    }

    /** The exact integer range of one variable under every equation (throws if the equations have no solution). */
    public Range range(int variable) {
        Component component = componentOf(variable);
        int local = component.local(variable);
        long max = component.optimum(local, true, List.of());
        long min = component.optimum(local, false, List.of());
        return new Range(min, max);
    }

    /**
     * The variables among {@code candidates} whose value is pinned (one possible value). Faster
     * than asking {@link #range} for each: every integer solution found on the way proves
     * unpinned each variable on which it differs from another.
     */
    public Set<Integer> pinned(Iterable<Integer> candidates) {
        Set<Integer> pinned = new TreeSet<>();
        Map<Integer, Component> components = new HashMap<>();
        for (int variable : candidates) {
            Component component = components.computeIfAbsent(variable, this::componentOf);
            for (int v : component.globals) {
                components.putIfAbsent(v, component);
            }
            int local = component.local(variable);
            if (component.proven[local]) {
                continue;
            }
            long max = component.optimum(local, true, List.of());
            if (component.proven[local]) {
                continue;
            }
            long min = component.optimum(local, false, List.of());
            if (min == max) {
                pinned.add(variable);
            }
        }
        return pinned;
    }

    private Component componentOf(int variable) {
        // Union-find over variables that share an equation.
        int[] parent = new int[variables];
        for (int i = 0; i < variables; i++) {
            parent[i] = i;
        }
        for (int[] vars : equationVariables) {
            for (int i = 1; i < vars.length; i++) {
                union(parent, vars[0], vars[i]);
            }
        }
        int root = find(parent, variable);
        List<Integer> members = new ArrayList<>();
        for (int i = 0; i < variables; i++) {
            if (find(parent, i) == root) {
                members.add(i);
            }
        }
        List<Integer> equations = new ArrayList<>();
        for (int e = 0; e < equationVariables.size(); e++) {
            if (find(parent, equationVariables.get(e)[0]) == root) {
                equations.add(e);
            }
        }
        return new Component(members.stream().mapToInt(Integer::intValue).toArray(), equations);
    }

    private static int find(int[] parent, int i) {
        while (parent[i] != i) {
            parent[i] = parent[parent[i]];
            i = parent[i];
        }
        return i;
    }

    private static void union(int[] parent, int a, int b) {
        parent[find(parent, a)] = find(parent, b);
    }

    private record Bound(int variable, boolean upper, long value) {
    }

    /** One connected group of variables and the equations among them. */
    private final class Component {
        final int[] globals;
        final Map<Integer, Integer> localIndex = new HashMap<>();
        final double[][] a;
        final double[] b;
        final boolean[] proven;
        final long[][] seen;

        Component(int[] globals, List<Integer> equations) {
            this.globals = globals;
            for (int i = 0; i < globals.length; i++) {
                localIndex.put(globals[i], i);
            }
            a = new double[equations.size()][globals.length];
            b = new double[equations.size()];
            for (int r = 0; r < equations.size(); r++) {
                int e = equations.get(r);
                int[] vars = equationVariables.get(e);
                int[] cs = equationCoefficients.get(e);
                for (int i = 0; i < vars.length; i++) {
                    a[r][localIndex.get(vars[i])] = cs[i];
                }
                b[r] = equationRhs.get(e);
            }
            proven = new boolean[globals.length];
            seen = new long[2][];
        }

        int local(int global) {
            return localIndex.get(global);
        }

        /** The integer maximum (or minimum) of one variable, by branch and bound. */
        long optimum(int variable, boolean maximise, List<Bound> initial) {
            int n = globals.length;
            Deque<List<Bound>> open = new ArrayDeque<>();
            open.push(initial);
            Long best = null;
            int nodes = 0;
            while (!open.isEmpty()) {
                if (++nodes > NODE_LIMIT) {
                    throw new IllegalStateException("Cannot settle the range of a cell within " + NODE_LIMIT + " steps");
                }
                List<Bound> bounds = open.pop();
                int rows = a.length + bounds.size();
                int cols = n + bounds.size();
                double[][] matrix = new double[rows][cols];
                double[] rhs = new double[rows];
                for (int r = 0; r < a.length; r++) {
                    System.arraycopy(a[r], 0, matrix[r], 0, n);
                    rhs[r] = b[r];
                }
                for (int k = 0; k < bounds.size(); k++) {
                    Bound bound = bounds.get(k);
                    matrix[a.length + k][bound.variable()] = 1;
                    matrix[a.length + k][n + k] = bound.upper() ? 1 : -1;
                    rhs[a.length + k] = bound.value();
                }
                double[] cost = new double[cols];
                cost[variable] = maximise ? -1 : 1;
                Simplex.Solution solution = Simplex.minimise(matrix, rhs, cost);
                if (solution.status() == Simplex.Status.INFEASIBLE) {
                    continue;
                }
                if (solution.status() == Simplex.Status.UNBOUNDED) {
                    if (maximise) {
                        proven[variable] = true;
                        return Long.MAX_VALUE;
                    }
                    continue;
                }
                double value = maximise ? -solution.objective() : solution.objective();
                long bound = maximise ? (long) Math.floor(value + 1e-6) : (long) Math.ceil(value - 1e-6);
                if (best != null && (maximise ? bound <= best : bound >= best)) {
                    continue;
                }
                int fractional = -1;
                for (int j = 0; j < n; j++) {
                    double x = solution.x()[j];
                    if (Math.abs(x - Math.rint(x)) > 1e-6) {
                        fractional = j;
                        break;
                    }
                }
                if (fractional < 0) {
                    long[] integral = new long[n];
                    for (int j = 0; j < n; j++) {
                        integral[j] = Math.round(solution.x()[j]);
                    }
                    record(integral);
                    best = integral[variable];
                    continue;
                }
                double x = solution.x()[fractional];
                List<Bound> down = new ArrayList<>(bounds);
                down.add(new Bound(fractional, true, (long) Math.floor(x)));
                List<Bound> up = new ArrayList<>(bounds);
                up.add(new Bound(fractional, false, (long) Math.ceil(x)));
                open.push(down);
                open.push(up);
            }
            if (best == null) {
                throw new IllegalStateException("The published figures are inconsistent: no table fits them");
            }
            return best;
        }

        /** Keeps two different integer solutions per variable's sake: any variable on which they differ is not pinned. */
        private void record(long[] solution) {
            if (seen[0] == null) {
                seen[0] = solution;
                return;
            }
            for (int j = 0; j < solution.length; j++) {
                if (solution[j] != seen[0][j]) {
                    proven[j] = true;
                }
            }
            seen[1] = solution;
        }
    }

    @Override
    public String toString() {
        StringBuilder s = new StringBuilder();
        for (int e = 0; e < equationVariables.size(); e++) {
            s.append(Arrays.toString(equationVariables.get(e))).append(Arrays.toString(equationCoefficients.get(e)))
                    .append(" = ").append(equationRhs.get(e)).append('\n');
        }
        return s.toString();
    }
}
