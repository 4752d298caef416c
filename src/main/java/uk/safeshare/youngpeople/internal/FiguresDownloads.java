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
        StringBuilder out = new StringBuilder("month,table,row,column,count\r\n");
        for (Table t : figures.tables()) {
            for (int r = 0; r < t.rowLabels().size(); r++) {
                for (int c = 0; c < t.columns().size(); c++) {
                    out.append(figures.month()).append(',').append(quote(t.title())).append(',').append(quote(t.rowLabels().get(r)))
                            .append(',').append(quote(t.columns().get(c))).append(',').append(t.cells().get(r).get(c)).append("\r\n");
                }
            }
        }
        return out.toString();
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

    private static String quote(String value) {
        return value.matches("[A-Za-z0-9 .:()'\\-\\[\\]]*") ? value : '"' + value.replace("\"", "\"\"") + '"';
    }
}
