package uk.safeshare.audit.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import uk.safeshare.audit.AuditLog;
import uk.safeshare.shared.audit.AuditAction;
import uk.safeshare.shared.audit.DataProcessed;
import uk.safeshare.support.SafeShareTest;

/**
 * The sequencer's promises: one at a time, another takes over when the holder's lease lapses, and
 * an entry is integrated exactly once whatever happens between its commit and its integration
 * (the sequencer dying, a transaction committing after one with a later number, a rollback).
 * The service's own sequencer is stopped during each test; two stand-ins share its database.
 */
@SafeShareTest
class SequencerTest {

    @Autowired Sequencer serviceSequencer;
    @Autowired DataSource dataSource;
    @Autowired JdbcTemplate jdbcTemplate;
    @Autowired JdbcClient jdbc;
    @Autowired PlatformTransactionManager transactions;
    @Autowired TransactionTemplate tx;
    @Autowired ApplicationEventPublisher events;
    @Autowired LogSigningKey key;
    @Autowired AuditLog log;

    /** A clock the test moves on, so a lease can lapse without waiting for it. */
    static final class MovableClock extends Clock {
        private Instant now = Instant.now();

        void advance(Duration d) {
            now = now.plus(d);
        }

        @Override
        public Instant instant() {
            return now;
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }
    }

    private final MovableClock clock = new MovableClock();

    @BeforeEach
    void stopTheServicesSequencer() {
        serviceSequencer.stop();
        assertThat(serviceSequencer.awaitIntegration(Duration.ofSeconds(10))).isTrue();
        serviceSequencer.stop();
    }

    @AfterEach
    void startItAgain() {
        jdbc.sql("UPDATE audit_sequencer_lease SET holder = NULL, expires_at = ?").param(Instant.EPOCH.atOffset(ZoneOffset.UTC)).update();
        serviceSequencer.start();
    }

    private Sequencer sequencer(JdbcTemplate template) {
        return new Sequencer(template, transactions, key.signer(), clock, Duration.ofHours(1));
    }

    private Sequencer sequencer() {
        return sequencer(jdbcTemplate);
    }

    private void write(String details) {
        tx.executeWithoutResult(s -> events.publishEvent(
                DataProcessed.of(AuditAction.CONSULTATION, "sequencer.test", null, details).aboutPeople(List.of(UUID.randomUUID()))));
    }

    private long waiting() {
        return jdbc.sql("SELECT COUNT(*) FROM audit_entry_queue").query(Long.class).single();
    }

    private Long place(String details) {
        return jdbc.sql("SELECT n.idx FROM audit_entry e JOIN audit_tree_node n ON n.level = 0 AND n.seq = e.seq WHERE e.details = ?")
                .param(details).query(Long.class).optional().orElse(null);
    }

    @Test
    void one_sequencer_at_a_time_integrates_and_another_takes_over_when_the_holders_lease_lapses() {
        Sequencer first = sequencer();
        Sequencer second = sequencer();
        assertThat(first.round()).isInstanceOf(Sequencer.Outcome.Integrated.class);
        write("while the first holds the lease");
        assertThat(second.round()).as("the lease is held").isInstanceOf(Sequencer.Outcome.NotLeader.class);
        assertThat(waiting()).isEqualTo(1);

        // The first instance dies: nothing renews its lease.
        clock.advance(Sequencer.LEASE.plusSeconds(1));
        assertThat(second.round()).isEqualTo(new Sequencer.Outcome.Integrated(1, jdbc.sql("SELECT tree_size FROM audit_tree_head")
                .query(Long.class).single()));
        assertThat(waiting()).isZero();
        assertThat(first.round()).as("the old holder does not come back while the new one renews").isInstanceOf(Sequencer.Outcome.NotLeader.class);
        assertThat(log.verify().ok()).as(log.verify().describe()).isTrue();
    }

