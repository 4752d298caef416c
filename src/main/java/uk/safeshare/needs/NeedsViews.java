package uk.safeshare.needs;

import java.time.LocalDate;
import java.util.List;

/** The needs assessment as shown, downloaded and returned by the API: every count of people already disclosure-controlled. */
public final class NeedsViews {

    private NeedsViews() {
    }

    /** A figure as published: a number, or a symbol ({@code [c]} suppressed, {@code [x]} not available) with no value. */
    public record NeedsCell(Long value, String symbol) {

        public static NeedsCell of(long value) {
            return new NeedsCell(value, null);
        }

        public static NeedsCell hidden(String symbol) {
            return new NeedsCell(null, symbol);
        }

        public boolean shown() {
            return value != null;
        }

        public String text() {
            return shown() ? Long.toString(value) : symbol;
        }
    }

    public record NeedsRow(String label, List<NeedsCell> cells) {
    }

    /**
     * @param protectedColumns which columns count people (disclosure-controlled); the others count organisations
     */
    public record NeedsTable(String id, String title, String rowHeading, List<String> columns, List<Boolean> protectedColumns,
                        List<NeedsRow> rows, String note) {

        /** The largest figure shown in a column, for drawing its chart. */
        public long maxShown(int column) {
            return rows.stream().map(r -> r.cells().get(column)).filter(NeedsCell::shown).mapToLong(NeedsCell::value).max().orElse(0);
        }

        /** A bar's length out of 100 for a row's figure in a column; 0 when hidden. */
        public long bar(NeedsRow row, int column) {
            long max = maxShown(column);
            NeedsCell c = row.cells().get(column);
            return !c.shown() || max == 0 ? 0 : Math.max(1, c.value() * 100 / max);
        }
    }

    /** A gap: demand with little or no supply, with the figures behind it (as published). */
    public record NeedsGap(int rank, String dimension, String label, NeedsCell demand, NeedsCell declined, long organisations, String why) {
    }

    public record NeedsReport(LocalDate from, LocalDate to, int threshold, List<NeedsGap> gaps, List<NeedsTable> tables, List<String> notes) {

        public NeedsTable table(String id) {
            return tables.stream().filter(t -> t.id().equals(id)).findFirst().orElse(null);
        }
    }
}
