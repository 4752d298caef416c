package uk.safeshare.monitoring.internal;

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
import uk.safeshare.cases.PersonRole;
import uk.safeshare.cases.StatusBasis;
import uk.safeshare.monitoring.internal.MonitoringRecord.Cell;
import uk.safeshare.monitoring.internal.Statistics.Note;
import uk.safeshare.monitoring.internal.Statistics.Report;
import uk.safeshare.monitoring.internal.Statistics.Row;
import uk.safeshare.monitoring.internal.Statistics.Table;
import uk.safeshare.shared.statistics.DisclosureProblem;
import uk.safeshare.shared.statistics.Mark;
import uk.safeshare.shared.statistics.Suppression;
import uk.safeshare.shared.IsoCodes;

/**
 * Builds a quarter's tables from its counts and puts all of them through disclosure control
 * together. Plain Java: the same code serves the service and the benchmark.
 *
 * <p>The six request tables (by role, status basis, both ethnicities, nationality, crime type) are
 * each "something by outcome" and share one row of totals by outcome: that row is one set of cells
 * here, so it is shown or suppressed alike in all six. The table of checks counts a subset of the
 * requests by role, so each of its cells is declared no larger than the matching cell there.
 */
final class ReportBuilder {

    static final int NATIONALITY_GROUPS = 10;
    static final List<Outcome> OUTCOMES = List.of(Outcome.values());

    private final DisclosureProblem problem = new DisclosureProblem();
    private final List<PendingTable> pending = new ArrayList<>();
    private final Map<Cell, Long> counts;
    private final int threshold;
    private boolean protect = true;

    private record RowSpec(String label, long[] values) {
    }

    /** A table whose cells are still indices into the problem. */
    private record PendingTable(String id, String title, String rowHeading, List<String> columns, List<String> labels,
                                List<Boolean> totals, int[][] cells, List<Integer> notes) {
    }

    private ReportBuilder(Map<Cell, Long> counts, int threshold) {
        this.counts = counts;
        this.threshold = threshold;
    }

    /**
     * @param counts  the quarter's counts
     * @param markers the live immigration markers recorded for the quarter, or null if none were
     */
    static Report build(Quarter quarter, Map<Cell, Long> counts, Long markers, int threshold) {
        return new ReportBuilder(counts, threshold).report(quarter, markers);
    }

    /** The same tables with every figure shown, for tests that compare what was hidden with what is true. */
    static Report unprotected(Quarter quarter, Map<Cell, Long> counts, Long markers, int threshold) {
        ReportBuilder builder = new ReportBuilder(counts, threshold);
        builder.protect = false;
        return builder.report(quarter, markers);
    }

