package uk.safeshare.marac.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import uk.safeshare.shared.statistics.OdsWriter;
import uk.safeshare.shared.statistics.OdsWriter.OdsCell;
import uk.safeshare.shared.statistics.OdsWriter.Sheet;

/**
 * The MARAC's figures for a quarter, for the steering group, as published after disclosure control
 * ({@link uk.safeshare.shared.statistics.Suppression}): every count is shown as text, {@code [c]}
 * where it is suppressed (a count from 1 to 4, or a cell hidden so that one cannot be worked out),
 * as in UK government statistics.
 *
 * @param complete whether the quarter has ended (the figures of the current quarter are still growing)
 */
public record MaracQuarterlySummary(String quarter, LocalDate from, LocalDate to, boolean complete, List<Table> tables,
                                    List<String> notes) {

    /** The symbol of a suppressed count. */
    public static final String SUPPRESSED = "[c]";

    public record Table(String id, String title, String categoryHeading, List<Row> rows) {
    }

    /** @param count the count as published: a number, or {@code [c]} when suppressed */
    public record Row(String category, String count) {
    }

    /** One line per cell: quarter, table, category, count; RFC 4180 quoting. */
    public String csv() {
        List<List<String>> lines = new ArrayList<>();
        for (Table t : tables) {
            for (Row r : t.rows()) {
                lines.add(List.of(quarter, t.title(), r.category(), r.count()));
            }
        }
        return uk.safeshare.shared.csv.CsvFiles.write(List.of("quarter", "table", "category", "count"), lines);
    }

    /** A cover sheet (title, period, notes), then one table per sheet: figures as numbers, [c] as text. */
    public byte[] ods() {
        String title = "Quarterly MARAC summary, " + quarter;
        List<Sheet> sheets = new ArrayList<>();
        List<List<OdsCell>> cover = new ArrayList<>();
        cover.add(List.of(OdsCell.title(title)));
        cover.add(List.of(OdsCell.bold("Period"), OdsCell.text(from + " to " + to + (complete ? "" : " (provisional)"))));
        cover.add(List.of(OdsCell.bold("Notes")));
        notes.forEach(n -> cover.add(List.of(OdsCell.text(n))));
        sheets.add(new Sheet("Cover", List.of(4.0, 30.0), cover));
        for (Table t : tables) {
            List<List<OdsCell>> rows = new ArrayList<>();
            rows.add(List.of(OdsCell.title(t.title())));
            rows.add(List.of(OdsCell.bold(t.categoryHeading()), OdsCell.bold("Count")));
            for (Row r : t.rows()) {
                rows.add(List.of(OdsCell.text(r.category()),
                        SUPPRESSED.equals(r.count()) ? OdsCell.text(r.count()) : OdsCell.number(Long.parseLong(r.count()))));
            }
            sheets.add(new Sheet(t.id(), List.of(14.0, 3.0), rows));
        }
        return OdsWriter.write(title, sheets);
    }

}
