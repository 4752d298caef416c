package uk.safeshare.identity.internal;

import java.time.Clock;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import uk.safeshare.identity.Identity;
import uk.safeshare.identity.OrganisationKind;
import uk.safeshare.identity.Role;
import uk.safeshare.identity.UserCommands.CreateOrganisation;
import uk.safeshare.identity.UserCommands.CreateTeam;
import uk.safeshare.identity.UserCommands.CreateUser;
import uk.safeshare.identity.UserCommands.SetPassword;
import uk.safeshare.identity.UserCommands.UpdateUser;
import uk.safeshare.identity.UserCommands.UserSummary;
import uk.safeshare.shared.ConflictException;
import uk.safeshare.shared.InvalidRequestException;
import uk.safeshare.shared.NotFoundException;
import uk.safeshare.shared.audit.AuditAction;
import uk.safeshare.shared.audit.DataProcessed;

/** An administrator's use cases: accounts, teams, organisations. Every change is audited. */
@Service
public class UserAdministration implements uk.safeshare.identity.Administration {

    private final UserAccountRepository users;
    private final TeamRepository teams;
    private final OrganisationRepository organisations;
    private final PasswordEncoder passwords;
    private final ApplicationEventPublisher events;
    private final Identity identity;
    private final Clock clock;

    UserAdministration(UserAccountRepository users, TeamRepository teams, OrganisationRepository organisations,
                       PasswordEncoder passwords, ApplicationEventPublisher events, Identity identity, Clock clock) {
        this.users = users;
        this.teams = teams;
        this.organisations = organisations;
        this.passwords = passwords;
        this.events = events;
        this.identity = identity;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public List<UserSummary> users() {
        return users.findAllOrdered().stream().map(UserAdministration::summary).toList();
    }

    @Transactional(readOnly = true)
    public UserSummary user(UUID id) {
        return summary(users.findById(id).orElseThrow(() -> new NotFoundException("No user " + id)));
    }

    @Transactional
    public UserSummary createUser(CreateUser command) {
        return createUser(command, identity.current().username());
    }

    /** Also used by the demo data, which runs before anyone has signed in. */
    @Override
    @Transactional
    public UserSummary createUser(CreateUser command, String actor) {
        if (users.findByUsername(command.username()).isPresent()) {
            throw new InvalidRequestException("username", "The username " + command.username() + " is already taken");
        }
        checkPlacement(command.organisationId(), command.teamId(), command.roles());
        String hash = null;
        if (!command.serviceAccount()) {
            if (command.password() == null) {
                throw new InvalidRequestException("password", "Enter an initial password of at least 12 characters");
            }
            hash = passwords.encode(command.password());
        }
        UserAccount account = users.save(new UserAccount(UUID.randomUUID(), command.username(), command.displayName(),
                blankToNull(command.email()), hash, command.serviceAccount(), command.organisationId(), command.teamId(), true,
                clock.instant(), UserAccount.grants(command.roles()), null));
        events.publishEvent(DataProcessed.of(AuditAction.ACCOUNT_CHANGE, actor, null,
                "created user " + account.username() + " with roles " + command.roles()));
        return summary(account);
    }

    @Transactional
    public UserSummary updateUser(UUID id, UpdateUser command) {
        UserAccount account = users.findById(id).orElseThrow(() -> new NotFoundException("No user " + id));
        checkPlacement(command.organisationId(), command.teamId(), command.roles());
        UserAccount saved = users.save(account.withDetails(command.displayName(), blankToNull(command.email()),
                command.organisationId(), command.teamId(), command.roles(), command.enabled()));
        events.publishEvent(DataProcessed.of(AuditAction.ACCOUNT_CHANGE, identity.current().username(), null,
                "updated user " + saved.username() + ": roles " + command.roles() + ", enabled " + command.enabled()));
        return summary(saved);
    }

    @Transactional
    public void setPassword(UUID id, SetPassword command) {
        UserAccount account = users.findById(id).orElseThrow(() -> new NotFoundException("No user " + id));
        if (account.serviceAccount()) {
            throw new InvalidRequestException("password", "Service accounts sign in with API tokens only");
        }
        users.save(account.withPasswordHash(passwords.encode(command.password())));
        events.publishEvent(DataProcessed.of(AuditAction.ACCOUNT_CHANGE, identity.current().username(), null,
                "reset the password of " + account.username()));
    }

    @Transactional
    public Identity.TeamView createTeam(CreateTeam command) {
        return createTeam(command, identity.current().username());
    }

    @Override
    @Transactional
    public Identity.TeamView createTeam(CreateTeam command, String actor) {
        organisations.findById(command.organisationId())
                .orElseThrow(() -> new InvalidRequestException("organisationId", "Choose an existing organisation"));
        if (teams.findByOrganisationIdAndName(command.organisationId(), command.name()).isPresent()) {
            throw new InvalidRequestException("name", "That organisation already has a team called " + command.name());
        }
        Team team = teams.save(Team.create(command.organisationId(), command.name(), clock.instant()));
        events.publishEvent(DataProcessed.of(AuditAction.ACCOUNT_CHANGE, actor, null, "created team " + team.name()));
        return IdentityFacade.view(team);
    }

    @Transactional
    public Identity.OrganisationView createOrganisation(CreateOrganisation command) {
        return createOrganisation(command, identity.current().username());
    }

    @Override
    @Transactional
    public Identity.OrganisationView createOrganisation(CreateOrganisation command, String actor) {
        if (organisations.findByName(command.name()).isPresent()) {
            throw new InvalidRequestException("name", "There is already an organisation called " + command.name());
        }
        Organisation organisation = organisations.save(Organisation.create(command.name(), command.kind(), clock.instant()));
        events.publishEvent(DataProcessed.of(AuditAction.ACCOUNT_CHANGE, actor, null,
                "created organisation " + organisation.name()));
        return IdentityFacade.view(organisation);
    }

    private void checkPlacement(UUID organisationId, UUID teamId, Set<Role> roles) {
        Organisation organisation = organisations.findById(organisationId)
                .orElseThrow(() -> new InvalidRequestException("organisationId", "Choose an existing organisation"));
        if (teamId != null) {
            Team team = teams.findById(teamId)
                    .orElseThrow(() -> new InvalidRequestException("teamId", "Choose an existing team"));
            if (!team.organisationId().equals(organisationId)) {
                throw new InvalidRequestException("teamId", "The team must belong to the user's organisation");
            }
        }
        // A partner's staff must never hold police roles, and police staff are not partners: the
        // partner portal's isolation rests on this.
        boolean partnerOrg = organisation.kind() == OrganisationKind.PARTNER;
        if (partnerOrg && roles.stream().anyMatch(r -> r != Role.PARTNER)) {
            throw new InvalidRequestException("roles", "Staff of a partner organisation can hold only the partner role");
        }
        if (!partnerOrg && roles.contains(Role.PARTNER)) {
            throw new InvalidRequestException("roles", "Only staff of a partner organisation can hold the partner role");
        }
    }

    static UserSummary summary(UserAccount a) {
        return new UserSummary(a.id(), a.username(), a.displayName(), a.email(), a.organisationId(), a.teamId(), a.roleSet(),
                a.serviceAccount(), a.enabled());
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }
}
