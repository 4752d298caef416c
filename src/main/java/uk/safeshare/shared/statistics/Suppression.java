package uk.safeshare.shared.statistics;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Statistical disclosure control for count tables published together.
 *
 * <ol>
 *   <li>Primary suppression: every count from 1 to {@code threshold - 1} is shown as {@code [c]}.</li>
 *   <li>Secondary suppression: any line (a row or column with its total) holding exactly one
 *       hidden cell gets another: the smallest non-zero figure in it, a part before its total.</li>
 *   <li>Audit: the exact range each suppressed cell could take, given everything shown, every
 *       total and every link between the tables, is computed ({@link LinearModel}). While any is
 *       pinned to a single value, one more cell beside it is suppressed and the audit repeats.</li>
 * </ol>
 *
 * The result is deterministic: the same figures and threshold always give the same pattern.
 */
public final class Suppression {

    public static final int MIN_THRESHOLD = 3;
    public static final int MAX_THRESHOLD = 100;
    public static final int DEFAULT_THRESHOLD = 5;

    private Suppression() {
    }

    public static Mark[] protect(DisclosureProblem problem, int threshold) {
        if (threshold < MIN_THRESHOLD || threshold > MAX_THRESHOLD) {
            throw new IllegalArgumentException("The threshold must be from " + MIN_THRESHOLD + " to " + MAX_THRESHOLD);
        }
        Mark[] marks = new Mark[problem.size()];
        for (int i = 0; i < marks.length; i++) {
            long v = problem.value(i);
            marks[i] = !problem.available(i) ? Mark.NOT_AVAILABLE : v > 0 && v < threshold ? Mark.PRIMARY : Mark.SHOWN;
        }
        Map<Integer, List<DisclosureProblem.Line>> linesOf = new HashMap<>();
        for (DisclosureProblem.Line line : problem.lines()) {
            for (int p : line.parts()) {
                linesOf.computeIfAbsent(p, k -> new ArrayList<>()).add(line);
            }
            linesOf.computeIfAbsent(line.total(), k -> new ArrayList<>()).add(line);
        }
        while (true) {
            lineRule(problem, marks);
            Set<Integer> pinned = pinned(problem, marks);
            if (pinned.isEmpty()) {
                return marks;
            }
            int cell = pinned.iterator().next();
            Integer extra = complement(problem, marks, cell, linesOf);
            if (extra == null) {
                throw new IllegalStateException("Cell " + cell + " cannot be protected");
            }
            marks[extra] = Mark.SECONDARY;
        }
    }

    /** Until no line holds exactly one hidden cell that is suppressed, suppress a second cell in it. */
    private static void lineRule(DisclosureProblem problem, Mark[] marks) {
        boolean changed = true;
        while (changed) {
            changed = false;
            for (DisclosureProblem.Line line : problem.lines()) {
                int hidden = 0;
                int suppressed = 0;
                for (int c : cells(line)) {
                    if (marks[c].hidden()) {
                        hidden++;
                    }
                    if (marks[c].suppressed()) {
                        suppressed++;
                    }
                }
                if (hidden == 1 && suppressed == 1) {
                    // The smallest non-zero part; else the total; a zero only as a last resort (a suppressed zero
                    // protects little: it cannot go below zero, so it often leaves its partner pinned).
                    Integer extra = smallestNonZero(problem, marks, Arrays.stream(line.parts()).boxed().toList());
                    if (extra == null && marks[line.total()] == Mark.SHOWN) {
                        extra = line.total();
                    }
                    if (extra == null) {
                        extra = best(problem, marks, Arrays.stream(line.parts()).boxed().toList());
                    }
                    if (extra != null) {
                        marks[extra] = Mark.SECONDARY;
                        changed = true;
                    }
                }
            }
        }
    }

    /** A cell to suppress beside a pinned one: in its lines first, then in the lines of the cells it is linked to. */
    private static Integer complement(DisclosureProblem problem, Mark[] marks, int cell,
                                      Map<Integer, List<DisclosureProblem.Line>> linesOf) {
        List<Integer> near = new ArrayList<>();
        for (DisclosureProblem.Line line : linesOf.getOrDefault(cell, List.of())) {
            Arrays.stream(line.parts()).forEach(near::add);
        }
        Integer extra = best(problem, marks, near);
        if (extra != null) {
            return extra;
        }
        for (DisclosureProblem.Line line : linesOf.getOrDefault(cell, List.of())) {
            if (marks[line.total()] == Mark.SHOWN) {
                return line.total();
            }
        }
        List<Integer> linked = new ArrayList<>();
        for (int[] pair : problem.atMost()) {
            if (pair[0] == cell || pair[1] == cell) {
                int other = pair[0] == cell ? pair[1] : pair[0];
                linked.add(other);
                for (DisclosureProblem.Line line : linesOf.getOrDefault(other, List.of())) {
                    Arrays.stream(line.parts()).forEach(linked::add);
                    linked.add(line.total());
                }
            }
        }
        return best(problem, marks, linked);
    }

