package uk.safeshare.youngpeople.internal;

import java.util.ArrayList;
import java.util.List;
import uk.safeshare.shared.statistics.OdsWriter;
import uk.safeshare.shared.statistics.OdsWriter.OdsCell;
import uk.safeshare.shared.statistics.OdsWriter.Sheet;
import uk.safeshare.youngpeople.YoungPeopleFigures.MonthlyFigures;
import uk.safeshare.youngpeople.YoungPeopleFigures.Table;

/** The board's figures as CSV (month, table, row, column, count) and as ODS (a cover sheet, then a sheet per table). */
final class FiguresDownloads {

    private FiguresDownloads() {
    }

    static String csv(MonthlyFigures figures) {
        List<List<String>> lines = new ArrayList<>();
        for (Table t : figures.tables()) {
            for (int r = 0; r < t.rowLabels().size(); r++) {
                for (int c = 0; c < t.columns().size(); c++) {
                    lines.add(List.of(figures.month().toString(), t.title(), t.rowLabels().get(r), t.columns().get(c),
                            String.valueOf(t.cells().get(r).get(c))));
                }
            }
        }
        return uk.safeshare.shared.csv.CsvFiles.write(List.of("month", "table", "row", "column", "count"), lines);
    }

    static byte[] ods(MonthlyFigures figures) {
        String title = "Young people at risk: figures for the Vulnerability Board, " + figures.month();
        List<Sheet> sheets = new ArrayList<>();
        List<List<OdsCell>> cover = new ArrayList<>();
        cover.add(List.of(OdsCell.title(title)));
        figures.notes().forEach(n -> cover.add(List.of(OdsCell.text(n))));
        sheets.add(new Sheet("Cover", List.of(30.0), cover));
        for (Table t : figures.tables()) {
            List<List<OdsCell>> rows = new ArrayList<>();
            rows.add(List.of(OdsCell.title(t.title())));
            List<OdsCell> header = new ArrayList<>(List.of(OdsCell.bold("")));
            t.columns().forEach(c -> header.add(OdsCell.bold(c)));
            rows.add(header);
            for (int r = 0; r < t.rowLabels().size(); r++) {
                List<OdsCell> row = new ArrayList<>(List.of(OdsCell.text(t.rowLabels().get(r))));
                t.cells().get(r).forEach(v -> row.add(v.startsWith("[") ? OdsCell.text(v) : OdsCell.number(Long.parseLong(v))));
                rows.add(row);
            }
            sheets.add(new Sheet(t.id(), List.of(12.0, 3.0, 3.0, 3.0, 3.0), rows));
        }
        return OdsWriter.write(title, sheets);
    }

}
