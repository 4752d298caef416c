package uk.safeshare.outreach;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import uk.safeshare.shared.validation.PlainText;
import uk.safeshare.shared.validation.SingleLine;

/** The outreach log and its outcome signals. */
public final class OutreachViews {

    private OutreachViews() {
    }

    /** One activity, as recorded. */
    public record NewActivity(
            @NotNull(message = "Enter the date of the activity") LocalDate heldOn,
            @NotNull(message = "Choose the kind of venue") VenueKind venueKind,
            @NotBlank(message = "Enter the area") @Size(max = 200) @SingleLine String area,
            @NotNull List<@NotBlank @Size(max = 3) String> languages,
            @Size(max = 500) @PlainText String materials,
            @Size(max = 200) @SingleLine String partner,
            @NotNull(message = "Enter how many people it reached") @Min(value = 0, message = "Reach cannot be negative")
            @Max(value = 1_000_000, message = "Reach is at most 1,000,000") Integer reach) {
    }

    public record Activity(UUID id, LocalDate heldOn, VenueKind venueKind, String area, List<String> languages, String materials,
                           String partner, int reach, String recordedBy, Instant recordedAt) {
    }

    /** A figure as published: a number, or {@code [c]} for a small count of reports or referrals. */
    public record Figure(Long value, String symbol) {

        public String text() {
            return value != null ? Long.toString(value) : symbol;
        }

        public boolean shown() {
            return value != null;
        }
    }

    /**
     * @param relation "before" or "after" the area's first activity, or "first activity" in its quarter
     */
    public record QuarterLine(String quarter, String relation, int activities, Figure thirdPartyReports, Figure referrals) {
    }

    /** An area where activity took place: reports and referrals by quarter around its first activity. */
    public record AreaOutcome(String area, LocalDate firstActivity, List<QuarterLine> quarters, long maxShown) {
    }
}
