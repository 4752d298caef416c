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

    IdentityFacade(TeamRepository teams, OrganisationRepository organisations) {
        this.teams = teams;
        this.organisations = organisations;
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

    static TeamView view(Team t) {
        return new TeamView(new TeamId(t.id()), t.name(), new OrganisationId(t.organisationId()));
    }

    static OrganisationView view(Organisation o) {
        return new OrganisationView(new OrganisationId(o.id()), o.name(), o.kind(), o.active());
    }
}
