package uk.safeshare.identity.internal;

import java.time.Clock;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import uk.safeshare.identity.Identity;
import uk.safeshare.identity.Role;
import uk.safeshare.identity.SafeShareUser;
import uk.safeshare.identity.UserCommands.RoleGrantView;
import uk.safeshare.identity.UserCommands.UserSummary;
import uk.safeshare.shared.ConflictException;
import uk.safeshare.shared.ForbiddenException;
import uk.safeshare.shared.NotFoundException;

/**
 * Roles that need two administrators (ADR 0009): one asks, a second approves or refuses, and nobody approves
 * what they asked for or a role for themselves. Every step is a security event.
 */
@Service
class RoleGrantApprovals {

    private final UserAccountRepository users;
    private final RoleGrantRequestRepository grants;
    private final Identity identity;
    private final SecurityEvents securityEvents;
    private final Clock clock;

    RoleGrantApprovals(UserAccountRepository users, RoleGrantRequestRepository grants, Identity identity,
                       SecurityEvents securityEvents, Clock clock) {
        this.users = users;
        this.grants = grants;
        this.identity = identity;
        this.securityEvents = securityEvents;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public List<RoleGrantView> pendingGrants() {
        return grants.findPending().stream().map(this::view).toList();
    }

    /** A second administrator approves: not the one who asked, and not the person who would hold the role. */
    @Transactional
    public UserSummary approveGrant(UUID requestId) {
        SafeShareUser actor = identity.current();
        RoleGrantRequest request = pendingRequest(requestId);
        if (request.requestedBy().equals(actor.username())) {
            throw new ForbiddenException("A second administrator must approve this; you asked for it.");
        }
        if (request.userId().equals(actor.id().value())) {
            throw new ForbiddenException("Nobody may approve a role for themselves.");
        }
        UserAccount account = users.findById(request.userId()).orElseThrow(() -> new NotFoundException("No user " + request.userId()));
        Set<Role> roles = EnumSet.of(request.role());
        roles.addAll(account.roleSet());
        UserAdministration.requireCompatible(roles);
        UserAccount saved = users.save(account.withRoles(roles));
        grants.save(request.decided(RoleGrantRequest.Status.APPROVED, actor.username(), clock.instant()));
        securityEvents.record(SecurityEvents.Kind.ROLE_GRANT_APPROVED, actor.username(), request.role() + " granted to "
                + account.username() + ", asked for by " + request.requestedBy() + ", approved by " + actor.username());
        return UserAdministration.summary(saved, pendingRoles(saved.id()));
    }

    @Transactional
    public void refuseGrant(UUID requestId) {
        SafeShareUser actor = identity.current();
        RoleGrantRequest request = pendingRequest(requestId);
        grants.save(request.decided(request.requestedBy().equals(actor.username())
                ? RoleGrantRequest.Status.WITHDRAWN : RoleGrantRequest.Status.REFUSED, actor.username(), clock.instant()));
        securityEvents.record(SecurityEvents.Kind.ROLE_GRANT_REFUSED, actor.username(), request.role() + " for "
                + users.findById(request.userId()).map(UserAccount::username).orElse("?") + " not granted");
    }

    private RoleGrantRequest pendingRequest(UUID requestId) {
        RoleGrantRequest request = grants.findById(requestId).orElseThrow(() -> new NotFoundException("No role grant " + requestId));
        if (request.status() != RoleGrantRequest.Status.PENDING) {
            throw new ConflictException("This role grant was already " + request.status().name().toLowerCase());
        }
        return request;
    }

    /** Records that a role needing approval was asked for; it waits for a second administrator. */
    void request(UserAccount account, Role role, String actor) {
        if (grants.findPendingFor(account.id()).stream().anyMatch(g -> g.role() == role)) {
            return;
        }
        grants.save(RoleGrantRequest.pending(account.id(), role, actor, clock.instant()));
        securityEvents.record(SecurityEvents.Kind.ROLE_GRANT_REQUESTED, actor, role + " for " + account.username()
                + " asked for by " + actor + "; waits for a second administrator");
    }

    private RoleGrantView view(RoleGrantRequest g) {
        return new RoleGrantView(g.id(), g.userId(), users.findById(g.userId()).map(UserAccount::username).orElse("?"), g.role(),
                g.requestedBy(), g.requestedAt());
    }

    private Set<Role> pendingRoles(UUID userId) {
        Set<Role> pending = EnumSet.noneOf(Role.class);
        grants.findPendingFor(userId).forEach(g -> pending.add(g.role()));
        return pending;
    }
}
