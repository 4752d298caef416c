package uk.safeshare.identity.internal;

import java.time.Clock;
import java.time.ZoneOffset;
import java.util.EnumSet;
import java.util.List;
import java.util.UUID;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import uk.safeshare.identity.Identity;
import uk.safeshare.identity.Role;
import uk.safeshare.identity.RoleRules;
import uk.safeshare.identity.UserCommands.GroupRoleView;
import uk.safeshare.identity.UserCommands.MapGroup;
import uk.safeshare.shared.ConflictException;
import uk.safeshare.shared.ForbiddenException;
import uk.safeshare.shared.InvalidRequestException;
import uk.safeshare.shared.NotFoundException;

/**
 * The table administrators keep of which provider group gives which SafeShare role. A mapping is a
 * standing grant to everyone in the group, so one to a role that needs approval waits for a second
 * administrator, as a grant to one person does; administrator itself is never given by a group.
 */
@Service
class GroupRoles {

    private final JdbcClient jdbc;
    private final Identity identity;
    private final SecurityEvents events;
    private final UserAccountRepository users;
    private final Clock clock;

    GroupRoles(JdbcClient jdbc, Identity identity, SecurityEvents events, UserAccountRepository users, Clock clock) {
        this.jdbc = jdbc;
        this.identity = identity;
        this.events = events;
        this.users = users;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    List<GroupRoleView> all() {
        return jdbc.sql("SELECT id, group_name, role, status, requested_by, requested_at, decided_by FROM sso_group_role "
                        + "ORDER BY group_name, role")
                .query((rs, n) -> new GroupRoleView(rs.getObject(1, UUID.class), rs.getString(2), Role.valueOf(rs.getString(3)),
                        rs.getString(4), rs.getString(5), rs.getObject(6, java.time.OffsetDateTime.class).toInstant(), rs.getString(7)))
                .list();
    }

    @Transactional
    GroupRoleView add(MapGroup command) {
        String actor = identity.current().username();
        if (command.role() == Role.ADMIN) {
            throw new InvalidRequestException("role", "Administrator is never given through a group: grant it to a person");
        }
        boolean approval = RoleRules.needsApproval(command.role());
        UUID id = UUID.randomUUID();
        try {
            jdbc.sql("""
                    INSERT INTO sso_group_role (id, group_name, role, status, requested_by, requested_at, decided_by, decided_at, version)
                    VALUES (?, ?, ?, ?, ?, ?, ?, ?, 0)""")
                    .params(id, command.group(), command.role().name(), approval ? "PENDING" : "APPROVED", actor,
                            clock.instant().atOffset(ZoneOffset.UTC), approval ? null : actor,
                            approval ? null : clock.instant().atOffset(ZoneOffset.UTC)).update();
        } catch (DuplicateKeyException e) {
            throw new ConflictException("The group " + command.group() + " is already mapped to " + command.role().label());
        }
        events.record(approval ? SecurityEvents.Kind.GROUP_MAPPING_REQUESTED : SecurityEvents.Kind.GROUP_MAPPING_APPROVED, actor,
                "group " + command.group() + " mapped to " + command.role() + (approval ? "; waits for a second administrator" : ""));
        return one(id);
    }

    /** A second administrator approves: not the one who asked. */
    @Transactional
    GroupRoleView approve(UUID id) {
        String actor = identity.current().username();
        GroupRoleView mapping = one(id);
        if (!"PENDING".equals(mapping.status())) {
            throw new ConflictException("This mapping is already approved");
        }
        if (mapping.requestedBy().equals(actor)) {
            throw new ForbiddenException("A second administrator must approve this; you asked for it.");
        }
        jdbc.sql("UPDATE sso_group_role SET status = 'APPROVED', decided_by = ?, decided_at = ?, version = version + 1 "
                        + "WHERE id = ? AND status = 'PENDING'")
                .params(actor, clock.instant().atOffset(ZoneOffset.UTC), id).update();
        events.record(SecurityEvents.Kind.GROUP_MAPPING_APPROVED, actor, "group " + mapping.group() + " mapped to " + mapping.role()
                + ", asked for by " + mapping.requestedBy() + ", approved by " + actor);
        return one(id);
    }

    /**
     * Takes effect at once: whoever holds the role through a group loses it now, and gets it back at
     * their next sign-in only if another approved mapping still gives it to them.
     */
    @Transactional
    void remove(UUID id) {
        String actor = identity.current().username();
        GroupRoleView mapping = one(id);
        jdbc.sql("DELETE FROM sso_group_role WHERE id = ?").param(id).update();
        List<UUID> holders = jdbc.sql("SELECT user_id FROM sso_role_from_group WHERE role = ?").param(mapping.role().name())
                .query(UUID.class).list();
        for (UUID holder : holders) {
            users.findById(holder).ifPresent(account -> {
                var roles = EnumSet.noneOf(Role.class);
                roles.addAll(account.roleSet());
                roles.remove(mapping.role());
                users.save(account.withRoles(roles));
                events.record(SecurityEvents.Kind.ROLE_REMOVED, actor, mapping.role() + " removed from " + account.username()
                        + ": the group mapping that gave it was removed");
            });
        }
        jdbc.sql("DELETE FROM sso_role_from_group WHERE role = ?").param(mapping.role().name()).update();
        events.record(SecurityEvents.Kind.GROUP_MAPPING_REMOVED, actor, "group " + mapping.group() + " no longer mapped to "
                + mapping.role());
    }

    private GroupRoleView one(UUID id) {
        return all().stream().filter(m -> m.id().equals(id)).findFirst()
                .orElseThrow(() -> new NotFoundException("No group mapping " + id));
    }
}