    private static Integer smallestNonZero(DisclosureProblem problem, Mark[] marks, List<Integer> candidates) {
        return candidates.stream().distinct()
                .filter(c -> marks[c] == Mark.SHOWN && problem.value(c) > 0)
                .min(Comparator.<Integer>comparingLong(problem::value).thenComparing(Comparator.naturalOrder()))
                .orElse(null);
    }

    /** The smallest non-zero shown cell among the candidates (a zero only if there is no other), or null. */
    private static Integer best(DisclosureProblem problem, Mark[] marks, List<Integer> candidates) {
        return candidates.stream().distinct()
                .filter(c -> marks[c] == Mark.SHOWN)
                .min(Comparator.<Integer>comparingLong(c -> problem.value(c) == 0 ? Long.MAX_VALUE : problem.value(c))
                        .thenComparing(Comparator.naturalOrder()))
                .orElse(null);
    }

    private static int[] cells(DisclosureProblem.Line line) {
        int[] all = Arrays.copyOf(line.parts(), line.parts().length + 1);
        all[line.parts().length] = line.total();
        return all;
    }

    /** The suppressed cells an attacker could work out exactly from everything published with them. */
    public static Set<Integer> pinned(DisclosureProblem problem, Mark[] marks) {
        Map<Integer, Integer> variableOf = new HashMap<>();
        LinearModel model = new LinearModel();
        for (int i = 0; i < marks.length; i++) {
            if (marks[i].hidden()) {
                variableOf.put(i, model.variable());
            }
        }
        for (DisclosureProblem.Line line : problem.lines()) {
            List<Integer> vars = new ArrayList<>();
            List<Integer> coefficients = new ArrayList<>();
            long rhs = 0;
            for (int p : line.parts()) {
                if (variableOf.containsKey(p)) {
                    vars.add(variableOf.get(p));
                    coefficients.add(1);
                } else {
                    rhs -= problem.value(p);
                }
            }
            if (variableOf.containsKey(line.total())) {
                vars.add(variableOf.get(line.total()));
                coefficients.add(-1);
            } else {
                rhs += problem.value(line.total());
            }
            if (!vars.isEmpty()) {
                model.equation(ints(vars), ints(coefficients), rhs);
            }
        }
        for (int[] pair : problem.atMost()) {
            boolean smallHidden = variableOf.containsKey(pair[0]);
            boolean largeHidden = variableOf.containsKey(pair[1]);
            if (!smallHidden && !largeHidden) {
                continue;
            }
            // smaller + slack = larger, slack >= 0
            int slack = model.variable();
            List<Integer> vars = new ArrayList<>(List.of(slack));
            List<Integer> coefficients = new ArrayList<>(List.of(1));
            long rhs = 0;
            if (smallHidden) {
                vars.add(variableOf.get(pair[0]));
                coefficients.add(1);
            } else {
                rhs -= problem.value(pair[0]);
            }
            if (largeHidden) {
                vars.add(variableOf.get(pair[1]));
                coefficients.add(-1);
            } else {
                rhs += problem.value(pair[1]);
            }
            model.equation(ints(vars), ints(coefficients), rhs);
        }
        List<Integer> suppressed = new ArrayList<>();
        Map<Integer, Integer> cellOf = new HashMap<>();
        for (var e : variableOf.entrySet()) {
            if (marks[e.getKey()].suppressed()) {
                suppressed.add(e.getValue());
                cellOf.put(e.getValue(), e.getKey());
            }
        }
        suppressed.sort(Comparator.naturalOrder());
        Set<Integer> pinned = new java.util.TreeSet<>();
        for (int v : model.pinned(suppressed)) {
            pinned.add(cellOf.get(v));
        }
        return pinned;
    }

    private static int[] ints(List<Integer> list) {
        return list.stream().mapToInt(Integer::intValue).toArray();
    }
}
