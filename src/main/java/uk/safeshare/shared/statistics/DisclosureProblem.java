package uk.safeshare.shared.statistics;

import java.util.ArrayList;
import java.util.List;

/**
 * Every cell of a set of tables published together, and what ties them: additive lines (parts that
 * add up to a total) and subsets (a cell that can be no larger than another, as when one table
 * counts a subset of another's requests). A cell shared by several tables (the same totals) is
 * one cell here, so it is shown or suppressed alike wherever it appears.
 */
public final class DisclosureProblem {

    private final List<Long> values = new ArrayList<>();
    private final List<Boolean> available = new ArrayList<>();
    private final List<Line> lines = new ArrayList<>();
    private final List<int[]> atMost = new ArrayList<>();

    /** Parts that add up to a total. */
    public record Line(int[] parts, int total) {
    }

    /** A cell holding a count. */
    public int cell(long value) {
        if (value < 0) {
            throw new IllegalArgumentException("a count cannot be negative: " + value);
        }
        values.add(value);
        available.add(true);
        return values.size() - 1;
    }

    /** A cell whose figure is not available ({@code [x]}). */
    public int notAvailable() {
        values.add(0L);
        available.add(false);
        return values.size() - 1;
    }

    /** Declares that the parts add up to the total (and checks that they do). */
    public void line(List<Integer> parts, int total) {
        long sum = 0;
        for (int p : parts) {
            sum += values.get(p);
        }
        if (available.get(total) && parts.stream().allMatch(available::get) && sum != values.get(total)) {
            throw new IllegalArgumentException("parts add up to " + sum + ", not to the total " + values.get(total));
        }
        lines.add(new Line(parts.stream().mapToInt(Integer::intValue).toArray(), total));
    }

    /** Declares that one cell counts a subset of what another counts. */
    public void atMost(int smaller, int larger) {
        if (values.get(smaller) > values.get(larger)) {
            throw new IllegalArgumentException("a subset cannot be larger than the whole");
        }
        atMost.add(new int[]{smaller, larger});
    }

    public int size() {
        return values.size();
    }

    public long value(int cell) {
        return values.get(cell);
    }

    public boolean available(int cell) {
        return available.get(cell);
    }

    public List<Line> lines() {
        return List.copyOf(lines);
    }

    public List<int[]> atMost() {
        return List.copyOf(atMost);
    }
}
