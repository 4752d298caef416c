package uk.safeshare.audit.internal;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import uk.safeshare.audit.AuditEntry;
import uk.safeshare.shared.audit.DataProcessed;
import uk.safeshare.shared.web.RequestIds;

/**
 * Appends to the hash chain. Listens synchronously (not after commit) and demands the publisher's
 * transaction, so an entry commits or rolls back with the change it records (ADR 0002).
 *
 * <p>The chain's tip row is locked with SELECT ... FOR UPDATE: that lock, not the isolation level,
 * is what makes appends from many threads and many instances form one gap-free sequence. Modules
 * publish their audit event as the last step of a use case, so the lock is held only briefly and
 * always taken after their own row locks (no lock-order inversion).
 */
@Component
class AuditAppender {

    private final JdbcClient jdbc;
    private final Clock clock;

    AuditAppender(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @EventListener
    @Transactional(propagation = Propagation.MANDATORY)
    public void on(DataProcessed event) {
        append(event);
    }

    @Transactional(propagation = Propagation.MANDATORY)
    public AuditEntry append(DataProcessed event) {
        Object[] head = jdbc.sql("SELECT last_seq, last_hash FROM audit_head WHERE id = 1 FOR UPDATE")
                .query((rs, n) -> new Object[]{rs.getLong(1), rs.getString(2)}).single();
        long seq = (long) head[0] + 1;
        String prev = (String) head[1];
        // Microseconds: the precision both databases store, so the hash recomputes from what is read back.
        Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
        AuditEntry unsealed = new AuditEntry(seq, now, limit(event.actor(), 100), event.action(), event.caseId(),
                event.personIds(), event.justification(), limit(event.recipient(), 200), RequestIds.current(),
                event.details(), prev, null);
        String hash = AuditHashing.hash(unsealed);
        jdbc.sql("""
                INSERT INTO audit_entry (seq, occurred_at, actor, action, case_id, person_ids, justification, recipient,
                                         request_id, details, prev_hash, entry_hash)
                VALUES (:seq, :at, :actor, :action, :caseId, :people, :why, :to, :request, :details, :prev, :hash)""")
                .param("seq", seq)
                .param("at", now.atOffset(ZoneOffset.UTC))
                .param("actor", unsealed.actor())
                .param("action", unsealed.action().name())
                .param("caseId", unsealed.caseId())
                .param("people", unsealed.personIds().stream().map(UUID::toString).sorted().collect(Collectors.joining(",")))
                .param("why", unsealed.justification())
                .param("to", unsealed.recipient())
                .param("request", unsealed.requestId())
                .param("details", unsealed.details())
                .param("prev", prev)
                .param("hash", hash)
                .update();
        for (UUID person : List.copyOf(new java.util.TreeSet<>(unsealed.personIds()))) {
            jdbc.sql("INSERT INTO audit_entry_person (seq, person_id) VALUES (?, ?)").params(seq, person).update();
        }
        jdbc.sql("UPDATE audit_head SET last_seq = ?, last_hash = ? WHERE id = 1").params(seq, hash).update();
        return new AuditEntry(seq, now, unsealed.actor(), unsealed.action(), unsealed.caseId(), unsealed.personIds(),
                unsealed.justification(), unsealed.recipient(), unsealed.requestId(), unsealed.details(), prev, hash);
    }

    private static String limit(String s, int max) {
        return s == null || s.length() <= max ? s : s.substring(0, max);
    }
}
