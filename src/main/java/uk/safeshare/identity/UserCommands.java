package uk.safeshare.identity;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.Set;
import java.util.UUID;
import uk.safeshare.shared.validation.PlainText;
import uk.safeshare.shared.validation.SingleLine;

/** Commands an administrator gives about accounts, teams and organisations (web forms and API alike). */
public final class UserCommands {

    private UserCommands() {
    }

    public record CreateUser(
            @NotBlank @Size(min = 3, max = 100) @Pattern(regexp = "^[a-z0-9._-]+$", message = "must use only lower-case letters, digits, dots, hyphens and underscores") @SingleLine String username,
            @NotBlank @Size(max = 200) @PlainText @SingleLine String displayName,
            @Email @Size(max = 254) String email,
            @NotNull UUID organisationId,
            UUID teamId,
            @NotEmpty Set<Role> roles,
            boolean serviceAccount,
            @Size(min = 12, max = 128, message = "must be between 12 and 128 characters") String password) {
    }

    public record UpdateUser(
            @NotBlank @Size(max = 200) @PlainText @SingleLine String displayName,
            @Email @Size(max = 254) String email,
            @NotNull UUID organisationId,
            UUID teamId,
            @NotEmpty Set<Role> roles,
            boolean enabled) {
    }

    public record SetPassword(@NotBlank @Size(min = 12, max = 128, message = "must be between 12 and 128 characters") String password) {
    }

    public record CreateTeam(@NotNull UUID organisationId, @NotBlank @Size(max = 200) @PlainText @SingleLine String name) {
    }

    public record CreateOrganisation(@NotBlank @Size(max = 200) @PlainText @SingleLine String name, @NotNull OrganisationKind kind) {
    }

    public record IssueToken(@NotBlank @Size(max = 100) @PlainText @SingleLine String label,
                             @jakarta.validation.constraints.Min(1) @jakarta.validation.constraints.Max(90) int days) {
    }

    /** A user as an administrator sees them (never the password hash). */
    public record UserSummary(UUID id, String username, String displayName, String email, UUID organisationId,
                              UUID teamId, Set<Role> roles, boolean serviceAccount, boolean enabled, Set<Role> pendingRoles) {
    }

    /** A role waiting for a second administrator's approval. */
    public record RoleGrantView(UUID id, UUID userId, String username, Role role, String requestedBy,
                                java.time.Instant requestedAt) {
    }

    /** A token as listed; the secret itself is only ever shown once, in {@link IssuedToken}. */
    public record TokenSummary(UUID id, String label, java.time.Instant createdAt, java.time.Instant expiresAt,
                               java.time.Instant revokedAt, String issuedBy) {
    }

    public record IssuedToken(UUID id, String label, String token, java.time.Instant expiresAt) {
    }

    /** Links an account to a person at the OpenID provider by the provider's subject identifier (ADR 0013). */
    public record LinkSubject(@NotBlank @Size(max = 255) @SingleLine String subject) {
    }

    /** People in this group at the OpenID provider hold this role while the provider says they are in it. */
    public record MapGroup(@NotBlank @Size(max = 200) @PlainText @SingleLine String group, @NotNull Role role) {
    }

    /** A groups-to-role mapping; PENDING until a second administrator approves one that needs it. */
    public record GroupRoleView(UUID id, String group, Role role, String status, String requestedBy,
                                java.time.Instant requestedAt, String decidedBy) {
    }
}
