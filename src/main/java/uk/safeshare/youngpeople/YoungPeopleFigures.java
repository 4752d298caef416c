package uk.safeshare.youngpeople;

import java.time.YearMonth;
import java.util.List;

/**
 * The Vulnerability Board's monthly figures from the tracker, after disclosure control: for other
 * modules (the governance tracker shows them as live evidence). Counts only; never a young person.
 * The caller must be allowed to read statistics (governance, analyst, DPO, supervisor).
 */
public interface YoungPeopleFigures {

    MonthlyFigures monthly(YearMonth month);

    /** @param cells the table's cells as published: a number, or {@code [c]} where suppressed */
    record Table(String id, String title, List<String> rowLabels, List<String> columns, List<List<String>> cells) {
    }

    record MonthlyFigures(String month, boolean complete, int threshold, List<Table> tables, List<String> notes) {
    }
}
