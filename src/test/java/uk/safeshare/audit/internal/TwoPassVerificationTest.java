package uk.safeshare.audit.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.sql.Connection;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;
import uk.safeshare.audit.TransparencyLog;
import uk.safeshare.audit.Verification;
import uk.safeshare.shared.audit.AuditAction;
import uk.safeshare.shared.audit.DataProcessed;
import uk.safeshare.support.SafeShareTest;

/**
 * On PostgreSQL the verifier reads the entries apart from the tree (two passes, ADR 0019). For the
 * tamperings the one-pass walk names, both give the same verdict, word for word. Alterations of
 * an entry, a leaf, a node, a checkpoint and removals are each tested through the service in
 * {@code AuditLogTest}, which on PostgreSQL runs the two-pass way.
 */
@SafeShareTest
class TwoPassVerificationTest {

    @Autowired ApplicationEventPublisher events;
    @Autowired TransactionTemplate tx;
    @Autowired JdbcClient jdbc;
    @Autowired DataSource dataSource;
    @Autowired TransparencyLog transparency;
    @Value("${spring.datasource.url}") String url;

    private long seq;
    private long leaf;

    @BeforeEach
    void an_entry_in_the_tree() {
        assumeTrue(url.startsWith("jdbc:postgresql:"), "the two-pass verification is PostgreSQL's");
        String details = "two-pass " + UUID.randomUUID();
        tx.executeWithoutResult(s -> events.publishEvent(
                DataProcessed.of(AuditAction.CONSULTATION, "log.test", null, details).aboutPeople(List.of(UUID.randomUUID()))));
        assertThat(transparency.awaitIntegration(Duration.ofSeconds(10))).isTrue();
        seq = jdbc.sql("SELECT seq FROM audit_entry WHERE details = ?").param(details).query(Long.class).single();
        leaf = jdbc.sql("SELECT idx FROM audit_tree_node WHERE level = 0 AND seq = ?").param(seq).query(Long.class).single();
    }

    @Test
    void an_intact_log_verifies_both_ways_with_the_same_root_and_bytes() throws Exception {
        long[] onePass = new long[1];
        long[] twoPass = new long[1];
        Verification one = verify(false, onePass);
        Verification two = verify(true, twoPass);
        assertThat(two.ok()).as(two.describe()).isTrue();
        assertThat(two.describe()).isEqualTo(one.describe());
        assertThat(twoPass[0]).as("bytes hashed").isEqualTo(onePass[0]).isPositive();
    }

    @Test
    void reading_a_few_numbers_and_leaves_at_a_time_gives_the_same_verdict_as_one_walk() throws Exception {
        // Windows far smaller than the log, cutting across subtrees, so that the spans of the first pass and the
        // merging of leaves and inner nodes in the second are each crossed many times.
        long[] onePass = new long[1];
        String intact = verify(0, onePass).describe();
        for (long window : new long[]{1, 7, 16, 100}) {
            long[] bytes = new long[1];
            assertThat(verify(window, bytes).describe()).as("window " + window).isEqualTo(intact);
            assertThat(bytes[0]).as("window " + window).isEqualTo(onePass[0]);
        }
        long node = (leaf >> 4) - 1; // a stored inner node (16 leaves) before the new entry's leaf
        assumeTrue(node >= 0, "the log has at least two subtrees of 16");
        byte[] original = jdbc.sql("SELECT hash FROM audit_tree_node WHERE level = 4 AND idx = ?").param(node).query(byte[].class).single();
        String details = jdbc.sql("SELECT details FROM audit_entry WHERE seq = ?").param(seq).query(String.class).single();
        try {
            byte[] flipped = original.clone();
            flipped[0] ^= 1;
            jdbc.sql("UPDATE audit_tree_node SET hash = ? WHERE level = 4 AND idx = ?").params(flipped, node).update();
            String broken = verify(0, new long[1]).describe();
            assertThat(broken).contains("inner node at level 4, index " + node);
            for (long window : new long[]{1, 7, 16}) {
                assertThat(verify(window, new long[1]).describe()).as("window " + window).isEqualTo(broken);
            }
            jdbc.sql("UPDATE audit_tree_node SET hash = ? WHERE level = 4 AND idx = ?").params(original, node).update();
            jdbc.sql("UPDATE audit_entry SET details = 'nothing to see here' WHERE seq = ?").param(seq).update();
            broken = verify(0, new long[1]).describe();
            assertThat(broken).contains("entry " + seq + " (leaf " + leaf + ")");
            for (long window : new long[]{1, 7, 16}) {
                assertThat(verify(window, new long[1]).describe()).as("window " + window).isEqualTo(broken);
            }
        } finally {
            jdbc.sql("UPDATE audit_tree_node SET hash = ? WHERE level = 4 AND idx = ?").params(original, node).update();
            jdbc.sql("UPDATE audit_entry SET details = ? WHERE seq = ?").params(details, seq).update();
        }
    }

