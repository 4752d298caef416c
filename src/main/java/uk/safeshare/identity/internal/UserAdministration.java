package uk.safeshare.identity.internal;

import java.time.Clock;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
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
import uk.safeshare.identity.RoleRules;
import uk.safeshare.identity.SafeShareUser;
import uk.safeshare.identity.UserCommands.CreateOrganisation;
import uk.safeshare.identity.UserCommands.CreateTeam;
import uk.safeshare.identity.UserCommands.CreateUser;
import uk.safeshare.identity.UserCommands.SetPassword;
import uk.safeshare.identity.UserCommands.UpdateUser;
import uk.safeshare.identity.UserCommands.UserSummary;
import uk.safeshare.shared.ConflictException;
import uk.safeshare.shared.ForbiddenException;
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
    private final RoleGrantRequestRepository grants;
    private final SecurityEvents securityEvents;
    private final PasswordPolicy policy;
    private final ApiTokens tokens;
    private final SessionTerminator sessions;
    private final SingleSignOnSettings singleSignOn;
    private final RoleGrantApprovals approvals;

    UserAdministration(UserAccountRepository users, TeamRepository teams, OrganisationRepository organisations,
                       PasswordEncoder passwords, ApplicationEventPublisher events, Identity identity, Clock clock,
                       RoleGrantRequestRepository grants, SecurityEvents securityEvents, PasswordPolicy policy,
                       ApiTokens tokens, SessionTerminator sessions, SingleSignOnSettings singleSignOn,
                       RoleGrantApprovals approvals) {
        this.singleSignOn = singleSignOn;
        this.approvals = approvals;
        this.grants = grants;
        this.policy = policy;
        this.tokens = tokens;
        this.sessions = sessions;
        this.securityEvents = securityEvents;
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
        Map<UUID, Set<Role>> pending = new HashMap<>();
        grants.findPending().forEach(g -> pending.computeIfAbsent(g.userId(), k -> EnumSet.noneOf(Role.class)).add(g.role()));
        return users.findAllOrdered().stream().map(a -> summary(a, pending.getOrDefault(a.id(), Set.of()))).toList();
    }

    @Transactional(readOnly = true)
    public UserSummary user(UUID id) {
        return summary(users.findById(id).orElseThrow(() -> new NotFoundException("No user " + id)));
    }

    private UserSummary summary(UserAccount account) {
        Set<Role> pending = EnumSet.noneOf(Role.class);
        grants.findPendingFor(account.id()).forEach(g -> pending.add(g.role()));
        return summary(account, pending);
    }

    /**
     * An administrator creates an account: roles that need a second administrator's approval are
     * asked for, not granted; the others are granted at once.
     */
    @Transactional
    public UserSummary createUser(CreateUser command) {
        String actor = identity.current().username();
        Set<Role> immediate = EnumSet.noneOf(Role.class);
        command.roles().stream().filter(r -> !RoleRules.needsApproval(r)).forEach(immediate::add);
        requireCompatible(command.roles());
        UserAccount account = create(command, immediate, actor);
        for (Role role : command.roles()) {
            if (RoleRules.needsApproval(role)) {
                approvals.request(account, role, actor);
            } else {
                securityEvents.record(SecurityEvents.Kind.ROLE_GRANTED, actor, role + " granted to " + account.username());
            }
        }
        return summary(account);
    }

    /**
     * The system's own bootstrap (demo data, first administrator), which runs before anyone has
     * signed in: every role is granted at once, attributed to the named actor. Never reachable from a request.
     */
    @Override
    @Transactional
    public UserSummary createUser(CreateUser command, String actor) {
        requireCompatible(command.roles());
        return summary(create(command, command.roles(), actor));
    }

    private UserAccount create(CreateUser command, Set<Role> roles, String actor) {
        if (users.findByUsername(command.username()).isPresent()) {
            throw new InvalidRequestException("username", "The username " + command.username() + " is already taken");
        }
        checkPlacement(command.organisationId(), command.teamId(), command.roles());
        String hash = null;
        // With local passwords switched off, people sign in only at the OpenID provider: no password is kept.
        if (!command.serviceAccount() && singleSignOn.localPasswords()) {
            if (command.password() == null) {
                throw new InvalidRequestException("password", "Enter an initial password of at least 12 characters");
            }
            policy.check("password", command.password(), command.username());
            hash = passwords.encode(command.password());
        }
        UserAccount account = users.save(new UserAccount(UUID.randomUUID(), command.username(), command.displayName(),
                blankToNull(command.email()), hash, command.serviceAccount(), command.organisationId(), command.teamId(), true,
                clock.instant(), UserAccount.grants(roles), null));
        events.publishEvent(DataProcessed.of(AuditAction.ACCOUNT_CHANGE, actor, null,
                "created user " + account.username() + " with roles " + roles));
        return account;
    }

    /**
     * Nobody changes their own roles, team, organisation or whether their account is enabled. Roles
     * taken away go at once; roles that need approval are asked for and wait for a second administrator.
     */
    @Transactional
    public UserSummary updateUser(UUID id, UpdateUser command) {
        SafeShareUser actor = identity.current();
        UserAccount account = users.findById(id).orElseThrow(() -> new NotFoundException("No user " + id));
        boolean self = actor.id().value().equals(id);
        Set<Role> current = account.roleSet();
        if (self && (!current.equals(command.roles()) || !Objects.equals(account.teamId(), command.teamId())
                || !account.organisationId().equals(command.organisationId()) || account.enabled() != command.enabled())) {
            throw new ForbiddenException("Nobody may change their own roles, team, organisation or account status; ask another administrator.");
        }
        requireCompatible(command.roles());
        checkPlacement(command.organisationId(), command.teamId(), command.roles());
        Set<Role> kept = EnumSet.noneOf(Role.class);
        for (Role role : current) {
            if (command.roles().contains(role)) {
                kept.add(role);
            }
        }
        Set<Role> added = EnumSet.noneOf(Role.class);
        command.roles().stream().filter(r -> !current.contains(r)).forEach(added::add);
        Set<Role> granted = EnumSet.noneOf(Role.class);
        granted.addAll(kept);
        added.stream().filter(r -> !RoleRules.needsApproval(r)).forEach(granted::add);
        UserAccount saved = users.save(account.withDetails(command.displayName(), blankToNull(command.email()),
                command.organisationId(), command.teamId(), granted, command.enabled()));
        events.publishEvent(DataProcessed.of(AuditAction.ACCOUNT_CHANGE, actor.username(), null,
                "updated user " + saved.username() + ": roles " + granted + ", enabled " + command.enabled()));
        for (Role role : current) {
            if (!kept.contains(role)) {
                securityEvents.record(SecurityEvents.Kind.ROLE_REMOVED, actor.username(), role + " removed from " + saved.username());
            }
        }
        // A pending grant the administrator no longer asks for is withdrawn.
        for (RoleGrantRequest pending : grants.findPendingFor(id)) {
            if (!command.roles().contains(pending.role())) {
                grants.save(pending.decided(RoleGrantRequest.Status.WITHDRAWN, actor.username(), clock.instant()));
            }
        }
        for (Role role : added) {
            if (RoleRules.needsApproval(role)) {
                approvals.request(saved, role, actor.username());
            } else {
                securityEvents.record(SecurityEvents.Kind.ROLE_GRANTED, actor.username(), role + " granted to " + saved.username());
            }
        }
        return summary(saved);
    }

    static void requireCompatible(Set<Role> roles) {
        RoleRules.conflict(roles).ifPresent(problem -> {
            throw new InvalidRequestException("roles", problem);
        });
    }

    /**
     * An administrator resets someone's password: every session and every token of that person ends
     * at once, on every instance, so whoever held the old password (or a token got with it) is out.
     */
    @Transactional
    public void setPassword(UUID id, SetPassword command) {
        UserAccount account = users.findById(id).orElseThrow(() -> new NotFoundException("No user " + id));
        if (account.serviceAccount()) {
            throw new InvalidRequestException("password", "Service accounts sign in with API tokens only");
        }
        if (!singleSignOn.localPasswords()) {
            throw new ConflictException("Local passwords are switched off: people sign in with single sign-on");
        }
        String actor = identity.current().username();
        policy.check("password", command.password(), account.username());
        users.save(account.withPasswordHash(passwords.encode(command.password())));
        events.publishEvent(DataProcessed.of(AuditAction.ACCOUNT_CHANGE, actor, null,
                "reset the password of " + account.username()));
        securityEvents.record(SecurityEvents.Kind.PASSWORD_RESET, actor, "password of " + account.username() + " reset by " + actor);
        tokens.revokeAll(id, null, actor);
        int ended = sessions.endAll(account.username(), null);
        securityEvents.record(SecurityEvents.Kind.SESSIONS_ENDED, actor, ended + " session(s) of " + account.username() + " ended");
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

    static UserSummary summary(UserAccount a, Set<Role> pending) {
        return new UserSummary(a.id(), a.username(), a.displayName(), a.email(), a.organisationId(), a.teamId(), a.roleSet(),
                a.serviceAccount(), a.enabled(), Set.copyOf(pending));
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }
}
