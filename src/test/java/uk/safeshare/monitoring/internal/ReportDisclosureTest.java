package uk.safeshare.monitoring.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;
import uk.safeshare.cases.CrimeType;
import uk.safeshare.cases.ObservedEthnicity;
import uk.safeshare.cases.PersonRole;
import uk.safeshare.cases.SelfDefinedEthnicity;
import uk.safeshare.cases.StatusBasis;
import uk.safeshare.monitoring.Attacker;
import uk.safeshare.monitoring.internal.MonitoringRecord.Cell;
import uk.safeshare.monitoring.internal.Statistics.Report;
import uk.safeshare.monitoring.internal.Statistics.Row;
import uk.safeshare.monitoring.internal.Statistics.Table;

/**
 * Many random quarters of a small force's figures (where small cells are everywhere), each
 * published through the real report builder and then attacked with only what was published.
 */
class ReportDisclosureTest {

    static final Quarter QUARTER = new Quarter(2026, 3);

    @Test
    void no_suppressed_figure_in_any_table_of_any_random_quarter_can_be_worked_out() {
        Random random = new Random(7);
        int suppressed = 0;
        for (int trial = 0; trial < 60; trial++) {
            Map<Cell, Long> counts = randomCounts(random, random.nextInt(trial % 3 == 0 ? 12 : 90));
            Long markers = random.nextInt(4) == 0 ? null : (long) random.nextInt(40);
            int threshold = 3 + random.nextInt(8);
            Report report = ReportBuilder.build(QUARTER, counts, markers, threshold);
            Report truth = ReportBuilder.unprotected(QUARTER, counts, markers, threshold);

            var ranges = Attacker.forQuarter(published(report)).ranges();
            for (var e : ranges.entrySet()) {
                Table t = report.table(e.getKey().table());
                Statistics.Cell cell = t.rows().get(e.getKey().row()).cells().get(e.getKey().column());
                if ("[c]".equals(cell.symbol())) {
                    suppressed++;
                    assertThat(e.getValue().pinned()).as("trial %d (threshold %d): %s is %s", trial, threshold, e.getKey(),
                            e.getValue()).isFalse();
                    long actual = truth.table(t.id()).rows().get(e.getKey().row()).cells().get(e.getKey().column()).value();
                    assertThat(actual).isBetween(e.getValue().min(), e.getValue().max());
                }
            }
            // Primary suppression: no count from 1 to threshold - 1 is shown anywhere.
            for (Table t : report.tables()) {
                Table full = truth.table(t.id());
                for (int r = 0; r < t.rows().size(); r++) {
                    for (int c = 0; c < t.columns().size(); c++) {
                        Statistics.Cell shown = t.rows().get(r).cells().get(c);
                        Statistics.Cell real = full.rows().get(r).cells().get(c);
                        if (real.shown() && real.value() > 0 && real.value() < threshold) {
                            assertThat(shown.shown()).as("%s row %d col %d", t.id(), r, c).isFalse();
                        }
                        if (shown.shown()) {
                            assertThat(shown.value()).isEqualTo(real.value());
                        }
                    }
                }
            }
        }
        assertThat(suppressed).as("the trials did suppress something").isGreaterThan(500);
    }

    @Test
    void the_request_tables_share_one_row_of_totals_and_the_largest_nationalities_are_shown_by_name() {
        Map<Cell, Long> counts = randomCounts(new Random(3), 400);
        Report report = ReportBuilder.build(QUARTER, counts, 250L, 5);
        List<Row> totals = report.tables().stream().filter(t -> Attacker.SAME_REQUESTS.contains(t.id()))
                .map(t -> t.rows().getLast()).toList();
        assertThat(totals).hasSize(6).allSatisfy(r -> assertThat(r.cells()).isEqualTo(totals.getFirst().cells()));
        assertThat(report.table("nationality").rows().stream().map(Row::label)).contains("Syria", "Other nationalities", "Not known");
        assertThat(report.table("markers").rows().getFirst().cells().getFirst().value()).isEqualTo(250L);
        assertThat(ReportBuilder.build(QUARTER, counts, null, 5).table("markers").rows().getFirst().cells().getFirst().symbol())
                .isEqualTo("[x]");
    }

