package uk.safeshare.governance.internal;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import uk.safeshare.shared.InvalidRequestException;
import uk.safeshare.shared.validation.PlainText;

/** Collects every problem with a command, so a form or API caller sees them all at once. */
final class Checks {

    static final LocalDate EARLIEST = LocalDate.of(2020, 12, 17);

    private final Map<String, String> errors = new LinkedHashMap<>();

    /** Free text: optional unless required, plain, at most max characters; returns it trimmed, or null. */
    String text(String field, String label, String value, int max, boolean required) {
        String v = value == null ? null : value.strip();
        if (v == null || v.isEmpty()) {
            if (required) {
                errors.putIfAbsent(field, "Enter " + label);
            }
            return null;
        }
        if (v.length() > max) {
            errors.putIfAbsent(field, capital(label) + " must be " + max + " characters or fewer");
        } else if (!PlainText.Validator.isPlain(v)) {
            errors.putIfAbsent(field, capital(label) + " must be plain text without HTML tags or control characters");
        }
        return v;
    }

    void require(String field, Object value, String message) {
        if (value == null) {
            errors.putIfAbsent(field, message);
        }
    }

    void when(boolean problem, String field, String message) {
        if (problem) {
            errors.putIfAbsent(field, message);
        }
    }

    boolean ok(String field) {
        return !errors.containsKey(field);
    }

    void done() {
        if (!errors.isEmpty()) {
            throw new InvalidRequestException(String.join("; ", errors.values()), errors);
        }
    }

    private static String capital(String s) {
        return Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }
}
