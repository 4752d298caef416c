package uk.safeshare.marac.internal;

import java.time.LocalDate;
import java.util.List;

/**
 * The MARAC's figures for a quarter, for the steering group, as published: every count is shown as
 * text, with counts of 1 to 4 suppressed as {@code [c]} (UK government statistics convention;
 * {@code [x]} would mark a figure not available).
 *
 * @param complete whether the quarter has ended (the figures of the current quarter are still growing)
 */
public record MaracQuarterlySummary(String quarter, LocalDate from, LocalDate to, boolean complete, List<Table> tables,
                                    List<String> notes) {

    /** Counts of 1 to 4 are suppressed. */
    public static final String SUPPRESSED = "[c]";

    public record Table(String id, String title, String categoryHeading, List<Row> rows) {
    }

    /** @param count the count as published: a number, or {@code [c]} when 1 to 4 */
    public record Row(String category, String count) {

        static Row of(String category, long n) {
            return new Row(category, shown(n));
        }
    }

    static String shown(long n) {
        return n >= 1 && n <= 4 ? SUPPRESSED : Long.toString(n);
    }

    /** One line per cell: quarter, table, category, count; RFC 4180 quoting. */
    public String csv() {
        StringBuilder out = new StringBuilder("quarter,table,category,count\r\n");
        for (Table t : tables) {
            for (Row r : t.rows()) {
                out.append(quote(quarter)).append(',').append(quote(t.title())).append(',').append(quote(r.category()))
                        .append(',').append(quote(r.count())).append("\r\n");
            }
        }
        return out.toString();
    }

    private static String quote(String value) {
        if (value.matches("[A-Za-z0-9 .:()'\\-\\[\\]]*")) {
            return value;
        }
        return '"' + value.replace("\"", "\"\"") + '"';
    }
}
