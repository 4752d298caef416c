package uk.safeshare.register;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * One organisation in the register, as other modules read it.
 *
 * @param category          the protocol's recipient category for it, as the data protection officer set it
 *                          (OTHER until they have)
 * @param categorySetBy     who set the category ("register" for the national bodies and migrated entries), or null
 * @param accountOrganisationId the SafeShare partner organisation whose staff act for it, or null
 * @param agreement         its information sharing agreement, or null if it has none
 */
public record RegisteredOrganisation(UUID id, String name, List<String> aliases, RecipientCategory category,
                                     String categorySetBy, Instant categorySetAt, boolean active, String contactRoutes,
                                     String webhookUrl, UUID accountOrganisationId, SharingAgreement agreement,
                                     Instant updatedAt, long version) {

    public RegisteredOrganisation {
        aliases = aliases == null ? List.of() : List.copyOf(aliases);
    }

    /** An information sharing agreement, as recorded with the organisation. */
    public record SharingAgreement(String reference, String purposes, String dataCategories, String lawfulBasis,
                                   LocalDate reviewOn, String documentUrl) {
    }
}
