package uk.safeshare.identity.internal;

import java.time.Clock;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import uk.safeshare.identity.Identity;
import uk.safeshare.identity.OrganisationKind;
import uk.safeshare.identity.Role;
import uk.safeshare.identity.RoleRules;
import uk.safeshare.identity.SafeShareUser;
import uk.safeshare.shared.ConflictException;
import uk.safeshare.shared.ForbiddenException;
import uk.safeshare.shared.InvalidRequestException;
import uk.safeshare.shared.NotFoundException;
import uk.safeshare.shared.audit.AuditAction;
import uk.safeshare.shared.audit.DataProcessed;

/**
 * Which SafeShare account a person signing in at the OpenID provider is: linked by the provider's
 * issuer and subject, either by an administrator beforehand or on first sign-in (an account with no
 * roles until an administrator grants them). Roles stay in SafeShare; a groups claim adds only what
 * the administrators' mapping table says.
 */
@Service
class SingleSignOnAccounts {

    static final String LINKED_BY_SIGN_IN = "single sign-on";

    private final JdbcClient jdbc;
    private final UserAccountRepository users;
    private final OrganisationRepository organisations;
    private final SingleSignOnSettings settings;
    private final SecurityEvents securityEvents;
    private final ApplicationEventPublisher events;
    private final Identity identity;
    private final ApiTokens tokens;
    private final SessionTerminator sessions;
    private final Clock clock;

    SingleSignOnAccounts(JdbcClient jdbc, UserAccountRepository users, OrganisationRepository organisations,
                         SingleSignOnSettings settings, SecurityEvents securityEvents, ApplicationEventPublisher events,
                         Identity identity, ApiTokens tokens, SessionTerminator sessions, Clock clock) {
        this.jdbc = jdbc;
        this.users = users;
        this.organisations = organisations;
        this.settings = settings;
        this.securityEvents = securityEvents;
        this.events = events;
        this.identity = identity;
        this.tokens = tokens;
        this.sessions = sessions;
        this.clock = clock;
    }

    /** The person's own details as the provider gives them, for a first sign-in. */
    record Claims(String issuer, String subject, String preferredUsername, String name, String email, Collection<String> groups) {
    }

    sealed interface Outcome {
        record SignedIn(UserAccount account, boolean created) implements Outcome {
        }

        record NotRegistered() implements Outcome {
        }

        record Disabled(String username) implements Outcome {
        }
    }

    Optional<String> subjectOf(UUID userId) {
        return jdbc.sql("SELECT subject FROM sso_link WHERE user_id = ? AND issuer = ?").params(userId, settings.issuer())
                .query(String.class).optional();
    }

    @Transactional
    Outcome signIn(Claims claims) {
        Optional<UUID> linked = jdbc.sql("SELECT user_id FROM sso_link WHERE issuer = ? AND subject = ?")
                .params(claims.issuer(), claims.subject()).query(UUID.class).optional();
        boolean created = false;
        UserAccount account;
        if (linked.isPresent()) {
            account = users.findById(linked.get()).orElseThrow();
        } else if (settings.createUsers()) {
            account = create(claims);
            created = true;
        } else {
            return new Outcome.NotRegistered();
        }
        if (!account.enabled()) {
            return new Outcome.Disabled(account.username());
        }
        if (!settings.groupsClaim().isEmpty()) {
            account = applyGroups(account, claims.groups());
        }
        return new Outcome.SignedIn(account, created);
    }

    /** First sign-in of someone nobody linked: an account in the configured organisation, with no roles. */
    private UserAccount create(Claims claims) {
        UUID organisation = (settings.organisation().isEmpty()
                ? organisations.findAllOrdered().stream().filter(o -> o.kind() == OrganisationKind.FORCE).findFirst()
                : organisations.findByName(settings.organisation()))
                .orElseThrow(() -> new IllegalStateException("No organisation for accounts created at single sign-on")).id();
        String username = freeUsername(claims);
        String displayName = clip(SecurityEvents.clean(claims.name() == null || claims.name().isBlank() ? username : claims.name()), 200);
        String email = claims.email() != null && claims.email().length() <= 254 && claims.email().matches("[^\\s@]+@[^\\s@]+")
                ? claims.email() : null;
        UserAccount account = users.save(new UserAccount(UUID.randomUUID(), username, displayName, email, null, false,
                organisation, null, true, clock.instant(), Set.of(), null));
        insertLink(account.id(), claims.issuer(), claims.subject(), LINKED_BY_SIGN_IN);
        events.publishEvent(DataProcessed.of(AuditAction.ACCOUNT_CHANGE, username, null,
                "account " + username + " created at first single sign-on, with no roles"));
        securityEvents.record(SecurityEvents.Kind.SSO_ACCOUNT_CREATED, username,
                "account " + username + " created at first single sign-on (issuer " + claims.issuer() + "), no roles until granted");
        return account;
    }

    /**
     * A new account never takes an existing one's name: linking by name would let whoever controls a
     * name at the provider become that SafeShare user.
     */
    private String freeUsername(Claims claims) {
        String wanted = claims.preferredUsername() != null ? claims.preferredUsername()
                : claims.email() != null ? claims.email() : "sso-" + claims.subject();
        String base = wanted.toLowerCase().replaceAll("[^a-z0-9._@-]", "-").replace('@', '.');
        base = clip(base.isBlank() ? "sso-user" : base, 80);
        if (users.findByUsername(base).isEmpty()) {
            return base;
        }
        String suffix = ApiTokens.hash(claims.issuer() + " " + claims.subject()).substring(0, 8);
        return base + "-" + suffix;
    }

