package uk.safeshare.shared.web;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.springframework.stereotype.Component;

/**
 * Instants as the pages show them, in UK time ({@code ${@pageDates.day(x)}}), so that a table's cells can be short
 * expressions rather than each repeating the zone and the pattern.
 */
@Component("pageDates")
public class PageDates {

    private static final ZoneId UK = ZoneId.of("Europe/London");
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.UK);
    private static final DateTimeFormatter MINUTE = DateTimeFormatter.ofPattern("d MMM yyyy HH:mm", Locale.UK);
    private static final DateTimeFormatter LONG_MINUTE = DateTimeFormatter.ofPattern("d MMMM yyyy HH:mm", Locale.UK);

    /** 3 Dec 2026 */
    public String day(Instant at) {
        return at == null ? "" : DAY.format(at.atZone(UK));
    }

    /** 3 Dec 2026 14:05 */
    public String minute(Instant at) {
        return at == null ? "" : MINUTE.format(at.atZone(UK));
    }

    /** 3 December 2026 14:05 */
    public String longMinute(Instant at) {
        return at == null ? "" : LONG_MINUTE.format(at.atZone(UK));
    }
}
