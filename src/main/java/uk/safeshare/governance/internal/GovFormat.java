package uk.safeshare.governance.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.regex.Pattern;
import org.springframework.stereotype.Component;
import uk.safeshare.governance.Rag;

/** Dates in words and status colours for the governance pages and PDFs ({@code ${@govFormat…}}). */
@Component("govFormat")
public class GovFormat {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("d MMMM yyyy 'at' h:mma", Locale.UK);
    private static final Pattern ISO_DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");

    public String date(LocalDate d) {
        return d == null ? "" : DAY.format(d);
    }

    public String time(Instant i) {
        return i == null ? "" : TIME.format(i.atZone(Tracker.LONDON)).replace("AM", "am").replace("PM", "pm");
    }

    /** An evidence cell: an ISO date becomes words, anything else stays as it is. */
    public String cell(String text) {
        if (text != null && ISO_DATE.matcher(text).matches()) {
            try {
                return date(LocalDate.parse(text));
            } catch (DateTimeParseException e) {
                return text;
            }
        }
        return text;
    }

    /** The GOV.UK tag colour for a status. */
    public String tag(Rag rag) {
        return switch (rag) {
            case RED -> "govuk-tag--red";
            case AMBER -> "govuk-tag--orange";
            case GREEN -> "govuk-tag--green";
            case ON_TRACK -> "govuk-tag--blue";
            case NO_ACTIONS -> "govuk-tag--grey";
        };
    }
}
