package uk.safeshare.cases;

import uk.safeshare.shared.validation.SingleLine;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Set;
import uk.safeshare.shared.validation.PersonName;
import uk.safeshare.shared.validation.PlainText;

/** What officers and caseworkers ask of the cases module, from web forms and the API alike. */
public final class CaseCommands {

    private CaseCommands() {
    }

    /** A report: what happened, when and where. The case belongs to the reporting officer's team. */
    public record ReportDetails(
            @NotEmpty(message = "Select at least one crime type") Set<CrimeType> crimeTypes,
            @NotNull(message = "Enter when it happened") @PastOrPresent(message = "must not be in the future") Instant occurredAt,
            @NotBlank(message = "Enter the area") @Size(max = 200) @PlainText @uk.safeshare.shared.validation.SingleLine String area,
            @NotBlank(message = "Enter a summary") @Size(max = 4000) @PlainText String summary) {
    }

    /** A person in a report and everything DESIGN 2.1 records about them. */
    public record PersonDetails(
            @NotNull(message = "Select the person's role") PersonRole role,
            @NotBlank(message = "Enter the given name") @Size(max = 100) @PersonName @SingleLine String givenName,
            @NotBlank(message = "Enter the family name") @Size(max = 100) @PersonName @SingleLine String familyName,
            @PastOrPresent(message = "must not be in the future") LocalDate dateOfBirth,
            @NotNull(message = "Select what is known about immigration status") StatusBasis statusBasis,
            @Size(max = 2000) @PlainText String statusEvidence,
            SelfDefinedEthnicity ethnicitySelfDefined,
            ObservedEthnicity ethnicityObserved,
            @Size(max = 2) @SingleLine String nationality,
            @Size(max = 3) @SingleLine String language,
            boolean interpreterNeeded,
            @NotNull(message = "Select a safe contact method") SafeContactMethod safeContactMethod,
            @Size(max = 500) @PlainText String safeContactDetails,
            Set<Vulnerability> vulnerabilities) {

        public PersonDetails {
            vulnerabilities = vulnerabilities == null ? Set.of() : Set.copyOf(vulnerabilities);
            statusEvidence = blankToNull(statusEvidence);
            nationality = blankToNull(nationality);
            language = blankToNull(language);
            safeContactDetails = blankToNull(safeContactDetails);
        }

        private static String blankToNull(String s) {
            return s == null || s.isBlank() ? null : s.trim();
        }
    }

    /** A break-glass request: opening a case outside one's team needs a recorded reason. */
    public record BreakGlassReason(
            @NotBlank(message = "Enter why you need to open this case") @Size(min = 10, max = 1000, message = "must be between 10 and 1000 characters") @PlainText String reason) {
    }
}
