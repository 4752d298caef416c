package uk.safeshare.identity.internal;

import java.util.List;
import java.util.Optional;
import org.springframework.security.authentication.AuthenticationCredentialsNotFoundException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import uk.safeshare.identity.Identity;
import uk.safeshare.identity.OrganisationId;
import uk.safeshare.identity.SafeShareUser;
import uk.safeshare.identity.TeamId;

@Component
class IdentityFacade implements Identity {

    private final TeamRepository teams;
    private final OrganisationRepository organisations;
    private final UserAccountRepository users;

    IdentityFacade(TeamRepository teams, OrganisationRepository organisations, UserAccountRepository users) {
        this.teams = teams;
        this.organisations = organisations;
        this.users = users;
    }

    @Override
    public <T> T runAs(String username, java.util.function.Supplier<T> task) {
        UserAccount account = users.findByUsername(username)
                .orElseThrow(() -> new IllegalArgumentException("No account " + username));
        SignedInUser user = new SignedInUser(account.toUser(), null, account.enabled());
        var previous = SecurityContextHolder.getContext();
        var context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(org.springframework.security.authentication.UsernamePasswordAuthenticationToken
                .authenticated(user, null, user.getAuthorities()));
        SecurityContextHolder.setContext(context);
        try {
            return task.get();
        } finally {
            SecurityContextHolder.setContext(previous);
        }
    }

    @Override
    public SafeShareUser current() {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        if (auth != null && auth.getPrincipal() instanceof SignedInUser signedIn) {
            return signedIn.user();
        }
        throw new AuthenticationCredentialsNotFoundException("Nobody is signed in");
    }

    @Override
    public Optional<TeamView> team(TeamId id) {
        return teams.findById(id.value()).map(IdentityFacade::view);
    }

    @Override
    public Optional<SafeShareUser> user(String username) {
        return username == null ? Optional.empty()
                : users.findByUsername(username).filter(UserAccount::enabled).map(UserAccount::toUser);
    }

    @Override
    public List<TeamView> teams() {
        return teams.findAllOrdered().stream().map(IdentityFacade::view).toList();
    }

    @Override
    public Optional<OrganisationView> organisation(OrganisationId id) {
        return organisations.findById(id.value()).map(IdentityFacade::view);
    }

    @Override
    public List<OrganisationView> organisations() {
        return organisations.findAllOrdered().stream().map(IdentityFacade::view).toList();
    }

    @Override
    public List<StaffContact> staffWithEmail(OrganisationId organisation, uk.safeshare.identity.Role role) {
        return users.findAllOrdered().stream()
                .filter(u -> u.enabled() && u.email() != null && organisation.value().equals(u.organisationId()) && u.roleSet().contains(role))
                .map(u -> new StaffContact(u.username(), u.displayName(), u.email()))
                .toList();
    }

    @Override
    public List<StaffContact> staffWithEmail(uk.safeshare.identity.TeamId team, uk.safeshare.identity.Role role) {
        return users.findAllOrdered().stream()
                .filter(u -> u.enabled() && !u.serviceAccount() && u.email() != null && team.value().equals(u.teamId()) && u.roleSet().contains(role))
                .map(u -> new StaffContact(u.username(), u.displayName(), u.email()))
                .toList();
    }

    @Override
    public List<SafeShareUser> peopleWithAnyRole(java.util.Set<uk.safeshare.identity.Role> roles) {
        return users.findAllOrdered().stream()
                .filter(u -> u.enabled() && !u.serviceAccount() && u.roleSet().stream().anyMatch(roles::contains))
                .map(UserAccount::toUser)
                .toList();
    }

    @Override
    public List<Colleague> colleaguesWithAnyRole(java.util.Set<uk.safeshare.identity.Role> roles) {
        java.util.Map<java.util.UUID, String> organisationNames = new java.util.HashMap<>();
        organisations().forEach(o -> organisationNames.put(o.id().value(), o.name()));
        return users.findAllOrdered().stream()
                .filter(u -> u.enabled() && !u.serviceAccount() && u.roleSet().stream().anyMatch(roles::contains))
                .map(u -> new Colleague(u.username(), u.displayName(), organisationNames.get(u.organisationId())))
                .sorted(java.util.Comparator.comparing(Colleague::displayName))
                .toList();
    }

    static TeamView view(Team t) {
        return new TeamView(new TeamId(t.id()), t.name(), new OrganisationId(t.organisationId()));
    }

    static OrganisationView view(Organisation o) {
        return new OrganisationView(new OrganisationId(o.id()), o.name(), o.kind(), o.active());
    }
}
