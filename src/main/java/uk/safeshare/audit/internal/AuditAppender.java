package uk.safeshare.audit.internal;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.sql.Types;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import uk.safeshare.shared.audit.DataProcessed;
import uk.safeshare.shared.web.RequestIds;

/**
 * Writes audit entries in the publisher's transaction (ADR 0010): the listener is synchronous and
 * demands that transaction, so an entry commits or rolls back with the change it records.
 *
 * <p>Nothing is shared between transactions: each entry takes its number from a database sequence
 * and is inserted as a row of its own; no hash is computed here. The sequencer later gives each
 * committed entry its place in the Merkle tree. Entries published during a transaction are queued
 * and written together just before it commits, however many there are: on PostgreSQL in one
 * statement (the entries, their people and the sequencer's queue, inserted from arrays), elsewhere
 * one query for their numbers, then one batched insert each for the entries, their people and the
 * queue.
 */
@Component
class AuditAppender {

    private final JdbcTemplate jdbc;
    private final Clock clock;
    private final Sequencer sequencer;
    private final AuditTextSealer sealer;
    private final Timer appendTime;
    private volatile Boolean postgres;

    AuditAppender(JdbcTemplate jdbc, Clock clock, Sequencer sequencer, AuditTextSealer sealer, MeterRegistry meters) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.sequencer = sequencer;
        this.sealer = sealer;
        // Time spent writing a transaction's entries just before it commits: what the audit log adds to every change.
        this.appendTime = Timer.builder("safeshare.audit.append")
                .description("Writing a transaction's audit entries before it commits")
                .publishPercentileHistogram()
                .register(meters);
    }

    @EventListener
    @Transactional(propagation = Propagation.MANDATORY)
    public void on(DataProcessed event) {
        record(event);
    }

    /** Queues the entry in the current transaction; it is written just before that transaction commits. */
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
        // The time it happened, to microseconds: the precision both databases store, so the leaf recomputes from what is read back.
        pending.entries.add(new Queued(event, clock.instant().truncatedTo(ChronoUnit.MICROS), RequestIds.current()));
    }

    private record Queued(DataProcessed event, Instant at, String requestId) {
    }

    /**
     * An entry's column values as stored, worked out once whichever way they are written, so that both databases store
     * (and the leaf is computed over) the same: the people sorted, the justification sealed, long texts cut.
     */
    private record Row(Instant at, String actor, String action, UUID caseId, String personIds, List<UUID> people,
                       String justification, String recipient, String requestId, String details) {
    }

    private Row row(Queued q) {
        DataProcessed e = q.event();
        return new Row(q.at(), limit(e.actor(), 100), e.action().name(), e.caseId(),
                e.personIds().stream().map(UUID::toString).sorted().collect(Collectors.joining(",")),
                List.copyOf(new TreeSet<>(e.personIds())), sealer.seal(e.caseId(), e.personIds(), e.justification()),
                limit(e.recipient(), 200), q.requestId(), e.details());
    }

    private final class Pending implements TransactionSynchronization {
        private final List<Queued> entries = new ArrayList<>();

        @Override
        public void beforeCommit(boolean readOnly) {
            appendTime.record(() -> write(entries));
            entries.clear();
        }

        @Override
        public void afterCommit() {
            sequencer.nudge();
        }
    }

    private void write(List<Queued> entries) {
        if (entries.isEmpty()) {
            return;
        }
        if (postgres()) {
            writeInOneStatement(entries);
            return;
        }
        List<Long> ids = entries.size() == 1
                ? jdbc.queryForList("SELECT nextval('audit_entry_seq')", Long.class)
                : jdbc.queryForList("SELECT nextval('audit_entry_seq') FROM generate_series(1, ?)", Long.class, entries.size());
        List<Object[]> rows = new ArrayList<>(entries.size());
        List<Object[]> people = new ArrayList<>();
        for (int i = 0; i < entries.size(); i++) {
            Row r = row(entries.get(i));
            long seq = ids.get(i);
            rows.add(new Object[]{seq, r.at().atOffset(ZoneOffset.UTC), r.actor(), r.action(), r.caseId(), r.personIds(),
                    r.justification(), r.recipient(), r.requestId(), r.details()});
            r.people().forEach(p -> people.add(new Object[]{seq, p}));
        }
        jdbc.batchUpdate("""
                INSERT INTO audit_entry (seq, occurred_at, actor, action, case_id, person_ids, justification, recipient,
                                         request_id, details)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""", rows, rows.size(), (ps, row) -> {
            ps.setLong(1, (Long) row[0]);
            ps.setObject(2, row[1]);
            ps.setString(3, (String) row[2]);
            ps.setString(4, (String) row[3]);
            if (row[4] == null) {
                ps.setNull(5, Types.OTHER);
            } else {
                ps.setObject(5, row[4]);
            }
            for (int c = 5; c < 10; c++) {
                ps.setString(c + 1, (String) row[c]);
            }
        });
        if (!people.isEmpty()) {
            jdbc.batchUpdate("INSERT INTO audit_entry_person (seq, person_id) VALUES (?, ?)", people);
        }
        jdbc.batchUpdate("INSERT INTO audit_entry_queue (seq) VALUES (?)", ids.stream().map(id -> new Object[]{id}).toList());
    }

    /**
     * PostgreSQL: every entry, its people and its place in the sequencer's queue in one statement, one round
     * trip instead of four (what a sharing request's transaction spends most on is statements: docs/benchmarks.md).
     * The numbers come from the same sequence, once per entry (the entries are materialised before the inserts read
     * them); the values are the same as the batched inserts write, so the leaves are the same.
     */
    private void writeInOneStatement(List<Queued> entries) {
        int n = entries.size();
        String[] at = new String[n];
        String[] actor = new String[n];
        String[] action = new String[n];
        String[] caseId = new String[n];
        String[] personIds = new String[n];
        String[] people = new String[n];
        String[] justification = new String[n];
        String[] recipient = new String[n];
        String[] requestId = new String[n];
        String[] details = new String[n];
        for (int i = 0; i < n; i++) {
            Row r = row(entries.get(i));
            at[i] = r.at().toString();
            actor[i] = r.actor();
            action[i] = r.action();
            caseId[i] = r.caseId() == null ? null : r.caseId().toString();
            personIds[i] = r.personIds();
            people[i] = r.people().stream().map(UUID::toString).collect(Collectors.joining(","));
            justification[i] = r.justification();
            recipient[i] = r.recipient();
            requestId[i] = r.requestId();
            details[i] = r.details();
        }
        Long written = jdbc.execute((java.sql.Connection c) -> {
            try (var ps = c.prepareStatement(ONE_STATEMENT)) {
                Object[][] columns = {at, actor, action, caseId, personIds, people, justification, recipient, requestId, details};
                for (int i = 0; i < columns.length; i++) {
                    ps.setArray(i + 1, c.createArrayOf("text", columns[i]));
                }
                try (var rs = ps.executeQuery()) {
                    rs.next();
                    return rs.getLong(1);
                }
            }
        });
        if (written == null || written != n) {
            throw new IllegalStateException("Wrote " + written + " audit entries of " + n);
        }
    }

    private static final String ONE_STATEMENT = """
            WITH r AS MATERIALIZED (
                SELECT nextval('audit_entry_seq') AS seq, t.*
                FROM unnest(CAST(? AS text[]), CAST(? AS text[]), CAST(? AS text[]), CAST(? AS text[]), CAST(? AS text[]),
                            CAST(? AS text[]), CAST(? AS text[]), CAST(? AS text[]), CAST(? AS text[]), CAST(? AS text[]))
                     WITH ORDINALITY AS t(occurred_at, actor, action, case_id, person_ids, people, justification, recipient,
                                          request_id, details, ord)
                ORDER BY t.ord),
            e AS (INSERT INTO audit_entry (seq, occurred_at, actor, action, case_id, person_ids, justification, recipient,
                                           request_id, details)
                  SELECT seq, CAST(occurred_at AS timestamptz), actor, action, CAST(case_id AS uuid), person_ids, justification,
                         recipient, request_id, details FROM r),
            q AS (INSERT INTO audit_entry_queue (seq) SELECT seq FROM r),
            p AS (INSERT INTO audit_entry_person (seq, person_id)
                  SELECT r.seq, CAST(x AS uuid) FROM r CROSS JOIN LATERAL unnest(string_to_array(NULLIF(r.people, ''), ',')) AS x)
            SELECT COUNT(*) FROM r""";

    private boolean postgres() {
        Boolean known = postgres;
        if (known == null) {
            known = Boolean.TRUE.equals(jdbc.execute((java.sql.Connection c) ->
                    c.getMetaData().getDatabaseProductName().equals("PostgreSQL")));
            postgres = known;
        }
        return known;
    }

    private static String limit(String s, int max) {
        return s == null || s.length() <= max ? s : s.substring(0, max);
    }
}