    private static String clip(String s, int max) {
        return s.length() <= max ? s : s.substring(0, max);
    }

    private void insertLink(UUID userId, String issuer, String subject, String linkedBy) {
        jdbc.sql("INSERT INTO sso_link (user_id, issuer, subject, linked_by, linked_at) VALUES (?, ?, ?, ?, ?)")
                .params(userId, issuer, subject, linkedBy, clock.instant().atOffset(ZoneOffset.UTC)).update();
    }

    /**
     * An administrator links an account to a person at the provider before their first sign-in. Not
     * their own (they would choose their own credential), not a service account, and not an account
     * already holding a role that needs approval: linking it would hand that role to whoever holds
     * the subject, so roles are asked for after linking and a second administrator approves them.
     */
    @Transactional
    void link(UUID userId, String subject) {
        SafeShareUser actor = identity.current();
        UserAccount account = users.findById(userId).orElseThrow(() -> new NotFoundException("No user " + userId));
        if (actor.id().value().equals(userId)) {
            throw new ForbiddenException("Nobody may link their own account; ask another administrator.");
        }
        if (account.serviceAccount()) {
            throw new InvalidRequestException("subject", "Service accounts use API tokens, not single sign-on");
        }
        if (account.roleSet().stream().anyMatch(RoleRules::needsApproval)) {
            throw new InvalidRequestException("subject", "Remove the roles that need approval first, link the account, "
                    + "then ask for them again so that a second administrator approves them for the linked person");
        }
        if (!settings.enabled()) {
            throw new ConflictException("Single sign-on is not configured");
        }
        Optional<UUID> other = jdbc.sql("SELECT user_id FROM sso_link WHERE issuer = ? AND subject = ?")
                .params(settings.issuer(), subject).query(UUID.class).optional();
        if (other.isPresent() && !other.get().equals(userId)) {
            throw new ConflictException("That subject is already linked to another account");
        }
        jdbc.sql("DELETE FROM sso_link WHERE user_id = ?").param(userId).update();
        insertLink(userId, settings.issuer(), subject, actor.username());
        events.publishEvent(DataProcessed.of(AuditAction.ACCOUNT_CHANGE, actor.username(), null,
                "linked " + account.username() + " to single sign-on"));
        securityEvents.record(SecurityEvents.Kind.SSO_LINKED, actor.username(), account.username()
                + " linked to subject " + subject + " at " + settings.issuer());
        tokens.revokeAll(userId, null, actor.username());
        sessions.endAll(account.username(), null);
    }

    /**
     * Roles from the groups claim, through approved mappings only: added when the person is in a
     * mapped group, taken away at sign-in when they no longer are. Roles an administrator granted
     * directly are never touched; a mapped role that cannot be combined with the person's roles is
     * not added, and that is a security event.
     */
    private UserAccount applyGroups(UserAccount account, Collection<String> groups) {
        Set<Role> mapped = EnumSet.noneOf(Role.class);
        if (groups != null && !groups.isEmpty()) {
            jdbc.sql("SELECT group_name, role FROM sso_group_role WHERE status = 'APPROVED'")
                    .query((rs, n) -> new Object[]{rs.getString(1), Role.valueOf(rs.getString(2))}).list().stream()
                    .filter(row -> groups.contains((String) row[0])).forEach(row -> mapped.add((Role) row[1]));
        }
        List<Role> fromGroups = jdbc.sql("SELECT role FROM sso_role_from_group WHERE user_id = ?").param(account.id())
                .query((rs, n) -> Role.valueOf(rs.getString(1))).list();
        Set<Role> roles = EnumSet.noneOf(Role.class);
        roles.addAll(account.roleSet());
        for (Role role : fromGroups) {
            if (!mapped.contains(role)) {
                roles.remove(role);
                jdbc.sql("DELETE FROM sso_role_from_group WHERE user_id = ? AND role = ?").params(account.id(), role.name()).update();
                securityEvents.record(SecurityEvents.Kind.ROLE_REMOVED, LINKED_BY_SIGN_IN, role + " removed from "
                        + account.username() + ": no longer in a group mapped to it");
            }
        }
        boolean partnerOrganisation = organisations.findById(account.organisationId())
                .map(o -> o.kind() == OrganisationKind.PARTNER).orElse(false);
        for (Role role : mapped) {
            if (roles.contains(role) || (role == Role.PARTNER) != partnerOrganisation) {
                continue;
            }
            Set<Role> with = EnumSet.copyOf(roles);
            with.add(role);
            if (RoleRules.conflict(with).isPresent()) {
                securityEvents.record(SecurityEvents.Kind.ROLE_GRANT_REFUSED, LINKED_BY_SIGN_IN, role + " for "
                        + account.username() + " from a mapped group not granted: " + RoleRules.conflict(with).get());
                continue;
            }
            roles.add(role);
            jdbc.sql("INSERT INTO sso_role_from_group (user_id, role) VALUES (?, ?)").params(account.id(), role.name()).update();
            securityEvents.record(SecurityEvents.Kind.ROLE_GRANTED, LINKED_BY_SIGN_IN, role + " granted to "
                    + account.username() + " through a mapped group");
        }
        return roles.equals(account.roleSet()) ? account : users.save(account.withRoles(roles));
    }
}
