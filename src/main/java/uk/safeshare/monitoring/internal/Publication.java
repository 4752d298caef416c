package uk.safeshare.monitoring.internal;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.stream.Collectors;
import uk.safeshare.shared.statistics.OdsWriter;
import uk.safeshare.shared.statistics.OdsWriter.OdsCell;
import uk.safeshare.shared.statistics.OdsWriter.Sheet;
import uk.safeshare.monitoring.internal.Statistics.Cell;
import uk.safeshare.monitoring.internal.Statistics.Note;
import uk.safeshare.monitoring.internal.Statistics.Report;
import uk.safeshare.monitoring.internal.Statistics.Row;
import uk.safeshare.monitoring.internal.Statistics.Table;

/**
 * A quarter's tables as downloads, following the Government Analysis Function's guidance on
 * releasing statistics in spreadsheets: a cover sheet (title, period, source, the suppression rule,
 * contact), a contents sheet when there is more than one table, a notes sheet, then one table per
 * sheet starting in cell A1, with [c] and [x] for cells not shown and notes as "[note n]".
 */
final class Publication {

    static final String SOURCE = "SafeShare monitoring dataset: every request to share information about a person that "
            + "involved immigration enforcement, as decided by the force's safeguarding protocol; live immigration marker "
            + "counts recorded by the force's analysts; third-party reports received from partner organisations.";
    static final String PURPOSE = "Monitoring of requests to share information about victims and witnesses of crime with "
            + "immigration enforcement, as recommended by \"Safe to share?\" (HMICFRS, College of Policing and IOPC, "
            + "December 2020), recommendation 7.";

    private Publication() {
    }

    /** One table as CSV: a header row, then one row per table row; figures unformatted, [c] and [x] as text. */
    static String csv(Table table) {
        StringBuilder out = new StringBuilder();
        List<String> header = new ArrayList<>();
        header.add(table.rowHeading());
        header.addAll(table.columns());
        line(out, header);
        for (Row row : table.rows()) {
            List<String> fields = new ArrayList<>();
            fields.add(row.label());
            row.cells().forEach(c -> fields.add(c.shown() ? Long.toString(c.value()) : c.symbol()));
            line(out, fields);
        }
        return out.toString();
    }

    /** One table (tableId non-null) or all of the quarter's tables as an ODS spreadsheet. */
    static byte[] ods(Report report, Table only, String contact) {
        List<Table> tables = only == null ? report.tables() : List.of(only);
        List<Integer> noteNumbers = tables.stream().flatMap(t -> t.notes().stream()).distinct().sorted().toList();
        List<Note> notes = new ArrayList<>(report.notes().stream().filter(n -> noteNumbers.contains(n.number()) || n.number() == 3).toList());
        String title = only == null
                ? "Immigration enforcement monitoring statistics, " + report.quarter()
                : only.title() + ", " + report.quarter();
        List<Sheet> sheets = new ArrayList<>();
        sheets.add(cover(report, title, tables, contact));
        if (tables.size() > 1) {
            List<List<OdsCell>> rows = new ArrayList<>();
            rows.add(List.of(OdsCell.title("Contents")));
            rows.add(List.of(OdsCell.text("This worksheet contains one table. Each table is on its own worksheet.")));
            rows.add(List.of(OdsCell.bold("Sheet name"), OdsCell.bold("Table title")));
            for (Table t : tables) {
                rows.add(List.of(OdsCell.text(t.sheetName()), OdsCell.text(t.title())));
            }
            sheets.add(new Sheet("Contents", List.of(3.5, 22.0), rows));
        }
        List<List<OdsCell>> noteRows = new ArrayList<>();
        noteRows.add(List.of(OdsCell.title("Notes")));
        noteRows.add(List.of(OdsCell.text("This worksheet contains one table. Notes are referred to in the tables as [note n].")));
        noteRows.add(List.of(OdsCell.bold("Note number"), OdsCell.bold("Note text")));
        notes.sort(java.util.Comparator.comparingInt(Note::number));
        for (Note n : notes) {
            noteRows.add(List.of(OdsCell.text("[note " + n.number() + "]"), OdsCell.text(n.text())));
        }
        sheets.add(new Sheet("Notes", List.of(3.0, 30.0), noteRows));
        for (Table t : tables) {
            sheets.add(tableSheet(report, t));
        }
        return OdsWriter.write(title, sheets);
    }

    private static Sheet cover(Report report, String title, List<Table> tables, String contact) {
        List<List<OdsCell>> rows = new ArrayList<>();
        rows.add(List.of(OdsCell.title(title)));
        rows.add(List.of(OdsCell.text(PURPOSE)));
        rows.add(List.of(OdsCell.text("This spreadsheet contains " + (tables.size() == 1 ? "one table" : tables.size() + " tables")
                + ", a notes worksheet" + (tables.size() > 1 ? " and a contents worksheet" : "") + ".")));
        rows.add(List.of(OdsCell.bold("Period covered")));
        rows.add(List.of(OdsCell.text(report.period() + " (" + report.quarter() + ")")));
        rows.add(List.of(OdsCell.bold("Figures as at")));
        rows.add(List.of(OdsCell.text(Quarter.longDate(report.cutOff()) + ". These figures are final and will not be revised.")));
        rows.add(List.of(OdsCell.bold("Source")));
        rows.add(List.of(OdsCell.text(SOURCE)));
        rows.add(List.of(OdsCell.bold("Statistical disclosure control")));
        rows.add(List.of(OdsCell.text(report.suppressionRule())));
        rows.add(List.of(OdsCell.bold("Symbols used")));
        rows.add(List.of(OdsCell.text("[c] confidential: suppressed to protect the people counted")));
        rows.add(List.of(OdsCell.text("[x] not available")));
        rows.add(List.of(OdsCell.bold("Contact")));
        rows.add(List.of(OdsCell.text(contact)));
        return new Sheet("Cover_sheet", List.of(30.0), rows);
    }

    private static Sheet tableSheet(Report report, Table table) {
        List<List<OdsCell>> rows = new ArrayList<>();
        rows.add(List.of(OdsCell.title("Table " + table.number() + ": " + table.title() + ", " + report.quarter())));
        rows.add(List.of(OdsCell.text("This worksheet contains one table. "
                + table.notes().stream().map(n -> "[note " + n + "]").collect(Collectors.joining(" "))
                + " [note 3]")));
        rows.add(List.of(OdsCell.text("Period: " + report.period() + ". Source: SafeShare monitoring dataset.")));
        List<OdsCell> header = new ArrayList<>();
        header.add(OdsCell.bold(table.rowHeading()));
        table.columns().forEach(c -> header.add(OdsCell.bold(c)));
        rows.add(header);
        for (Row row : table.rows()) {
            List<OdsCell> cells = new ArrayList<>();
            cells.add(row.total() ? OdsCell.bold(row.label()) : OdsCell.text(row.label()));
            for (Cell c : row.cells()) {
                cells.add(c.shown() ? OdsCell.number(c.value()) : OdsCell.text(c.symbol()));
            }
            rows.add(cells);
        }
        List<Double> widths = new ArrayList<>();
        widths.add(9.0);
        widths.addAll(Collections.nCopies(table.columns().size(), 3.5));
        return new Sheet(table.sheetName(), widths, rows);
    }

    private static void line(StringBuilder out, List<String> fields) {
        out.append(uk.safeshare.shared.csv.CsvFiles.line(fields));
    }

}
