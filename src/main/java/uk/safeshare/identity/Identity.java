package uk.safeshare.identity;

import java.util.List;
import java.util.Optional;

/** What other modules may ask of identity. */
public interface Identity {

    /** The user making the current request; fails if nobody is signed in. */
    SafeShareUser current();

    /**
     * Runs a system task (demo data, scheduled jobs) as the named account, so that what it does is
     * attributed and audited like anything else. Never reachable from a request.
     */
    <T> T runAs(String username, java.util.function.Supplier<T> task);

    Optional<TeamView> team(TeamId id);

    /** An enabled account by its username, as other modules name people who use SafeShare. */
    Optional<SafeShareUser> user(String username);

    List<TeamView> teams();

    Optional<OrganisationView> organisation(OrganisationId id);

    List<OrganisationView> organisations();

    /** The enabled staff of an organisation who hold a role and have an e-mail address, for notifications. */
    List<StaffContact> staffWithEmail(OrganisationId organisation, Role role);

    /** The same for one team: its enabled people holding the role who have an e-mail address. */
    List<StaffContact> staffWithEmail(TeamId team, Role role);

    /** Every enabled person (not service account) holding any of the roles, by username. */
    List<SafeShareUser> peopleWithAnyRole(java.util.Set<Role> roles);

    record StaffContact(String username, String displayName, String email) {
    }

    /** Enabled accounts holding any of the roles, by name, so pages can offer people to choose instead of usernames. */
    List<Colleague> colleaguesWithAnyRole(java.util.Set<Role> roles);

    record Colleague(String username, String displayName, String organisationName) {
        /** How a picker shows them: the name people know, then where they work. */
        public String label() {
            return organisationName == null ? displayName : displayName + ", " + organisationName;
        }
    }

    record TeamView(TeamId id, String name, OrganisationId organisationId) {
    }

    record OrganisationView(OrganisationId id, String name, OrganisationKind kind, boolean active) {
    }
}
