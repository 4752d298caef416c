package uk.safeshare.identity.internal;

import java.time.Instant;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.MappedCollection;
import org.springframework.data.relational.core.mapping.Table;
import uk.safeshare.identity.OrganisationId;
import uk.safeshare.identity.Role;
import uk.safeshare.identity.SafeShareUser;
import uk.safeshare.identity.TeamId;
import uk.safeshare.identity.UserId;

@Table("user_account")
record UserAccount(@Id UUID id, String username, String displayName, String email, String passwordHash,
                   boolean serviceAccount, UUID organisationId, UUID teamId, boolean enabled, Instant createdAt,
                   @MappedCollection(idColumn = "user_account") Set<RoleGrant> roles, @Version Long version) {

    @Table("user_role")
    record RoleGrant(Role role) {
    }

    Set<Role> roleSet() {
        return roles.stream().map(RoleGrant::role).collect(Collectors.toUnmodifiableSet());
    }

    SafeShareUser toUser() {
        return new SafeShareUser(new UserId(id), username, displayName, new OrganisationId(organisationId),
                TeamId.of(teamId), roleSet());
    }

    UserAccount withDetails(String newDisplayName, String newEmail, UUID newOrganisation, UUID newTeam, Set<Role> newRoles,
                            boolean newEnabled) {
        return new UserAccount(id, username, newDisplayName, newEmail, passwordHash, serviceAccount, newOrganisation, newTeam,
                newEnabled, createdAt, grants(newRoles), version);
    }

    UserAccount withRoles(Set<Role> newRoles) {
        return new UserAccount(id, username, displayName, email, passwordHash, serviceAccount, organisationId, teamId, enabled,
                createdAt, grants(newRoles), version);
    }

    UserAccount withPasswordHash(String hash) {
        return new UserAccount(id, username, displayName, email, hash, serviceAccount, organisationId, teamId, enabled,
                createdAt, roles, version);
    }

    static Set<RoleGrant> grants(Set<Role> roles) {
        return roles.stream().map(RoleGrant::new).collect(Collectors.toSet());
    }
}