    static List<Attacker.Published> published(Report report) {
        List<Attacker.Published> out = new ArrayList<>();
        for (Table t : report.tables()) {
            Long[][] cells = new Long[t.rows().size()][t.columns().size()];
            for (int r = 0; r < t.rows().size(); r++) {
                for (int c = 0; c < t.columns().size(); c++) {
                    cells[r][c] = t.rows().get(r).cells().get(c).value();
                }
            }
            boolean totalRow = t.rows().getLast().total();
            boolean totalColumn = t.columns().getLast().equals("Total");
            out.add(new Attacker.Published(t.id(), t.rows().stream().map(Row::label).toList(), t.columns(), cells, totalRow, totalColumn));
        }
        return out;
    }

    /** Requests with skewed, realistic-looking categories, counted as the store counts them. */
    static Map<Cell, Long> randomCounts(Random random, int requests) {
        Map<Cell, Long> counts = new HashMap<>();
        String[] nationalities = {"SY", "AF", "ER", "IQ", "IR", "AL", "VN", "PK", "NG", "RO", "PL", "SD", "IN", "CN", null};
        for (int i = 0; i < requests; i++) {
            PersonRole role = pick(random, PersonRole.values(), 60, 10, 20, 10);
            StatusBasis basis = pick(random, StatusBasis.values(), 30, 45, 15, 10);
            Outcome outcome = pick(random, Outcome.values(), 55, 15, 8, 12, 10);
            Set<CrimeType> types = random.nextInt(10) == 0 ? EnumSet.of(CrimeType.DOMESTIC_ABUSE, CrimeType.OTHER)
                    : EnumSet.of(pick(random, CrimeType.values(), 60, 15, 10, 15));
            SelfDefinedEthnicity sd = random.nextInt(8) == 0 ? null
                    : SelfDefinedEthnicity.values()[(int) Math.min(SelfDefinedEthnicity.values().length - 1,
                    Math.abs(random.nextGaussian() * 6))];
            ObservedEthnicity oe = random.nextInt(10) == 0 ? null : ObservedEthnicity.values()[random.nextInt(ObservedEthnicity.values().length)];
            String nationality = nationalities[(int) Math.min(nationalities.length - 1, Math.abs(random.nextGaussian() * 5))];
            MonitoringRecord record = new MonitoringRecord("k" + i, QUARTER, outcome, "IMMIGRATION_ENFORCEMENT",
                    random.nextInt(5) == 0 ? MonitoringRecord.STATUS_CHECK_PURPOSE : "INVESTIGATION",
                    false, role, false, types, basis, sd, oe, nationality, false, "p1");
            record = new MonitoringRecord(record.key(), record.quarter(), record.outcome(), record.recipient(), record.purpose(),
                    MonitoringRecord.STATUS_CHECK_PURPOSE.equals(record.purpose()), role, false, types, basis, sd, oe, nationality,
                    false, "p1");
            for (Cell c : record.cells(outcome)) {
                counts.merge(c, 1L, Long::sum);
            }
        }
        for (CrimeType type : CrimeType.values()) {
            int n = random.nextInt(9);
            if (n > 0) {
                counts.put(new Cell(Dimension.THIRD_PARTY_REPORT, type.name(), Dimension.RECEIVED), (long) n);
            }
        }
        return counts;
    }

    private static <E> E pick(Random random, E[] values, int... weights) {
        int total = 0;
        for (int w : weights) {
            total += w;
        }
        int x = random.nextInt(total);
        for (int i = 0; i < weights.length; i++) {
            x -= weights[i];
            if (x < 0) {
                return values[i];
            }
        }
        return values[values.length - 1];
    }
}