    private Report report(Quarter quarter, Long markers) {
        List<RowSpec> roles = rows(Dimension.ROLE, labelled(PersonRole.values(), PersonRole::label), "Not recorded");
        long[] totals = columnTotals(roles);
        int[] shared = new int[OUTCOMES.size() + 1];
        for (int k = 0; k < OUTCOMES.size(); k++) {
            shared[k] = problem.cell(totals[k]);
        }
        shared[OUTCOMES.size()] = problem.cell(Arrays.stream(totals).sum());
        problem.line(Arrays.stream(shared, 0, OUTCOMES.size()).boxed().toList(), shared[OUTCOMES.size()]);

        List<String> outcomeColumns = new ArrayList<>(OUTCOMES.stream().map(Outcome::label).toList());
        outcomeColumns.add("Total");
        PendingTable role = byOutcome("role", "Requests involving immigration enforcement, by the person's role and outcome",
                "Role of the person", roles, shared, List.of(1, 2));
        byOutcome("status-basis", "Requests involving immigration enforcement, by what was known of the person's immigration status and outcome",
                "Immigration status basis", rows(Dimension.STATUS_BASIS, labelled(StatusBasis.values(), StatusBasis::label), "Not recorded"),
                shared, List.of(1, 2));
        byOutcome("ethnicity-self-defined", "Requests involving immigration enforcement, by the person's self-defined ethnicity and outcome",
                "Self-defined ethnicity (broad group)", selfDefinedEthnicity(), shared, List.of(1, 2, 5));
        byOutcome("ethnicity-observed", "Requests involving immigration enforcement, by officer-observed ethnicity and outcome",
                "Officer-observed ethnicity", rows(Dimension.ETHNICITY_OBSERVED, observedLabels(), "Not recorded"), shared, List.of(1, 2, 5));
        byOutcome("nationality", "Requests involving immigration enforcement, by the person's nationality and outcome",
                "Nationality", nationality(), shared, List.of(1, 2, 6));
        byOutcome("crime-type", "Requests involving immigration enforcement, by the case's crime type and outcome",
                "Crime type", rows(Dimension.CRIME_TYPE, crimeLabels(), "Not recorded"), shared, List.of(1, 2, 4));

        List<RowSpec> checkRows = rows(Dimension.CHECK_ROLE, labelled(PersonRole.values(), PersonRole::label), "Not recorded");
        // The checks table has the role table's rows, in the same order, so cells pair up.
        if (checkRows.size() != roles.size()) {
            checkRows = alignTo(roles, checkRows);
        }
        long[] checkTotals = columnTotals(checkRows);
        int[] checkShared = new int[OUTCOMES.size() + 1];
        for (int k = 0; k < OUTCOMES.size(); k++) {
            checkShared[k] = problem.cell(checkTotals[k]);
        }
        checkShared[OUTCOMES.size()] = problem.cell(Arrays.stream(checkTotals).sum());
        problem.line(Arrays.stream(checkShared, 0, OUTCOMES.size()).boxed().toList(), checkShared[OUTCOMES.size()]);
        PendingTable checks = byOutcome("checks", "Checks of police systems for immigration purposes, by the person's role and outcome",
                "Role of the person", checkRows, checkShared, List.of(1, 2, 7));
        for (int r = 0; r < checks.cells().length; r++) {
            for (int c = 0; c < checks.cells()[r].length; c++) {
                problem.atMost(checks.cells()[r][c], role.cells()[r][c]);
            }
        }

        int marker = markers == null ? problem.notAvailable() : problem.cell(markers);
        pending.add(new PendingTable("markers", "Live immigration markers on police systems at the end of the quarter",
                "Measure", List.of("Number"), List.of("Live immigration markers"), List.of(false), new int[][]{{marker}}, List.of(8)));

        List<RowSpec> reports = new ArrayList<>();
        for (CrimeType type : CrimeType.values()) {
            reports.add(new RowSpec(type.label(), new long[]{count(Dimension.THIRD_PARTY_REPORT, type.name(), Dimension.RECEIVED)}));
        }
        oneWay("third-party-reports", "Third-party reports received from partner organisations, by crime type", "Crime type",
                "Reports received", reports, List.of(9));

        Mark[] marks = protect ? Suppression.protect(problem, threshold) : unprotectedMarks();
        List<Table> tables = new ArrayList<>();
        int number = 1;
        for (PendingTable p : pending) {
            List<Row> rows = new ArrayList<>();
            for (int r = 0; r < p.labels().size(); r++) {
                List<Statistics.Cell> cells = new ArrayList<>();
                for (int cell : p.cells()[r]) {
                    cells.add(Statistics.Cell.of(problem.value(cell), marks[cell]));
                }
                rows.add(new Row(p.labels().get(r), p.totals().get(r), List.copyOf(cells)));
            }
            tables.add(new Table(p.id(), number++, p.title(), p.rowHeading(), p.columns(), List.copyOf(rows), p.notes()));
        }
        return new Report(quarter.toString(), quarter.period(), quarter.firstDay(), quarter.lastDay(), quarter.cutOffDay(),
                threshold, List.copyOf(tables), notes(quarter, threshold));
    }

    /** Rows by outcome with a total column; the row of totals is {@code shared} (outcome totals, then the grand total). */
    private PendingTable byOutcome(String id, String title, String rowHeading, List<RowSpec> rows, int[] shared,
                                   List<Integer> notes) {
        int k = OUTCOMES.size();
        int[][] cells = new int[rows.size() + 1][k + 1];
        for (int r = 0; r < rows.size(); r++) {
            long sum = 0;
            for (int c = 0; c < k; c++) {
                cells[r][c] = problem.cell(rows.get(r).values()[c]);
                sum += rows.get(r).values()[c];
            }
            cells[r][k] = problem.cell(sum);
            problem.line(Arrays.stream(cells[r], 0, k).boxed().toList(), cells[r][k]);
        }
        System.arraycopy(shared, 0, cells[rows.size()], 0, k + 1);
        for (int c = 0; c <= k; c++) {
            List<Integer> parts = new ArrayList<>();
            for (int r = 0; r < rows.size(); r++) {
                parts.add(cells[r][c]);
            }
            problem.line(parts, cells[rows.size()][c]);
        }
        List<String> columns = new ArrayList<>(OUTCOMES.stream().map(Outcome::label).toList());
        columns.add("Total");
        List<String> labels = new ArrayList<>(rows.stream().map(RowSpec::label).toList());
        labels.add("Total");
        List<Boolean> totals = new ArrayList<>();
        rows.forEach(r -> totals.add(false));
        totals.add(true);
        PendingTable table = new PendingTable(id, title, rowHeading, List.copyOf(columns), List.copyOf(labels),
                List.copyOf(totals), cells, notes);
        pending.add(table);
        return table;
    }

