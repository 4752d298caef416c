package uk.safeshare.needs.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.Map;
import uk.safeshare.shared.InvalidRequestException;

/** Reads a period (from, to: ISO dates, the end not included); no period means the last 12 months. */
final class NeedsPeriods {

    static final int MAX_YEARS = 5;

    private NeedsPeriods() {
    }

    record Period(LocalDate from, LocalDate to) {
    }

    static Period read(String from, String to, Clock clock) {
        if (blank(from) && blank(to)) {
            LocalDate end = LocalDate.now(clock.withZone(NeedsAssessment.LONDON)).plusDays(1);
            return new Period(end.minusMonths(12), end);
        }
        Map<String, String> errors = new LinkedHashMap<>();
        LocalDate f = date(from, "from", "the start of the period", errors);
        LocalDate t = date(to, "to", "the end of the period", errors);
        if (f != null && t != null) {
            if (!f.isBefore(t)) {
                errors.put("to", "The end of the period must be after its start");
            } else if (f.plusYears(MAX_YEARS).isBefore(t)) {
                errors.put("to", "A period is at most " + MAX_YEARS + " years");
            }
        }
        if (!errors.isEmpty()) {
            throw new InvalidRequestException(String.join("; ", errors.values()), errors);
        }
        return new Period(f, t);
    }

    private static LocalDate date(String value, String field, String label, Map<String, String> errors) {
        if (blank(value)) {
            errors.put(field, "Enter " + label + " as YYYY-MM-DD");
            return null;
        }
        try {
            LocalDate d = LocalDate.parse(value.strip());
            if (d.getYear() < 2000 || d.getYear() > 2100) {
                errors.put(field, capital(label) + " must be between 2000 and 2100");
                return null;
            }
            return d;
        } catch (DateTimeParseException e) {
            errors.put(field, capital(label) + " must be a real date written as YYYY-MM-DD, for example 2026-04-01");
            return null;
        }
    }

    private static String capital(String s) {
        return Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
