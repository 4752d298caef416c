package uk.safeshare.register;

import uk.safeshare.shared.validation.SingleLine;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import uk.safeshare.shared.validation.PlainText;

/** Keeping the register: details (administrators and caseworkers) and the category (the data protection officer). */
public final class RegisterCommands {

    private RegisterCommands() {
    }

    /**
     * What administrators and caseworkers keep about an organisation. The category is not here: only
     * the data protection officer sets it ({@link CategoryChange}).
     */
    public record OrganisationDetails(
            @NotBlank(message = "Enter the organisation's name") @Size(max = 200) @PlainText @SingleLine String name,
            @Size(max = 20, message = "Give at most 20 other names") List<@NotBlank @Size(max = 200) @PlainText String> aliases,
            @Size(max = 1000) @PlainText String contactRoutes,
            @Size(max = 500) @Pattern(regexp = "https://[^\\s<>\"]+", message = "A webhook must be an https:// address")
            String webhookUrl,
            UUID accountOrganisationId,
            Boolean active,
            @Size(max = 100) @PlainText @SingleLine String agreementReference,
            @Size(max = 400) @PlainText String agreementPurposes,
            @Size(max = 400) @PlainText String agreementDataCategories,
            @Size(max = 400) @PlainText String agreementLawfulBasis,
            LocalDate agreementReviewOn,
            @Size(max = 500) @Pattern(regexp = "https://[^\\s<>\"]+", message = "The signed agreement must be an https:// link")
            String agreementDocumentUrl) {

        public OrganisationDetails {
            aliases = aliases == null ? List.of() : aliases.stream().filter(a -> a != null && !a.isBlank())
                    .map(String::strip).distinct().toList();
            name = name == null ? null : name.strip();
            contactRoutes = blank(contactRoutes);
            webhookUrl = blank(webhookUrl);
            active = active == null || active;
            agreementReference = blank(agreementReference);
            agreementPurposes = blank(agreementPurposes);
            agreementDataCategories = blank(agreementDataCategories);
            agreementLawfulBasis = blank(agreementLawfulBasis);
            agreementDocumentUrl = blank(agreementDocumentUrl);
        }
    }

    /** The data protection officer's setting of an organisation's category, with the reason. */
    public record CategoryChange(
            @NotNull(message = "Select the organisation's category") RecipientCategory category,
            @NotBlank(message = "Give the reason for the category") @Size(max = 2000) @PlainText String reason) {
    }

    static String blank(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