    private void oneWay(String id, String title, String rowHeading, String column, List<RowSpec> rows, List<Integer> notes) {
        int[][] cells = new int[rows.size() + 1][1];
        long sum = 0;
        List<Integer> parts = new ArrayList<>();
        for (int r = 0; r < rows.size(); r++) {
            cells[r][0] = problem.cell(rows.get(r).values()[0]);
            parts.add(cells[r][0]);
            sum += rows.get(r).values()[0];
        }
        cells[rows.size()][0] = problem.cell(sum);
        problem.line(parts, cells[rows.size()][0]);
        List<String> labels = new ArrayList<>(rows.stream().map(RowSpec::label).toList());
        labels.add("Total");
        List<Boolean> totals = new ArrayList<>();
        rows.forEach(r -> totals.add(false));
        totals.add(true);
        pending.add(new PendingTable(id, title, rowHeading, List.of(column), List.copyOf(labels), List.copyOf(totals), cells, notes));
    }

    private long count(Dimension dimension, String category, String outcome) {
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
    private List<RowSpec> rows(Dimension dimension, Map<String, String> known, String otherLabel) {
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

    private List<RowSpec> selfDefinedEthnicity() {
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

    private static Map<String, String> observedLabels() {
        Map<String, String> labels = labelled(ObservedEthnicity.values(), ObservedEthnicity::label);
        labels.put(Dimension.NOT_RECORDED, "Not recorded");
        return labels;
    }

    private static Map<String, String> crimeLabels() {
        Map<String, String> labels = labelled(CrimeType.values(), CrimeType::label);
        labels.put(Dimension.TWO_OR_MORE, "Two or more crime types");
        return labels;
    }

    /** The largest nationalities (each with at least the threshold), then all others together, then not known. */
    private List<RowSpec> nationality() {
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

    private static List<RowSpec> alignTo(List<RowSpec> reference, List<RowSpec> rows) {
        List<RowSpec> aligned = new ArrayList<>();
        for (RowSpec r : reference) {
            aligned.add(rows.stream().filter(x -> x.label().equals(r.label())).findFirst()
                    .orElse(new RowSpec(r.label(), new long[OUTCOMES.size()])));
        }
        return aligned;
    }

    private Mark[] unprotectedMarks() {
        Mark[] marks = new Mark[problem.size()];
        for (int i = 0; i < marks.length; i++) {
            marks[i] = problem.available(i) ? Mark.SHOWN : Mark.NOT_AVAILABLE;
        }
        return marks;
    }

    private static long[] columnTotals(List<RowSpec> rows) {
        long[] totals = new long[OUTCOMES.size()];
        for (RowSpec r : rows) {
            for (int k = 0; k < totals.length; k++) {
                totals[k] += r.values()[k];
            }
        }
        return totals;
    }

    private static <E extends Enum<E>> Map<String, String> labelled(E[] values, java.util.function.Function<E, String> label) {
        Map<String, String> map = new LinkedHashMap<>();
        for (E e : values) {
            map.put(e.name(), label.apply(e));
        }
        return map;
    }

    private static List<Note> notes(Quarter quarter, int threshold) {
        return List.of(
                new Note(1, "Requests involving immigration enforcement: every request to share information about a person that "
                        + "the force's safeguarding protocol decided, where the recipient was immigration enforcement or the "
                        + "purpose was to check the person's immigration status, whether it was allowed or not. Each request "
                        + "counts once, in the quarter in which it was made."),
                new Note(2, "Outcome as it stood on " + Quarter.longDate(quarter.cutOffDay()) + " (the end of the month after "
                        + "the quarter). 'Prohibited' and 'Permitted' were decided by the protocol at once; 'Approved on review' "
                        + "and 'Refused on review' were referred to a supervisor or the data protection officer and settled by "
                        + "them; 'Awaiting review' were still unsettled then. Later reviews do not change these figures."),
                new Note(3, Releases.suppressionRule(threshold)),
                new Note(4, "Crime type: the crime types recorded on the case. A case with more than one is counted once, "
                        + "under 'Two or more crime types'."),
                new Note(5, "Self-defined ethnicity is the person's own answer in the 18+1 categories of the 2011 census, shown "
                        + "here in their broad groups; officer-observed ethnicity uses the police IC codes. Both are kept, "
                        + "neither replaces the other. 'Not recorded': the question was not asked or not answered."),
                new Note(6, "Nationality: ISO 3166-1. Up to " + NATIONALITY_GROUPS + " nationalities with at least "
                        + threshold + " requests in the quarter are shown, largest first; all others are counted together."),
                new Note(7, "Checks of police systems for immigration purposes: the requests in Table 1 whose purpose was to "
                        + "check the person's immigration status."),
                new Note(8, "Live immigration markers: the number of live immigration markers on police systems at the end "
                        + "of the quarter, as counted and recorded by the force's analysts. [x] where none was recorded."),
                new Note(9, "Third-party reports: crimes reported by partner organisations for victims who are not ready to be "
                        + "identified, counted in the quarter in which they were received."));
    }
}
