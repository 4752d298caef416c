package uk.safeshare.monitoring.internal;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.text.NumberFormat;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import uk.safeshare.shared.statistics.Mark;

/** Published statistics: disclosure-controlled tables, as pages, downloads and the API show them. */
public final class Statistics {

    private Statistics() {
    }

    /** A figure, or the symbol shown in its place ({@code [c]} suppressed, {@code [x]} not available). */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Cell(Long value, String symbol) {

        static Cell of(long value, Mark mark) {
            return mark == Mark.SHOWN ? new Cell(value, null) : new Cell(null, mark.symbol());
        }

        /** As shown on a page: thousands separated, or the symbol. */
        public String text() {
            return value == null ? symbol : NumberFormat.getIntegerInstance(Locale.UK).format(value);
        }

        public boolean shown() {
            return value != null;
        }
    }

    public record Row(String label, boolean total, List<Cell> cells) {
    }

    /**
     * One published table.
     *
     * @param id         its name in addresses ({@code role}, {@code nationality}, ...)
     * @param number     its number in the publication (Table 1 ...)
     * @param rowHeading what the rows are
     * @param columns    the column headings, after the row heading
     * @param notes      the numbers of the notes that apply
     */
    public record Table(String id, int number, String title, String rowHeading, List<String> columns, List<Row> rows,
                        List<Integer> notes) {

        public String sheetName() {
            return "Table_" + number;
        }

        public Row row(String label) {
            return rows.stream().filter(r -> r.label().equals(label)).findFirst().orElse(null);
        }

        public Cell cell(String rowLabel, String column) {
            Row row = row(rowLabel);
            int c = columns.indexOf(column);
            return row == null || c < 0 ? null : row.cells().get(c);
        }
    }

    public record Note(int number, String text) {
    }

    /**
     * A quarter's publication.
     *
     * @param cutOff    the day up to which reviews settled count with their request
     * @param threshold the smallest count shown; smaller ones (above zero) are suppressed
     */
    public record Report(String quarter, String period, LocalDate firstDay, LocalDate lastDay, LocalDate cutOff,
                         int threshold, List<Table> tables, List<Note> notes) {

        public Table table(String id) {
            return tables.stream().filter(t -> t.id().equals(id)).findFirst().orElse(null);
        }

        public String suppressionRule() {
            return Releases.suppressionRule(threshold);
        }
    }

    public record TrendPoint(String quarter, Cell cell) {
    }

    /** One figure over successive quarters, taken from each quarter's publication as published. */
    public record Trend(String id, String title, String tableId, String row, String column, List<TrendPoint> points) {
    }

    public record Trends(String from, String to, List<Trend> trends) {
    }

    /** A quarter that has been or can be published, and the threshold it was published with (null: not yet). */
    public record QuarterSummary(String quarter, String period, Integer threshold) {
    }

    public record Quarters(List<QuarterSummary> available, String next, LocalDate nextAvailableFrom) {
    }

    public record Settings(int threshold, int minimum, int maximum, List<QuarterSummary> published) {
    }

    public record MarkerCount(String quarter, long liveMarkers, String recordedBy, java.time.Instant recordedAt) {
    }
}
