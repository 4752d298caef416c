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
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import uk.safeshare.audit.AuditEntry;
import uk.safeshare.shared.audit.DataProcessed;
import uk.safeshare.shared.web.RequestIds;

/**
 * Appends to the hash chain. Listens synchronously (not after commit) and demands the publisher's
 * transaction, so an entry commits or rolls back with the change it records (ADR 0002).
 *
 * <p>The chain's tip row is locked with SELECT ... FOR UPDATE: that lock, not the isolation level,
 * is what makes appends from many threads and many instances form one gap-free sequence. Entries
 * are collected during the transaction and appended together just before it commits, so the lock
 * is held only for the append and the commit, whatever order a use case publishes in, and it is
 * always taken after the use case's own row locks (no lock-order inversion).
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
        record(event);
    }

    /** Queues the entry in the current transaction; it is appended just before that transaction commits. */
    @Transactional(propagation = Propagation.MANDATORY)
    public void record(DataProcessed event) {
        Pending pending = null;
        // Synchronizations belong to one transaction (a REQUIRES_NEW one has its own), so entries never cross transactions.
        for (TransactionSynchronization synchronization : TransactionSynchronizationManager.getSynchronizations()) {
            if (synchronization instanceof Pending p) {
                pending = p;
            }
        }
        if (pending == null) {
            pending = new Pending();
            TransactionSynchronizationManager.registerSynchronization(pending);
        }
        pending.entries.add(new Queued(event, clock.instant().truncatedTo(ChronoUnit.MICROS), RequestIds.current()));
    }

    private record Queued(DataProcessed event, Instant at, String requestId) {
    }

    private final class Pending implements TransactionSynchronization {
        private final List<Queued> entries = new java.util.ArrayList<>();

        @Override
        public void beforeCommit(boolean readOnly) {
            for (Queued queued : entries) {
                append(queued.event(), queued.at(), queued.requestId());
            }
            entries.clear();
        }
    }

    AuditEntry append(DataProcessed event, Instant now, String requestId) {
        Object[] head = jdbc.sql("SELECT last_seq, last_hash FROM audit_head WHERE id = 1 FOR UPDATE")
                .query((rs, n) -> new Object[]{rs.getLong(1), rs.getString(2)}).single();
        long seq = (long) head[0] + 1;
        String prev = (String) head[1];
        // The time it happened, to microseconds: the precision both databases store, so the hash recomputes from what is read back.
        AuditEntry unsealed = new AuditEntry(seq, now, limit(event.actor(), 100), event.action(), event.caseId(),
                event.personIds(), event.justification(), limit(event.recipient(), 200), requestId,
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
