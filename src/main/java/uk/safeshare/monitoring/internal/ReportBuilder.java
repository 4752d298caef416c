package uk.safeshare.monitoring.internal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import uk.safeshare.cases.CrimeType;
import uk.safeshare.cases.PersonRole;
import uk.safeshare.cases.StatusBasis;
import uk.safeshare.monitoring.internal.MonitoringRecord.Cell;
import uk.safeshare.monitoring.internal.ReportRows.RowSpec;
import uk.safeshare.monitoring.internal.Statistics.Report;
import uk.safeshare.monitoring.internal.Statistics.Row;
import uk.safeshare.monitoring.internal.Statistics.Table;
import uk.safeshare.shared.statistics.DisclosureProblem;
import uk.safeshare.shared.statistics.Mark;
import uk.safeshare.shared.statistics.Suppression;

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
    private final ReportRows source;
    private final int threshold;
    private boolean protect = true;

    /** A table whose cells are still indices into the problem. */
    private record PendingTable(String id, String title, String rowHeading, List<String> columns, List<String> labels,
                                List<Boolean> totals, int[][] cells, List<Integer> notes) {
    }

    private ReportBuilder(Map<Cell, Long> counts, int threshold) {
        this.source = new ReportRows(counts, threshold);
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
        List<RowSpec> roles = source.rows(Dimension.ROLE, ReportRows.labelled(PersonRole.values(), PersonRole::label), "Not recorded");
        long[] totals = ReportRows.columnTotals(roles);
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
                "Immigration status basis", source.rows(Dimension.STATUS_BASIS, ReportRows.labelled(StatusBasis.values(), StatusBasis::label), "Not recorded"),
                shared, List.of(1, 2));
        byOutcome("ethnicity-self-defined", "Requests involving immigration enforcement, by the person's self-defined ethnicity and outcome",
                "Self-defined ethnicity (broad group)", source.selfDefinedEthnicity(), shared, List.of(1, 2, 5));
        byOutcome("ethnicity-observed", "Requests involving immigration enforcement, by officer-observed ethnicity and outcome",
                "Officer-observed ethnicity", source.rows(Dimension.ETHNICITY_OBSERVED, ReportRows.observedLabels(), "Not recorded"), shared, List.of(1, 2, 5));
        byOutcome("nationality", "Requests involving immigration enforcement, by the person's nationality and outcome",
                "Nationality", source.nationality(), shared, List.of(1, 2, 6));
        byOutcome("crime-type", "Requests involving immigration enforcement, by the case's crime type and outcome",
                "Crime type", source.rows(Dimension.CRIME_TYPE, ReportRows.crimeLabels(), "Not recorded"), shared, List.of(1, 2, 4));

        List<RowSpec> checkRows = source.rows(Dimension.CHECK_ROLE, ReportRows.labelled(PersonRole.values(), PersonRole::label), "Not recorded");
        // The checks table has the role table's rows, in the same order, so cells pair up.
        if (checkRows.size() != roles.size()) {
            checkRows = ReportRows.alignTo(roles, checkRows);
        }
        long[] checkTotals = ReportRows.columnTotals(checkRows);
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
            reports.add(new RowSpec(type.label(), new long[]{source.count(Dimension.THIRD_PARTY_REPORT, type.name(), Dimension.RECEIVED)}));
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
                threshold, List.copyOf(tables), ReportNotes.notes(quarter, threshold));
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

    private Mark[] unprotectedMarks() {
        Mark[] marks = new Mark[problem.size()];
        for (int i = 0; i < marks.length; i++) {
            marks[i] = problem.available(i) ? Mark.SHOWN : Mark.NOT_AVAILABLE;
        }
        return marks;
    }


}
