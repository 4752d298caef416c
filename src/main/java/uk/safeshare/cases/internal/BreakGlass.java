package uk.safeshare.cases.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import uk.safeshare.cases.CaseCommands.BreakGlassReason;
import uk.safeshare.cases.CaseViews.BreakGlassUse;
import uk.safeshare.identity.Identity;
import uk.safeshare.identity.Role;
import uk.safeshare.identity.SafeShareUser;
import uk.safeshare.shared.ForbiddenException;
import uk.safeshare.shared.NotFoundException;
import uk.safeshare.shared.audit.AuditAction;
import uk.safeshare.shared.audit.DataProcessed;
import uk.safeshare.shared.validation.CommandValidator;

/**
 * Break-glass: a case-working user opens a case outside their team by recording why. The reason is
 * audited, the access lasts a limited time, and supervisors see every use on their team's cases.
 */
@Service
public class BreakGlass {

    private final CaseFileRepository cases;
    private final JdbcClient jdbc;
    private final CommandValidator validator;
    private final ApplicationEventPublisher events;
    private final Identity identity;
    private final Clock clock;
    private final Duration duration;

    BreakGlass(CaseFileRepository cases, JdbcClient jdbc, CommandValidator validator, ApplicationEventPublisher events,
               Identity identity, Clock clock, @Value("${safeshare.security.break-glass-duration:PT8H}") Duration duration) {
        this.cases = cases;
        this.jdbc = jdbc;
        this.validator = validator;
        this.events = events;
        this.identity = identity;
        this.clock = clock;
        this.duration = duration;
    }

    @Transactional
    public Instant open(UUID caseId, BreakGlassReason reason) {
        SafeShareUser user = identity.current();
        validator.validate(reason);
        if (user.roles().stream().noneMatch(Role::worksCases)) {
            throw new ForbiddenException("Only officers, caseworkers, supervisors and the DPO can open cases");
        }
        CaseFile caseFile = cases.findById(caseId).orElseThrow(() -> new NotFoundException("No case " + caseId));
        Instant now = clock.instant();
        Instant expires = now.plus(duration);
        jdbc.sql("""
                INSERT INTO break_glass (id, user_id, username, case_id, team_id, reason, granted_at, expires_at)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(UUID.randomUUID(), user.id().value(), user.username(), caseFile.id(), caseFile.teamId(),
                        reason.reason().trim(), now.atOffset(ZoneOffset.UTC), expires.atOffset(ZoneOffset.UTC))
                .update();
        events.publishEvent(DataProcessed.of(AuditAction.BREAK_GLASS, user.username(), caseFile.id(),
                "opened case " + caseFile.reference() + " outside their team until " + expires).because(reason.reason().trim()));
        return expires;
    }

    /** Supervisors see uses on their own team's cases; the DPO sees all. Newest first, last 90 days. */
    @Transactional(readOnly = true)
    public List<BreakGlassUse> recentUses() {
        SafeShareUser user = identity.current();
        boolean all = user.has(Role.DPO);
        if (!all && (!user.has(Role.SUPERVISOR) || user.teamId() == null)) {
            return List.of();
        }
        OffsetDateTime since = clock.instant().minus(Duration.ofDays(90)).atOffset(ZoneOffset.UTC);
        String sql = "SELECT b.id, b.username, b.case_id, c.reference, b.reason, b.granted_at, b.expires_at "
                + "FROM break_glass b JOIN case_file c ON c.id = b.case_id WHERE b.granted_at >= ?"
                + (all ? "" : " AND b.team_id = ?") + " ORDER BY b.granted_at DESC LIMIT 500";
        var statement = jdbc.sql(sql).param(since);
        if (!all) {
            statement = statement.param(user.teamId().value());
        }
        return statement.query((rs, n) -> new BreakGlassUse(rs.getObject(1, UUID.class), rs.getString(2),
                rs.getObject(3, UUID.class), rs.getString(4), rs.getString(5),
                rs.getObject(6, OffsetDateTime.class).toInstant(), rs.getObject(7, OffsetDateTime.class).toInstant())).list();
    }
}
