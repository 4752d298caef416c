package uk.safeshare.firewall.internal;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A MARAC meeting as a victim or a partner would understand it. Requests store the meeting as the
 * MARAC module names it ("MARAC 2026-12-01 Eastfield"), which is a key, not words for people.
 */
record MaracMeetingName(LocalDate meetsOn, String area) {

    private static final Pattern STORED = Pattern.compile("MARAC (\\d{4}-\\d{2}-\\d{2}) (.+)");
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);

    static Optional<MaracMeetingName> parse(String stored) {
        if (stored == null) {
            return Optional.empty();
        }
        Matcher m = STORED.matcher(stored);
        if (!m.matches()) {
            return Optional.empty();
        }
        try {
            return Optional.of(new MaracMeetingName(LocalDate.parse(m.group(1)), m.group(2)));
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }

    /** For staff: "the MARAC meeting in Eastfield on 1 December 2026". */
    String forStaff() {
        return "the MARAC meeting in " + area + " on " + meetsOn.format(DAY);
    }

    /** For the person it is about, who may never have heard the word MARAC. */
    String forThePerson() {
        return "the meeting held in " + area + " on " + meetsOn.format(DAY) + " where the police, health, housing, "
                + "children's services and support services plan together how to keep people at high risk of domestic "
                + "abuse safe (called a MARAC)";
    }

    /** The stored name in words for staff, or as stored if it is not a MARAC meeting's name. */
    static String forStaff(String stored) {
        return parse(stored).map(MaracMeetingName::forStaff).orElse(stored);
    }
}
