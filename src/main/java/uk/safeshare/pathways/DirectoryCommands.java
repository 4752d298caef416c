package uk.safeshare.pathways;

import uk.safeshare.shared.validation.SingleLine;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.Set;
import java.util.UUID;
import uk.safeshare.shared.validation.PlainText;

/** Keeping the directory of specialist organisations. */
public final class DirectoryCommands {

    private DirectoryCommands() {
    }

    /**
     * A directory entry. {@code organisationId} links it to a SafeShare partner organisation whose
     * staff then see its referrals in the partner portal; without it, referrals go by the contact routes.
     */
    public record ServiceDetails(
            @NotBlank(message = "Enter the organisation's name") @Size(max = 200) @PlainText @SingleLine String name,
            @Size(max = 2000) @PlainText String description,
            @NotEmpty(message = "Select at least one specialism") Set<Specialism> specialisms,
            Set<@Size(min = 2, max = 3) String> languages,
            @NotEmpty(message = "Enter at least one area covered") Set<@NotBlank @Size(max = 100) @PlainText String> areas,
            @NotBlank(message = "Enter how to contact them") @Size(max = 1000) @PlainText String contactRoutes,
            @Size(max = 1000) @PlainText String capacityNotes,
            boolean regulatedAdviser,
            UUID organisationId,
            boolean active) {

        public ServiceDetails {
            languages = languages == null ? Set.of() : Set.copyOf(languages);
            areas = areas == null ? Set.of() : Set.copyOf(areas);
            specialisms = specialisms == null ? Set.of() : Set.copyOf(specialisms);
        }
    }

    /** Search and filter: all optional. */
    public record DirectoryQuery(Specialism need, String language, String area, String text, boolean includeInactive) {
    }

    public record SupportService(UUID id, String name, String description, Set<Specialism> specialisms,
                                 Set<String> languages, Set<String> areas, String contactRoutes, String capacityNotes,
                                 boolean regulatedAdviser, UUID organisationId, boolean active, Instant updatedAt,
                                 long version) {

        public boolean covers(Specialism need) {
            return specialisms.contains(need);
        }
    }

    /** What an import did, row by row: nothing is stored unless every row is good. */
    public record ImportReport(int rowsRead, int stored, java.util.List<RowProblem> problems) {
        public boolean ok() {
            return problems.isEmpty();
        }
    }

    public record RowProblem(int row, String problem) {
    }
}
