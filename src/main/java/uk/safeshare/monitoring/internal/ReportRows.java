package uk.safeshare.monitoring.internal;

import static uk.safeshare.monitoring.internal.ReportBuilder.NATIONALITY_GROUPS;
import static uk.safeshare.monitoring.internal.ReportBuilder.OUTCOMES;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import uk.safeshare.cases.CrimeType;
import uk.safeshare.cases.ObservedEthnicity;
import uk.safeshare.monitoring.internal.MonitoringRecord.Cell;
import uk.safeshare.shared.IsoCodes;

/** Reads a quarter's counts into the labelled rows of its tables (by outcome), before any disclosure control. */
final class ReportRows {

    /** A row's label and its counts, one per outcome (or a single count in a one-way table). */
    record RowSpec(String label, long[] values) {
    }

    private final Map<Cell, Long> counts;
    private final int threshold;

    ReportRows(Map<Cell, Long> counts, int threshold) {
        this.counts = counts;
        this.threshold = threshold;
    }

    long count(Dimension dimension, String category, String outcome) {
        return counts.getOrDefault(new Cell(dimension, category, outcome), 0L);
    }

    private long[] outcomes(Dimension dimension, String category) {
        long[] values = new long[OUTCOMES.size()];
        for (int k = 0; k < OUTCOMES.size(); k++) {
            values[k] = count(dimension, category, OUTCOMES.get(k).name());
        }
        return values;
    }

    /** A row per known category, in order, and one for any other category seen (only when it has counts). */
    List<RowSpec> rows(Dimension dimension, Map<String, String> known, String otherLabel) {
        List<RowSpec> rows = new ArrayList<>();
        known.forEach((category, label) -> rows.add(new RowSpec(label, outcomes(dimension, category))));
        long[] other = new long[OUTCOMES.size()];
        boolean any = false;
        for (String category : categories(dimension)) {
            if (!known.containsKey(category)) {
                long[] v = outcomes(dimension, category);
                for (int k = 0; k < v.length; k++) {
                    other[k] += v[k];
                    any |= v[k] != 0;
                }
            }
        }
        if (any) {
            rows.add(new RowSpec(otherLabel, other));
        }
        return rows;
    }

    private Set<String> categories(Dimension dimension) {
        Set<String> categories = new java.util.TreeSet<>();
        counts.keySet().stream().filter(c -> c.dimension() == dimension).forEach(c -> categories.add(c.category()));
        return categories;
    }

    List<RowSpec> selfDefinedEthnicity() {
        Map<String, String> groups = new LinkedHashMap<>();
        groups.put("A", "Asian or Asian British");
        groups.put("B", "Black, Black British, Caribbean or African");
        groups.put("M", "Mixed or multiple ethnic groups");
        groups.put("W", "White");
        groups.put("O", "Other ethnic group");
        groups.put("NS", "Not stated");
        groups.put(Dimension.NOT_RECORDED, "Not recorded");
        Map<String, long[]> sums = new LinkedHashMap<>();
        groups.keySet().forEach(g -> sums.put(g, new long[OUTCOMES.size()]));
        for (String category : categories(Dimension.ETHNICITY_SELF_DEFINED)) {
            String group = category.equals("NS") || category.equals(Dimension.NOT_RECORDED) ? category : category.substring(0, 1);
            long[] target = sums.getOrDefault(group, sums.get(Dimension.NOT_RECORDED));
            long[] v = outcomes(Dimension.ETHNICITY_SELF_DEFINED, category);
            for (int k = 0; k < v.length; k++) {
                target[k] += v[k];
            }
        }
        List<RowSpec> rows = new ArrayList<>();
        groups.forEach((g, label) -> rows.add(new RowSpec(label, sums.get(g))));
        return rows;
    }

    static Map<String, String> observedLabels() {
        Map<String, String> labels = labelled(ObservedEthnicity.values(), ObservedEthnicity::label);
        labels.put(Dimension.NOT_RECORDED, "Not recorded");
        return labels;
    }

    static Map<String, String> crimeLabels() {
        Map<String, String> labels = labelled(CrimeType.values(), CrimeType::label);
        labels.put(Dimension.TWO_OR_MORE, "Two or more crime types");
        return labels;
    }

    /** The largest nationalities (each with at least the threshold), then all others together, then not known. */
    List<RowSpec> nationality() {
        Map<String, Long> totals = new HashMap<>();
        for (String category : categories(Dimension.NATIONALITY)) {
            if (!category.equals(Dimension.NOT_KNOWN)) {
                totals.put(category, Arrays.stream(outcomes(Dimension.NATIONALITY, category)).sum());
            }
        }
        List<String> largest = totals.entrySet().stream()
                .filter(e -> e.getValue() >= threshold)
                .sorted(Map.Entry.<String, Long>comparingByValue(Comparator.reverseOrder()).thenComparing(Map.Entry.comparingByKey()))
                .limit(NATIONALITY_GROUPS).map(Map.Entry::getKey).toList();
        List<RowSpec> rows = new ArrayList<>();
        for (String code : largest) {
            rows.add(new RowSpec(IsoCodes.countryName(code), outcomes(Dimension.NATIONALITY, code)));
        }
        long[] other = new long[OUTCOMES.size()];
        for (String code : totals.keySet()) {
            if (!largest.contains(code)) {
                long[] v = outcomes(Dimension.NATIONALITY, code);
                for (int k = 0; k < v.length; k++) {
                    other[k] += v[k];
                }
            }
        }
        rows.add(new RowSpec("Other nationalities", other));
        rows.add(new RowSpec("Not known", outcomes(Dimension.NATIONALITY, Dimension.NOT_KNOWN)));
        return rows;
    }

    static List<RowSpec> alignTo(List<RowSpec> reference, List<RowSpec> rows) {
        List<RowSpec> aligned = new ArrayList<>();
        for (RowSpec r : reference) {
            aligned.add(rows.stream().filter(x -> x.label().equals(r.label())).findFirst()
                    .orElse(new RowSpec(r.label(), new long[OUTCOMES.size()])));
        }
        return aligned;
    }

    static long[] columnTotals(List<RowSpec> rows) {
        long[] totals = new long[OUTCOMES.size()];
        for (RowSpec r : rows) {
            for (int k = 0; k < totals.length; k++) {
                totals[k] += r.values()[k];
            }
        }
        return totals;
    }

    static <E extends Enum<E>> Map<String, String> labelled(E[] values, java.util.function.Function<E, String> label) {
        Map<String, String> map = new LinkedHashMap<>();
        for (E e : values) {
            map.put(e.name(), label.apply(e));
        }
        return map;
    }
}
