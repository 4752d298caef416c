package uk.safeshare.cases.internal;

import java.time.Clock;
import java.time.ZoneOffset;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import uk.safeshare.identity.Role;
import uk.safeshare.identity.SafeShareUser;
import uk.safeshare.identity.TeamId;

/**
 * Need-to-know: a case-working user sees their own team's cases; any other case only after a
 * recorded, unexpired break-glass reason. Roles that do not work cases never see one.
 */
@Component
class CaseAccess {

    enum Grant { TEAM, BREAK_GLASS, NONE }

    private final JdbcClient jdbc;
    private final Clock clock;

    CaseAccess(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    Grant grantFor(SafeShareUser user, CaseFile caseFile) {
        return grantFor(user, caseFile.id(), caseFile.teamId());
    }

    /** The same, for a case known by its id and its team (read without loading the case). */
    Grant grantFor(SafeShareUser user, UUID caseId, UUID teamId) {
        if (user.roles().stream().noneMatch(Role::worksCases)) {
            return Grant.NONE;
        }
        if (user.isMemberOf(new TeamId(teamId))) {
            return Grant.TEAM;
        }
        boolean glass = jdbc.sql("SELECT COUNT(*) FROM break_glass WHERE user_id = ? AND case_id = ? AND expires_at > ?")
                .params(user.id().value(), caseId, clock.instant().atOffset(ZoneOffset.UTC))
                .query(Long.class).single() > 0;
        return glass ? Grant.BREAK_GLASS : Grant.NONE;
    }
}
