package uk.safeshare.shared.web;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Map;
import java.util.function.Consumer;
import org.springframework.validation.BindingResult;

/** Reads a GOV.UK date input (day, month, year boxes), putting GOV.UK-style messages on the form. */
public final class DateInput {

    private DateInput() {
    }

    /**
     * @return the date, or null when the boxes are empty (and, if {@code required}, an error is added)
     *         or do not make a real date (an error is added)
     */
    public static LocalDate read(String day, String month, String year, BindingResult errors, String field, String label,
                                 boolean required) {
        return read(day, month, year, label, required, message -> FormErrors.reject(errors, field, message));
    }

    /**
     * The same for a form read as a map of its boxes ({@code prefix}Day, {@code prefix}Month, {@code prefix}Year),
     * putting the message under {@code key}.
     */
    public static LocalDate read(Map<String, String> form, String prefix, String key, String label, boolean required,
                                 Map<String, String> errors) {
        return read(form.get(prefix + "Day"), form.get(prefix + "Month"), form.get(prefix + "Year"), label, required,
                message -> errors.put(key, message));
    }

    private static LocalDate read(String day, String month, String year, String label, boolean required, Consumer<String> reject) {
        if (blank(day) && blank(month) && blank(year)) {
            if (required) {
                reject.accept("Enter " + label.toLowerCase() + " as day, month and year");
            }
            return null;
        }
        try {
            int y = Integer.parseInt(year.trim());
            // The same bounds as the API's (StrictJson): a year like 0000 or 1000 is a typing slip, never a real record.
            if (y < StrictJson.EARLIEST.getYear() || y >= StrictJson.LATEST.getYear()) {
                throw new NumberFormatException();
            }
            return LocalDate.of(y, Integer.parseInt(month.trim()), Integer.parseInt(day.trim()));
        } catch (NumberFormatException | NullPointerException | DateTimeException e) {
            reject.accept(Character.toUpperCase(label.charAt(0)) + label.substring(1) + " must be a real date, for example 27 3 2026");
            return null;
        }
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
