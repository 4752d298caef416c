package uk.safeshare.needs.internal;

import java.util.ArrayList;
import java.util.List;
import uk.safeshare.needs.NeedsViews.NeedsCell;
import uk.safeshare.needs.NeedsViews.NeedsRow;
import uk.safeshare.needs.NeedsViews.NeedsTable;
import uk.safeshare.shared.statistics.DisclosureProblem;
import uk.safeshare.shared.statistics.Mark;
import uk.safeshare.shared.statistics.Suppression;

/**
 * Disclosure control for one table, as monitoring does it: every count of people goes into one
 * problem with its column's total, so a suppressed cell cannot be worked out from the total and the
 * other cells. Counts of organisations are public (the directory) and are never suppressed; their
 * column has no total ({@code [z]}, not applicable: one organisation may cover many rows).
 */
final class Protection {

    static final String NOT_APPLICABLE = "[z]";

    private Protection() {
    }

    record RawRow(String label, long[] values) {
    }

    static NeedsTable protect(String id, String title, String rowHeading, List<String> columns, List<Boolean> people, List<RawRow> raw,
                         String note, int threshold) {
        int n = raw.size();
        int width = columns.size();
        DisclosureProblem problem = new DisclosureProblem();
        int[][] cells = new int[n + 1][width];
        for (int c = 0; c < width; c++) {
            if (!people.get(c)) {
                continue;
            }
            List<Integer> parts = new ArrayList<>();
            long total = 0;
            for (int r = 0; r < n; r++) {
                cells[r][c] = problem.cell(raw.get(r).values()[c]);
                parts.add(cells[r][c]);
                total += raw.get(r).values()[c];
            }
            cells[n][c] = problem.cell(total);
            problem.line(parts, cells[n][c]);
        }
        Mark[] marks = problem.size() == 0 ? new Mark[0] : Suppression.protect(problem, threshold);
        List<NeedsRow> rows = new ArrayList<>();
        for (int r = 0; r <= n; r++) {
            List<NeedsCell> shown = new ArrayList<>();
            for (int c = 0; c < width; c++) {
                if (people.get(c)) {
                    Mark m = marks[cells[r][c]];
                    shown.add(m.hidden() ? NeedsCell.hidden(m.symbol()) : NeedsCell.of(problem.value(cells[r][c])));
                } else {
                    shown.add(r < n ? NeedsCell.of(raw.get(r).values()[c]) : NeedsCell.hidden(NOT_APPLICABLE));
                }
            }
            rows.add(new NeedsRow(r < n ? raw.get(r).label() : "Total", shown));
        }
        return new NeedsTable(id, title, rowHeading, columns, people, rows, note);
    }
}
