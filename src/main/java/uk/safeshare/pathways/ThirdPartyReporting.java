package uk.safeshare.pathways;

import uk.safeshare.shared.validation.SingleLine;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import uk.safeshare.cases.CrimeType;
import uk.safeshare.shared.validation.PlainText;
import uk.safeshare.shared.validation.SingleLine;

/** A crime reported by a partner for a victim who does not want to be identified yet. */
public final class ThirdPartyReporting {

    private ThirdPartyReporting() {
    }

    public enum Status {
        RECEIVED("Received"), TRIAGED("Triaged"), BECAME_CASE("Became a case"), CLOSED("Closed");

        private final String label;

        Status(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    /** No name, date of birth or address is asked for, by design. */
    public record SubmitReport(
            @NotNull(message = "Select the type of crime") CrimeType crimeType,
            @PastOrPresent(message = "must not be in the future") LocalDate occurredOn,
            @NotBlank(message = "Enter the area") @Size(max = 200) @PlainText @SingleLine String area,
            @NotBlank(message = "Describe what happened") @Size(max = 4000) @PlainText String whatHappened,
            @NotBlank(message = "Describe what the victim wants to happen") @Size(max = 2000) @PlainText String victimWishes,
            boolean policeMayContact,
            @Size(max = 500) @PlainText String contactRoute) {
    }

    public record Triage(
            @NotNull(message = "Choose what happens next") Status status,
            @Size(max = 2000) @PlainText String note,
            boolean victimConsentedToACase) {
    }

    public record ReportView(UUID id, String reference, String organisationName, CrimeType crimeType, LocalDate occurredOn,
                             String area, String whatHappened, String victimWishes, boolean policeMayContact,
                             String contactRoute, Status status, String triageNote, UUID caseId, Instant receivedAt,
                             Instant updatedAt) {
    }

    /** Published when a third-party report arrives, for the monitoring figures (no details of the victim). */
    public record ThirdPartyReportReceived(UUID reportId, CrimeType crimeType, Instant receivedAt) {
    }

    /**
     * Published when police triage a third-party report into a case (the victim consented), inside that transaction.
     * The case has no people yet: whoever is recorded on it as a victim or witness came to the police through a partner.
     */
    public record ThirdPartyReportBecameCase(UUID reportId, String reference, UUID caseId, Instant at) {
    }
}
