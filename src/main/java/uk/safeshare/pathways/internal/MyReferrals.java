package uk.safeshare.pathways.internal;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import uk.safeshare.identity.Identity;
import uk.safeshare.identity.Role;
import uk.safeshare.identity.SafeShareUser;
import uk.safeshare.pathways.ReferralCommands.Status;
import uk.safeshare.shared.ForbiddenException;
import uk.safeshare.shared.audit.AuditAction;
import uk.safeshare.shared.audit.DataProcessed;
import uk.safeshare.shared.web.SeenMarkers;

/**
 * The referrals a user made, with where each stands, and how many a partner has answered since they last looked:
 * the officer learns that a partner accepted, declined or closed a referral without opening each one.
 */
@Service
public class MyReferrals {

    static final String TOPIC = "MY_REFERRALS";

    /** One referral as its referrer follows it. */
    public record Mine(UUID id, String reference, UUID caseId, UUID personId, String organisation, Status status, Instant updatedAt) {
    }

    private final JdbcClient jdbc;
    private final Identity identity;
    private final SeenMarkers seen;
    private final ApplicationEventPublisher events;

    MyReferrals(JdbcClient jdbc, Identity identity, SeenMarkers seen, ApplicationEventPublisher events) {
        this.jdbc = jdbc;
        this.identity = identity;
        this.seen = seen;
        this.events = events;
    }

    @Transactional
    public List<Mine> mine() {
        SafeShareUser user = identity.current();
        if (user.roles().stream().noneMatch(Role::worksCases)) {
            throw new ForbiddenException("Only case-working staff make referrals");
        }
        List<Mine> list = jdbc.sql("""
                        SELECT r.id, r.reference, r.case_id, r.person_id, s.name, r.status, r.updated_at
                        FROM referral r JOIN support_service s ON s.id = r.support_service_id
                        WHERE r.created_by = ? ORDER BY r.updated_at DESC, r.id LIMIT 200""").param(user.username())
                .query((rs, n) -> new Mine(rs.getObject(1, UUID.class), rs.getString(2), rs.getObject(3, UUID.class),
                        rs.getObject(4, UUID.class), rs.getString(5), Status.valueOf(rs.getString(6)),
                        rs.getObject(7, OffsetDateTime.class).toInstant()))
                .list();
        seen.markSeen(user.username(), TOPIC);
        events.publishEvent(DataProcessed.of(AuditAction.CONSULTATION, user.username(), null,
                "listed " + list.size() + " of their own referrals"));
        return list;
    }

    /** Referrals of the caller's that a partner has written on since they last looked (0 for anyone else). */
    @Transactional(readOnly = true)
    public long answeredSinceLastSeen() {
        SafeShareUser user = identity.current();
        if (user == null || user.roles().stream().noneMatch(Role::worksCases)) {
            return 0;
        }
        Instant since = seen.lastSeen(user.username(), TOPIC).orElse(Instant.EPOCH);
        return jdbc.sql("""
                        SELECT COUNT(DISTINCT r.id) FROM referral r JOIN referral_note n ON n.referral_id = r.id
                        WHERE r.created_by = ? AND n.author <> r.created_by AND n.written_at > ?""")
                .params(user.username(), since.atOffset(ZoneOffset.UTC)).query(Long.class).single();
    }
}
