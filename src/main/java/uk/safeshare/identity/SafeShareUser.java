package uk.safeshare.identity;

import java.io.Serializable;
import java.util.Set;

/** The signed-in user (or service) as the rest of SafeShare sees them. */
public record SafeShareUser(UserId id, String username, String displayName, OrganisationId organisationId,
                            TeamId teamId, Set<Role> roles) implements Serializable {

    public SafeShareUser {
        roles = Set.copyOf(roles);
    }

    public boolean has(Role role) {
        return roles.contains(role);
    }

    public boolean hasAny(Role... wanted) {
        for (Role role : wanted) {
            if (roles.contains(role)) {
                return true;
            }
        }
        return false;
    }

    public boolean isMemberOf(TeamId team) {
        return teamId != null && teamId.equals(team);
    }
}
