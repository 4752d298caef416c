package uk.safeshare.audit.internal;

import java.security.MessageDigest;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.SmartLifecycle;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import uk.safeshare.audit.AuditEntry;

/**
 * Integrates committed audit entries into the Merkle tree, in batches, and signs a checkpoint of
 * each new tree (ADR 0010). Runs in every instance; one at a time holds the lease row and does the
 * work, and any other takes over when the lease lapses (the holder stopped or died).
 *
 * <p>Which entries: those in the queue ({@code audit_entry_queue}, written with each entry), read
 * after the tree's head row is locked, in number order. There is no cursor: an entry whose transaction
 * took its number earlier but committed later is simply found by the next batch, and a number
 * whose transaction rolled back is never seen, so nothing waits for a gap and nothing is skipped.
 *
 * <p>Why none is integrated twice or lost: a batch is one transaction that locks the head row,
 * checks the tree size it expects, takes each entry off the queue (failing if it is no longer
 * there), stores its leaf and the new subtrees, and moves the head. If the process dies before the
 * commit, the whole batch rolls back and the entries are found again after restart; the queue, the
 * unique entry number on leaves and the size check refuse a second sequencer working from a stale
 * view even if two ever ran at once.
 */
@Component
public class Sequencer implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(Sequencer.class);
    static final Duration LEASE = Duration.ofSeconds(5);
    /** Longest wait between rounds without a commit to wake it: the stated maximum delay is this plus one batch. */
    static final Duration POLL = Duration.ofMillis(250);
    /** The shortest pause between rounds, however often commits nudge. */
    static final Duration GATHER = Duration.ofMillis(50);
    static final int BATCH = 5_000;

    public sealed interface Outcome {
        record NotLeader() implements Outcome {
        }

        record Integrated(int entries, long treeSize) implements Outcome {
        }
    }

    private final JdbcTemplate jdbc;
    private final TransactionTemplate tx;
    private final SignedNote.Signer signer;
    private final Clock clock;
    private final Duration period;
    private final String holder = UUID.randomUUID().toString();
    private final Object signal = new Object();

    private Frontier frontier;
    private Instant leaseUntil;
    private Instant keptPeriod;
    private boolean nudged;
    private volatile boolean running;
    private Thread thread;

    @org.springframework.beans.factory.annotation.Autowired
    Sequencer(JdbcTemplate jdbc, PlatformTransactionManager transactions, LogSigningKey key, Clock clock,
              @Value("${safeshare.audit.checkpoint-period:PT1H}") Duration period) {
        this(jdbc, transactions, key.signer(), clock, period);
    }

    Sequencer(JdbcTemplate jdbc, PlatformTransactionManager transactions, SignedNote.Signer signer, Clock clock, Duration period) {
        this.jdbc = jdbc;
        this.tx = new TransactionTemplate(transactions);
        this.signer = signer;
        this.clock = clock;
        this.period = period;
    }

    /** A transaction with audit entries has committed: integrate soon rather than at the next poll. */
    void nudge() {
        synchronized (signal) {
            nudged = true;
            signal.notifyAll();
        }
    }

    /** One round: take or renew the lease and, if held, integrate what has committed. */
    public synchronized Outcome round() {
        if (!holdLease()) {
            return new Outcome.NotLeader();
        }
        try {
            Frontier[] next = new Frontier[1];
            int integrated = tx.execute(s -> integrate(next));
            frontier = next[0];
            return new Outcome.Integrated(integrated, frontier.size());
        } catch (RuntimeException e) {
            // Whatever this instance believed about the tree may be stale: read it again next round.
            frontier = null;
            throw e;
        }
    }

    private boolean holdLease() {
        Instant now = clock.instant();
        if (leaseUntil != null && now.isBefore(leaseUntil.minus(LEASE).plusSeconds(1))) {
            return true;
        }
        Instant until = now.plus(LEASE);
        int taken = jdbc.update("UPDATE audit_sequencer_lease SET holder = ?, expires_at = ? WHERE id = 1 AND (holder = ? OR expires_at < ?)",
                holder, until.atOffset(ZoneOffset.UTC), holder, now.atOffset(ZoneOffset.UTC));
        if (taken == 1) {
            if (leaseUntil == null) {
                log.info("This instance now runs the audit log's sequencer");
                frontier = null;
            }
            leaseUntil = until;
            return true;
        }
        leaseUntil = null;
        frontier = null;
        return false;
    }

    private void releaseLease() {
        jdbc.update("UPDATE audit_sequencer_lease SET holder = NULL, expires_at = ? WHERE id = 1 AND holder = ?",
                Instant.EPOCH.atOffset(ZoneOffset.UTC), holder);
        leaseUntil = null;
    }

    private int integrate(Frontier[] next) {
        record Head(long size, String checkpoint) {
        }
        Head head = jdbc.queryForObject("SELECT tree_size, checkpoint FROM audit_tree_head WHERE id = 1 FOR UPDATE",
                (rs, n) -> new Head(rs.getLong(1), rs.getString(2)));
        Frontier f = frontier != null && frontier.size() == head.size() ? frontier.copy()
                : Frontier.of(head.size(), new StoredNodes(jdbc));
        List<AuditEntry> entries = jdbc.query(EntryRows.queued(BATCH), (rs, n) -> EntryRows.read(rs));
        Instant now = clock.instant();
        Instant periodStart = Instant.ofEpochSecond(now.getEpochSecond() - Math.floorMod(now.getEpochSecond(), period.toSeconds()));
        // Looked up again with every batch, so a kept checkpoint that was removed is kept anew.
        boolean periodKept = entries.isEmpty() && periodStart.equals(keptPeriod) || isKept(periodStart);
        if (entries.isEmpty() && head.checkpoint() != null && periodKept) {
            next[0] = f;
            return 0;
        }
        List<Object[]> taken = new ArrayList<>(entries.size());
        List<Object[]> nodes = new ArrayList<>(entries.size() + entries.size() / 8 + 8);
        MessageDigest digest = Merkle.sha256();
        for (AuditEntry e : entries) {
            taken.add(new Object[]{e.seq()});
            f.append(Merkle.leafHash(digest, LeafEncoding.encode(e)), (level, index, hash) -> {
                if (StoredNodes.stored(level)) {
                    nodes.add(new Object[]{level, index, hash, level == 0 ? e.seq() : null});
                }
            });
        }
        if (!entries.isEmpty()) {
            for (int removed : jdbc.batchUpdate("DELETE FROM audit_entry_queue WHERE seq = ?", taken)) {
                if (removed == 0) {
                    throw new IllegalStateException("An audit entry was integrated by someone else during this batch");
                }
            }
            jdbc.batchUpdate("INSERT INTO audit_tree_node (level, idx, hash, seq) VALUES (?, ?, ?, ?)", nodes, nodes.size(), (ps, row) -> {
                ps.setInt(1, (Integer) row[0]);
                ps.setLong(2, (Long) row[1]);
                ps.setBytes(3, (byte[]) row[2]);
                if (row[3] == null) {
                    ps.setNull(4, java.sql.Types.BIGINT);
                } else {
                    ps.setLong(4, (Long) row[3]);
                }
            });
        }
        byte[] root = f.root();
        String note = signer.sign(SignedNote.checkpointBody(signer.name(), f.size(), root, now));
        int moved = jdbc.update("UPDATE audit_tree_head SET tree_size = ?, root_hash = ?, checkpoint = ?, updated_at = ? WHERE id = 1 AND tree_size = ?",
                f.size(), root, note, Timestamp.from(now), head.size());
        if (moved != 1) {
            throw new IllegalStateException("The audit tree moved during this batch");
        }
        if (!periodKept) {
            jdbc.update("INSERT INTO audit_checkpoint (period_start, tree_size, root_hash, issued_at, note) VALUES (?, ?, ?, ?, ?)",
                    periodStart.atOffset(ZoneOffset.UTC), f.size(), root, now.atOffset(ZoneOffset.UTC), note);
        }
        keptPeriod = periodStart;
        next[0] = f;
        return entries.size();
    }

    private boolean isKept(Instant periodStart) {
        return !jdbc.queryForList("SELECT 1 FROM audit_checkpoint WHERE period_start = ?", Integer.class,
                periodStart.atOffset(ZoneOffset.UTC)).isEmpty();
    }

    /** Until every entry committed before the call is in the tree (whoever integrates it), or the time is up. */
    public boolean awaitIntegration(Duration timeout) {
        Long newest = jdbc.queryForObject("SELECT MAX(seq) FROM audit_entry_queue", Long.class);
        Instant deadline = clock.instant().plus(timeout);
        while (newest != null) {
            try {
                round();
            } catch (RuntimeException e) {
                log.debug("Integration round failed; retrying", e);
            }
            Long left = jdbc.queryForObject("SELECT COUNT(*) FROM audit_entry_queue WHERE seq <= ?", Long.class, newest);
            if (left == null || left == 0) {
                return true;
            }
            if (clock.instant().isAfter(deadline)) {
                return false;
            }
            synchronized (signal) {
                try {
                    signal.wait(20);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return false;
                }
            }
        }
        return true;
    }

    @Override
    public void start() {
        running = true;
        thread = Thread.ofPlatform().daemon().name("audit-sequencer").start(this::loop);
    }

    private void loop() {
        while (running) {
            boolean full = false;
            try {
                full = round() instanceof Outcome.Integrated i && i.entries() == BATCH;
            } catch (RuntimeException e) {
                if (running) {
                    log.warn("Audit sequencer round failed; retrying: {}", e.getMessage());
                }
            }
            if (full) {
                continue;
            }
            try {
                // Under load every commit nudges: gathering for a moment makes fewer, larger batches.
                Thread.sleep(GATHER.toMillis());
                synchronized (signal) {
                    if (!nudged && running) {
                        signal.wait(POLL.minus(GATHER).toMillis());
                    }
                    nudged = false;
                }
            } catch (InterruptedException e) {
                return;
            }
        }
    }

    @Override
    public void stop() {
        running = false;
        if (thread != null) {
            thread.interrupt();
            try {
                thread.join(Duration.ofSeconds(10));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            thread = null;
        }
        synchronized (this) {
            try {
                releaseLease();
            } catch (RuntimeException e) {
                log.debug("Could not release the sequencer lease; it lapses by itself", e);
            }
        }
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    @Override
    public int getPhase() {
        // Stops before the connection pool closes, starts after it opens.
        return Integer.MAX_VALUE - 100;
    }
}
