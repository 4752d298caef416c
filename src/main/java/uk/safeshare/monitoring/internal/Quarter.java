package uk.safeshare.monitoring.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A calendar quarter, written as UK statistics write it in data ({@code 2026-Q3}: July to September
 * 2026). Quarters follow UK local time, as the force's own recording does.
 */
record Quarter(int year, int number) implements Comparable<Quarter> {

    static final ZoneId UK = ZoneId.of("Europe/London");
    private static final Pattern FORM = Pattern.compile("(\\d{4})-Q([1-4])");
    private static final DateTimeFormatter LONG = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);

    // Wider than parse() accepts, so that the quarter after 9999-Q4 or before 1900-Q1 (a cut-off, a trend's
    // first quarter) is still a quarter: a caller may name any quarter parse() accepts.
    Quarter {
        if (year < 1 || year > 99_999 || number < 1 || number > 4) {
            throw new IllegalArgumentException("No such quarter: " + year + "-Q" + number);
        }
    }

    /** Parses {@code 2026-Q3}; empty for anything else. */
    static Optional<Quarter> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        Matcher m = FORM.matcher(text.trim().toUpperCase(Locale.ROOT));
        if (!m.matches() || Integer.parseInt(m.group(1)) < 1900) {
            return Optional.empty();
        }
        return Optional.of(new Quarter(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2))));
    }

    static Quarter of(LocalDate date) {
        return new Quarter(date.getYear(), (date.getMonthValue() - 1) / 3 + 1);
    }

    static Quarter of(Instant instant) {
        return of(LocalDate.ofInstant(instant, UK));
    }

    LocalDate firstDay() {
        return LocalDate.of(year, (number - 1) * 3 + 1, 1);
    }

    LocalDate lastDay() {
        return next().firstDay().minusDays(1);
    }

    Instant start() {
        return firstDay().atStartOfDay(UK).toInstant();
    }

    Instant end() {
        return next().start();
    }

    /**
     * When the quarter's figures become final and may be published: the end of the month after the
     * quarter. Reviews settled before then count with the request; later ones no longer change it.
     */
    Instant cutOff() {
        return next().firstDay().plusMonths(1).atStartOfDay(UK).toInstant();
    }

    LocalDate cutOffDay() {
        return next().firstDay().plusMonths(1).minusDays(1);
    }

    Quarter next() {
        return number == 4 ? new Quarter(year + 1, 1) : new Quarter(year, number + 1);
    }

    Quarter previous() {
        return number == 1 ? new Quarter(year - 1, 4) : new Quarter(year, number - 1);
    }

    /** Quarters from this one to {@code other}, counting both (0 if other is earlier). */
    int span(Quarter other) {
        return Math.max(0, (other.year - year) * 4 + other.number - number + 1);
    }

    /** "1 July 2026 to 30 September 2026". */
    String period() {
        return firstDay().format(LONG) + " to " + lastDay().format(LONG);
    }

    static String longDate(LocalDate date) {
        return date.format(LONG);
    }

    @Override
    public int compareTo(Quarter o) {
        return year != o.year ? Integer.compare(year, o.year) : Integer.compare(number, o.number);
    }

    @Override
    public String toString() {
        return year + "-Q" + number;
    }
}