    @Test
    void an_entry_that_can_no_longer_be_read_is_named_the_same_both_ways() throws Exception {
        String action = jdbc.sql("SELECT action FROM audit_entry WHERE seq = ?").param(seq).query(String.class).single();
        try {
            jdbc.sql("UPDATE audit_entry SET action = 'FORGOTTEN' WHERE seq = ?").param(seq).update();
            Verification two = verify(true, new long[1]);
            assertThat(two).isInstanceOf(Verification.Broken.class);
            assertThat(two.describe()).contains("entry " + seq + " (leaf " + leaf + ")").contains("cannot be read")
                    .isEqualTo(verify(false, new long[1]).describe());
        } finally {
            jdbc.sql("UPDATE audit_entry SET action = ? WHERE seq = ?").params(action, seq).update();
        }
    }

    @Test
    void people_rewritten_in_another_form_of_the_same_ids_still_verify_both_ways() throws Exception {
        String people = jdbc.sql("SELECT person_ids FROM audit_entry WHERE seq = ?").param(seq).query(String.class).single();
        try {
            jdbc.sql("UPDATE audit_entry SET person_ids = ? WHERE seq = ?").params(people.toUpperCase(), seq).update();
            Verification two = verify(true, new long[1]);
            assertThat(two.ok()).as(two.describe()).isTrue();
            assertThat(two.describe()).isEqualTo(verify(false, new long[1]).describe());
        } finally {
            jdbc.sql("UPDATE audit_entry SET person_ids = ? WHERE seq = ?").params(people, seq).update();
        }
    }

    @Test
    void a_leaf_pointed_at_another_entry_or_at_none_is_named_the_same_both_ways() throws Exception {
        long other = jdbc.sql("SELECT seq FROM audit_tree_node WHERE level = 0 AND idx = 0").query(Long.class).single();
        try {
            jdbc.sql("UPDATE audit_tree_node SET seq = NULL WHERE level = 0 AND idx = ?").param(leaf).update();
            Verification two = verify(true, new long[1]);
            assertThat(two.describe()).contains("leaf " + leaf).contains("missing").isEqualTo(verify(false, new long[1]).describe());

            jdbc.sql("DROP INDEX audit_tree_node_entry").update(); // as someone rewriting the database could
            jdbc.sql("UPDATE audit_tree_node SET seq = ? WHERE level = 0 AND idx = ?").params(other, leaf).update();
            two = verify(true, new long[1]);
            assertThat(two).isInstanceOf(Verification.Broken.class);
            assertThat(two.describe()).contains("leaf " + leaf).isEqualTo(verify(false, new long[1]).describe());
        } finally {
            jdbc.sql("UPDATE audit_tree_node SET seq = ? WHERE level = 0 AND idx = ?").params(seq, leaf).update();
            jdbc.sql("CREATE UNIQUE INDEX IF NOT EXISTS audit_tree_node_entry ON audit_tree_node (seq)").update();
        }
        assertThat(verify(true, new long[1]).ok()).isTrue();
    }

    private Verification verify(boolean twoPass, long[] hashed) throws Exception {
        return verify(twoPass ? StoredTreeInOrder.WINDOW : 0, hashed);
    }

    private Verification verify(long window, long[] hashed) throws Exception {
        try (Connection connection = dataSource.getConnection()) {
            return LogVerifier.verify(connection, null, bytes -> hashed[0] = bytes, LogVerifier.Trusted.NOTHING, window);
        }
    }
}
