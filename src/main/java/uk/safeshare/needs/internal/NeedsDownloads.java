package uk.safeshare.needs.internal;

import java.util.ArrayList;
import java.util.List;
import uk.safeshare.needs.NeedsViews.NeedsReport;
import uk.safeshare.needs.NeedsViews.NeedsCell;
import uk.safeshare.needs.NeedsViews.NeedsRow;
import uk.safeshare.needs.NeedsViews.NeedsTable;
import uk.safeshare.shared.csv.CsvFiles;
import uk.safeshare.shared.statistics.OdsWriter;
import uk.safeshare.shared.statistics.OdsWriter.OdsCell;
import uk.safeshare.shared.statistics.OdsWriter.Sheet;

/** The assessment as CSV (one line per figure) and as ODS (a cover sheet, the gaps, then one sheet per table). */
final class NeedsDownloads {

    static final List<String> CSV_HEADER = List.of("from", "to", "table", "row", "column", "value");

    private NeedsDownloads() {
    }

    static String csv(NeedsReport a) {
        List<List<String>> lines = new ArrayList<>();
        for (NeedsTable t : a.tables()) {
            for (NeedsRow r : t.rows()) {
                for (int c = 0; c < t.columns().size(); c++) {
                    lines.add(List.of(a.from().toString(), a.to().toString(), t.title(), r.label(), t.columns().get(c), r.cells().get(c).text()));
                }
            }
        }
        return CsvFiles.write(CSV_HEADER, lines);
    }

    static byte[] ods(NeedsReport a) {
        String title = "Needs assessment of specialist services for migrant victims, " + a.from() + " to " + a.to();
        List<Sheet> sheets = new ArrayList<>();
        List<List<OdsCell>> cover = new ArrayList<>();
        cover.add(List.of(OdsCell.title(title)));
        cover.add(List.of(OdsCell.bold("Period"), OdsCell.text(a.from() + " to " + a.to() + " (the end date not included)")));
        cover.add(List.of(OdsCell.bold("Notes")));
        a.notes().forEach(n -> cover.add(List.of(OdsCell.text(n))));
        sheets.add(new Sheet("Cover", List.of(4.0, 30.0), cover));
        List<List<OdsCell>> gaps = new ArrayList<>();
        gaps.add(List.of(OdsCell.title("Gaps, ranked")));
        gaps.add(List.of(OdsCell.bold("Rank"), OdsCell.bold("Kind"), OdsCell.bold("Where or what"), OdsCell.bold("Demand"),
                OdsCell.bold("Declined"), OdsCell.bold("Organisations"), OdsCell.bold("Why")));
        a.gaps().forEach(g -> gaps.add(List.of(OdsCell.number(g.rank()), OdsCell.text(g.dimension()), OdsCell.text(g.label()),
                cell(g.demand()), cell(g.declined()), OdsCell.number(g.organisations()), OdsCell.text(g.why()))));
        sheets.add(new Sheet("Gaps", List.of(2.0, 4.0, 8.0, 3.0, 3.0, 3.0, 12.0), gaps));
        for (NeedsTable t : a.tables()) {
            List<List<OdsCell>> rows = new ArrayList<>();
            rows.add(List.of(OdsCell.title(t.title())));
            List<OdsCell> header = new ArrayList<>(List.of(OdsCell.bold(t.rowHeading())));
            t.columns().forEach(c -> header.add(OdsCell.bold(c)));
            rows.add(header);
            for (NeedsRow r : t.rows()) {
                List<OdsCell> row = new ArrayList<>(List.of(OdsCell.text(r.label())));
                r.cells().forEach(c -> row.add(cell(c)));
                rows.add(row);
            }
            if (t.note() != null) {
                rows.add(List.of(OdsCell.text(t.note())));
            }
            List<Double> widths = new ArrayList<>(List.of(10.0));
            t.columns().forEach(c -> widths.add(4.0));
            sheets.add(new Sheet(t.id(), widths, rows));
        }
        return OdsWriter.write(title, sheets);
    }

    private static OdsCell cell(NeedsCell c) {
        return c.shown() ? OdsCell.number(c.value()) : OdsCell.text(c.symbol());
    }
}