    @Test
    void entries_committed_before_a_crash_mid_batch_are_integrated_once_after_restart() {
        write("committed, then the sequencer dies, one");
        write("committed, then the sequencer dies, two");
        long sizeBefore = jdbc.sql("SELECT tree_size FROM audit_tree_head").query(Long.class).single();
        // Dies after giving the entries their places and storing the nodes, before moving the head and committing.
        JdbcTemplate dying = new JdbcTemplate(dataSource) {
            @Override
            public int update(String sql, Object... args) {
                if (sql.startsWith("UPDATE audit_tree_head")) {
                    throw new IllegalStateException("the process died here");
                }
                return super.update(sql, args);
            }
        };
        assertThatThrownBy(() -> sequencer(dying).round()).hasMessageContaining("died");
        assertThat(place("committed, then the sequencer dies, one")).as("the batch rolled back").isNull();
        assertThat(jdbc.sql("SELECT COUNT(*) FROM audit_tree_node WHERE level = 0 AND idx >= ?").param(sizeBefore).query(Long.class).single())
                .isZero();

        clock.advance(Sequencer.LEASE.plusSeconds(1));
        Sequencer restarted = sequencer();
        assertThat(restarted.round()).isEqualTo(new Sequencer.Outcome.Integrated(2, sizeBefore + 2));
        assertThat(List.of(place("committed, then the sequencer dies, one"), place("committed, then the sequencer dies, two")))
                .containsExactlyInAnyOrder(sizeBefore, sizeBefore + 1);
        assertThat(restarted.round()).as("nothing twice").isEqualTo(new Sequencer.Outcome.Integrated(0, sizeBefore + 2));
        assertThat(log.verify().ok()).as(log.verify().describe()).isTrue();
    }

    @Test
    void an_entry_committed_after_a_later_numbered_one_was_integrated_is_integrated_next_and_a_rolled_back_number_holds_nothing_up()
            throws Exception {
        Sequencer sequencer = sequencer();
        sequencer.round();
        CountDownLatch numbered = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        // A slow transaction takes its number, then takes its time to commit.
        CompletableFuture<Long> slow = CompletableFuture.supplyAsync(() -> tx.execute(s -> {
            long seq = jdbc.sql("SELECT nextval('audit_entry_seq')").query(Long.class).single();
            jdbc.sql("INSERT INTO audit_entry (seq, occurred_at, actor, action, person_ids, request_id, details) VALUES (?, ?, ?, ?, '', '-', ?)")
                    .params(seq, Instant.now().truncatedTo(java.time.temporal.ChronoUnit.MICROS).atOffset(ZoneOffset.UTC),
                            "sequencer.test", "CONSULTATION", "numbered first, committed last").update();
            jdbc.sql("INSERT INTO audit_entry_queue (seq) VALUES (?)").param(seq).update();
            numbered.countDown();
            await(release);
            return seq;
        }));
        await(numbered);
        // A number taken and rolled back: a gap that never fills.
        tx.executeWithoutResult(s -> {
            jdbc.sql("SELECT nextval('audit_entry_seq')").query(Long.class).single();
            s.setRollbackOnly();
        });
        write("numbered later, committed first");
        sequencer.round();
        assertThat(place("numbered later, committed first")).as("not held up by the open transaction or the rolled-back number").isNotNull();

        release.countDown();
        long slowSeq = slow.get(10, TimeUnit.SECONDS);
        sequencer.round();
        Long slowPlace = place("numbered first, committed last");
        assertThat(slowPlace).as("found by the next batch, not skipped").isNotNull();
        assertThat(slowPlace).isGreaterThan(place("numbered later, committed first"));
        assertThat(slowSeq).isLessThan(jdbc.sql("SELECT seq FROM audit_entry WHERE details = 'numbered later, committed first'")
                .query(Long.class).single());
        assertThat(waiting()).isZero();
        assertThat(log.verify().ok()).as(log.verify().describe()).isTrue();
    }

    private static void await(CountDownLatch latch) {
        try {
            assertThat(latch.await(10, TimeUnit.SECONDS)).isTrue();
        } catch (InterruptedException e) {
            throw new IllegalStateException(e);
        }
    }
}
