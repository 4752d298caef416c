package uk.safeshare.marac.internal;

import java.time.LocalDate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import uk.safeshare.shared.InvalidRequestException;

/** A calendar quarter, written as {@code 2026-Q4}: from its first day (inclusive) to the first day of the next (exclusive). */
record Quarter(int year, int number) {

    private static final Pattern FORM = Pattern.compile("(\\d{4})-Q(\\d)");

    LocalDate from() {
        return LocalDate.of(year, 3 * (number - 1) + 1, 1);
    }

    LocalDate until() {
        return from().plusMonths(3);
    }

    static Quarter containing(LocalDate day) {
        return new Quarter(day.getYear(), (day.getMonthValue() - 1) / 3 + 1);
    }

    /** Whether the quarter has ended by this day. */
    boolean endedBy(LocalDate day) {
        return !day.isBefore(until());
    }

    /**
     * The quarter written as {@code YYYY-Qn}: Q1 to Q4, from 2000, not one that has not started yet.
     * Blank means the quarter we are in.
     */
    static Quarter parse(String text, LocalDate today) {
        if (text == null || text.isBlank()) {
            return containing(today);
        }
        Matcher m = FORM.matcher(text.strip().toUpperCase(java.util.Locale.ROOT));
        if (!m.matches()) {
            throw new InvalidRequestException("quarter", "Enter the quarter as a year and quarter number, like 2026-Q4");
        }
        int year = Integer.parseInt(m.group(1));
        int number = Integer.parseInt(m.group(2));
        if (number < 1 || number > 4) {
            throw new InvalidRequestException("quarter", "The quarter number must be 1, 2, 3 or 4, like 2026-Q4");
        }
        if (year < 2000) {
            throw new InvalidRequestException("quarter", "The quarter must be from 2000 onwards");
        }
        Quarter quarter = new Quarter(year, number);
        if (quarter.from().isAfter(today)) {
            throw new InvalidRequestException("quarter", quarter + " has not started yet: choose " + containing(today)
                    + " or an earlier quarter");
        }
        return quarter;
    }

    @Override
    public String toString() {
        return year + "-Q" + number;
    }
}
