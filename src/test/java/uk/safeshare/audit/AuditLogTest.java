package uk.safeshare.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;
import uk.safeshare.shared.audit.AuditAction;
import uk.safeshare.shared.audit.DataProcessed;
import uk.safeshare.support.SafeShareTest;

/**
 * The audit log as written by the service and checked by the service and the command line: many
 * writers at once, and each kind of tampering (an entry, its stored leaf, an inner node, a
 * checkpoint, removed entries) caught and named.
 */
@SafeShareTest
class AuditLogTest {

    @Autowired ApplicationEventPublisher events;
    @Autowired TransactionTemplate tx;
    @Autowired JdbcClient jdbc;
    @Autowired AuditLog log;
    @Autowired TransparencyLog transparency;
    @Value("${spring.datasource.url}") String url;
    @Value("${spring.datasource.username}") String user;
    @Value("${spring.datasource.password:}") String password;

    private long append(String details) {
        tx.executeWithoutResult(s -> events.publishEvent(
                DataProcessed.of(AuditAction.CONSULTATION, "log.test", null, details).aboutPeople(List.of(UUID.randomUUID()))));
        assertThat(transparency.awaitIntegration(Duration.ofSeconds(10))).isTrue();
        return jdbc.sql("SELECT MAX(seq) FROM audit_entry WHERE details = ?").param(details).query(Long.class).single();
    }

    private String cli(int expectedExit, String... extra) {
        List<String> args = new ArrayList<>(List.of("--url=" + url, "--user=" + user, "--password=" + password,
                "--public-key=" + transparency.verifierKey()));
        args.addAll(List.of(extra));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int exit = AuditVerifierCli.run(args.toArray(String[]::new), new PrintStream(out, true, StandardCharsets.UTF_8));
        String printed = out.toString(StandardCharsets.UTF_8);
        assertThat(exit).as(printed).isEqualTo(expectedExit);
        return printed;
    }

    private Verification.Broken broken() {
        Verification result = log.verify();
        assertThat(result).as(result.describe()).isInstanceOf(Verification.Broken.class);
        return (Verification.Broken) result;
    }

    @Test
    void the_log_verifies_while_entries_are_being_written_and_integrated() throws Exception {
        String run = UUID.randomUUID().toString();
        java.util.concurrent.atomic.AtomicBoolean writing = new java.util.concurrent.atomic.AtomicBoolean(true);
        List<String> failures = new java.util.concurrent.CopyOnWriteArrayList<>();
        try (ExecutorService pool = Executors.newFixedThreadPool(4)) {
            List<Future<?>> writers = new ArrayList<>();
            for (int t = 0; t < 3; t++) {
                int thread = t;
                writers.add(pool.submit(() -> {
                    for (int i = 0; i < 200; i++) {
                        int n = i;
                        tx.executeWithoutResult(s -> events.publishEvent(DataProcessed.of(AuditAction.CONSULTATION, "log.test",
                                null, run + " writer " + thread + " entry " + n)));
                    }
                }));
            }
            Future<?> verifier = pool.submit(() -> {
                int verifications = 0;
                while (writing.get() || verifications < 3) {
                    Verification result = log.verify();
                    if (!result.ok()) {
                        failures.add(result.describe());
                    }
                    verifications++;
                }
            });
            for (Future<?> w : writers) {
                w.get();
            }
            writing.set(false);
            verifier.get();
        }
        assertThat(failures).as("verifications that failed while the log grew").isEmpty();
    }

    @Test
    void many_threads_writing_at_once_each_get_exactly_one_place_in_the_tree_and_the_log_verifies() throws Exception {
        int threads = 16;
        int perThread = 25;
        String run = UUID.randomUUID().toString();
        try (ExecutorService pool = Executors.newFixedThreadPool(threads)) {
            List<Future<?>> futures = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                int thread = t;
                futures.add(pool.submit(() -> {
                    for (int i = 0; i < perThread; i++) {
                        int n = i;
                        tx.executeWithoutResult(s -> events.publishEvent(DataProcessed.of(AuditAction.CONSULTATION, "log.test", null,
                                run + " thread " + thread + " entry " + n)));
                    }
                }));
            }
            for (Future<?> f : futures) {
                f.get();
            }
        }
        assertThat(transparency.awaitIntegration(Duration.ofSeconds(30))).isTrue();

        List<Long> places = jdbc.sql("SELECT n.idx FROM audit_entry e LEFT JOIN audit_tree_node n ON n.level = 0 AND n.seq = e.seq"
                + " WHERE e.details LIKE ?").param(run + "%").query(Long.class).list();
        assertThat(places).hasSize(threads * perThread).doesNotContainNull().doesNotHaveDuplicates();
        long size = jdbc.sql("SELECT tree_size FROM audit_tree_head").query(Long.class).single();
        assertThat(jdbc.sql("SELECT COUNT(DISTINCT seq) FROM audit_tree_node WHERE level = 0").query(Long.class).single())
                .as("places 0..size-1, each taken by a different entry").isEqualTo(size);
        assertThat(jdbc.sql("SELECT MAX(idx) FROM audit_tree_node WHERE level = 0").query(Long.class).single()).isEqualTo(size - 1);
        assertThat(jdbc.sql("SELECT COUNT(*) FROM audit_entry_queue").query(Long.class).single()).isZero();
        Verification result = log.verify();
        assertThat(result.ok()).as(result.describe()).isTrue();
        assertThat(((Verification.Verified) result).signaturesChecked()).isTrue();
    }

    @Test
    void an_entry_altered_in_the_database_is_named_by_the_verification_and_by_the_command_line() {
        long seq = append("an entry to tamper with");
        String original = jdbc.sql("SELECT details FROM audit_entry WHERE seq = ?").param(seq).query(String.class).single();
        try {
            jdbc.sql("UPDATE audit_entry SET details = 'nothing to see here' WHERE seq = ?").param(seq).update();

            Verification.Broken result = broken();
            assertThat(result.seq()).isEqualTo(seq);
            assertThat(result.subject()).startsWith("entry " + seq + " ");
            assertThat(result.problem()).contains("altered");
            assertThat(cli(1)).contains("does NOT verify").contains("entry " + seq + " ").contains("altered");
        } finally {
            jdbc.sql("UPDATE audit_entry SET details = ? WHERE seq = ?").params(original, seq).update();
        }
        assertThat(log.verify().ok()).isTrue();
    }

    @Test
    void in_a_log_longer_than_the_verifier_reads_at_once_an_entry_and_a_node_altered_far_in_are_each_named() {
        // Several of the verifier's chunks of rows (hashed on other threads while the next are read), so that
        // what is altered lies well past the first chunk and after chunk boundaries.
        String run = UUID.randomUUID().toString();
        tx.executeWithoutResult(s -> {
            for (int i = 0; i < 3000; i++) {
                events.publishEvent(DataProcessed.of(AuditAction.CONSULTATION, "log.test", null, run + " entry " + i));
            }
        });
        assertThat(transparency.awaitIntegration(Duration.ofSeconds(60))).isTrue();
        long seq = jdbc.sql("SELECT seq FROM audit_entry WHERE details = ?").param(run + " entry 2500").query(Long.class).single();
        long leaf = jdbc.sql("SELECT idx FROM audit_tree_node WHERE level = 0 AND seq = ?").param(seq).query(Long.class).single();
        assertThat(leaf).as("past the verifier's first two chunks of 1,024 rows").isGreaterThan(2 * 1024);
        try {
            jdbc.sql("UPDATE audit_entry SET details = 'nothing to see here' WHERE seq = ?").param(seq).update();
            Verification.Broken result = broken();
            assertThat(result.subject()).isEqualTo("entry " + seq + " (leaf " + leaf + ")");
            assertThat(result.problem()).contains("altered");
        } finally {
            jdbc.sql("UPDATE audit_entry SET details = ? WHERE seq = ?").params(run + " entry 2500", seq).update();
        }
        long node = (leaf >> 4) - 1; // a stored inner node (level 4, 16 leaves) just before the altered entry's
        byte[] original = node(4, node);
        try {
            setNode(4, node, flipped(original));
            Verification.Broken result = broken();
            assertThat(result.subject()).isEqualTo("inner node at level 4, index " + node);
        } finally {
            setNode(4, node, original);
        }
        assertThat(log.verify().ok()).isTrue();
    }

    @Test
    void a_stored_leaf_hash_altered_is_named_as_the_leaf_not_the_entry() {
        append("makes sure the tree has at least two leaves");
        append("so that leaf 1 has a parent");
        long seq = jdbc.sql("SELECT seq FROM audit_tree_node WHERE level = 0 AND idx = 1").query(Long.class).single();
        byte[] original = node(0, 1);
        try {
            setNode(0, 1, flipped(original));
            Verification.Broken result = broken();
            assertThat(result.subject()).isEqualTo("the stored leaf of entry " + seq + " (leaf 1)");
            assertThat(result.problem()).contains("was altered").contains("entry still matches");
        } finally {
            setNode(0, 1, original);
        }
        assertThat(log.verify().ok()).isTrue();
    }

    @Test
    void an_inner_node_altered_is_named() {
        append("one more entry");
        assertThat(jdbc.sql("SELECT tree_size FROM audit_tree_head").query(Long.class).single()).isGreaterThanOrEqualTo(16);
        byte[] original = node(4, 0);
        try {
            setNode(4, 0, flipped(original));
            Verification.Broken result = broken();
            assertThat(result.subject()).isEqualTo("inner node at level 4, index 0");
            assertThat(result.problem()).contains("does not match the entries below it");
        } finally {
            setNode(4, 0, original);
        }
        assertThat(log.verify().ok()).isTrue();
    }

    @Test
    void an_altered_checkpoint_fails_its_signature_and_is_named() {
        append("an entry so that there is a checkpoint");
        String note = jdbc.sql("SELECT checkpoint FROM audit_tree_head").query(String.class).single();
        String period = jdbc.sql("SELECT CAST(MAX(period_start) AS VARCHAR(40)) FROM audit_checkpoint").query(String.class).single();
        String kept = jdbc.sql("SELECT note FROM audit_checkpoint ORDER BY period_start DESC LIMIT 1").query(String.class).single();
        String[] lines = note.split("\n", -1);
        String forged = note.replaceFirst("\n" + lines[1] + "\n", "\n" + (Long.parseLong(lines[1]) + 1000) + "\n");
        try {
            jdbc.sql("UPDATE audit_tree_head SET checkpoint = ?").param(forged).update();
            Verification.Broken result = broken();
            assertThat(result.subject()).isEqualTo("the latest checkpoint");
            assertThat(result.problem()).contains("signature does not verify");
            assertThat(cli(1)).contains("the latest checkpoint").contains("signature does not verify");
        } finally {
            jdbc.sql("UPDATE audit_tree_head SET checkpoint = ?").param(note).update();
        }
        String[] keptLines = kept.split("\n", -1);
        try {
            jdbc.sql("UPDATE audit_checkpoint SET note = ? WHERE note = ?")
                    .params(kept.replace(keptLines[2], Base64Flip.of(keptLines[2])), kept).update();
            Verification.Broken result = broken();
            assertThat(result.subject()).startsWith("the checkpoint kept for ");
            assertThat(result.problem()).contains("signature does not verify");
        } finally {
            jdbc.sql("UPDATE audit_checkpoint SET note = ? WHERE CAST(period_start AS VARCHAR(40)) = ?").params(kept, period).update();
        }
        assertThat(log.verify().ok()).as(log.verify().describe()).isTrue();
    }

    @Test
    void removing_an_entry_from_the_log_is_caught_and_named() {
        long seq = append("the newest entry");
        var row = jdbc.sql("SELECT * FROM audit_entry WHERE seq = ?").param(seq).query().singleRow();
        var people = jdbc.sql("SELECT person_id FROM audit_entry_person WHERE seq = ?").param(seq).query(UUID.class).list();
        try {
            jdbc.sql("DELETE FROM audit_entry_person WHERE seq = ?").param(seq).update();
            jdbc.sql("DELETE FROM audit_entry WHERE seq = ?").param(seq).update();
            Verification.Broken result = broken();
            assertThat(result.subject()).startsWith("entry " + seq + " (leaf ");
            assertThat(result.problem()).contains("removed from the log");
        } finally {
            jdbc.sql("INSERT INTO audit_entry (seq, occurred_at, actor, action, case_id, person_ids, justification, recipient, "
                            + "request_id, details) VALUES (?,?,?,?,?,?,?,?,?,?)")
                    .params(row.get("seq"), row.get("occurred_at"), row.get("actor"), row.get("action"), row.get("case_id"),
                            row.get("person_ids"), row.get("justification"), row.get("recipient"), row.get("request_id"),
                            row.get("details")).update();
            people.forEach(p -> jdbc.sql("INSERT INTO audit_entry_person (seq, person_id) VALUES (?, ?)").params(seq, p).update());
        }
        assertThat(log.verify().ok()).as(log.verify().describe()).isTrue();
    }

    @Test
    void removing_the_newest_leaves_is_caught_as_a_log_that_ends_early() {
        append("the newest entry");
        long size = jdbc.sql("SELECT tree_size FROM audit_tree_head").query(Long.class).single();
        var leaf = jdbc.sql("SELECT * FROM audit_tree_node WHERE level = 0 AND idx = ?").param(size - 1).query().singleRow();
        var above = jdbc.sql("SELECT * FROM audit_tree_node WHERE level > 0 AND (idx + 1) * CAST(POWER(2, level) AS BIGINT) = ?")
                .param(size).query().listOfRows();
        try {
            jdbc.sql("DELETE FROM audit_tree_node WHERE level = 0 AND idx = ?").param(size - 1).update();
            jdbc.sql("DELETE FROM audit_tree_node WHERE level > 0 AND (idx + 1) * CAST(POWER(2, level) AS BIGINT) = ?").param(size).update();
            Verification.Broken result = broken();
            assertThat(result.subject()).isEqualTo("the tree head");
            assertThat(result.problem()).contains("ends early");
        } finally {
            for (var row : java.util.stream.Stream.concat(java.util.stream.Stream.of(leaf), above.stream()).toList()) {
                jdbc.sql("INSERT INTO audit_tree_node (level, idx, hash, seq) VALUES (?, ?, ?, ?)")
                        .params(row.get("level"), row.get("idx"), row.get("hash"), row.get("seq")).update();
            }
        }
        assertThat(log.verify().ok()).as(log.verify().describe()).isTrue();
    }

    @Test
    void the_command_line_confirms_an_intact_log_and_its_checkpoints_signatures() {
        append("an ordinary entry");
        String printed = cli(0);
        assertThat(printed).contains("The audit log verifies").contains("their signatures verify");
        assertThat(cli(2, "--public-key=not-a-key")).contains("not a verifier key");
    }

    @Test
    void an_audit_event_outside_a_transaction_is_refused_so_it_cannot_be_lost() {
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> events.publishEvent(
                        DataProcessed.of(AuditAction.CONSULTATION, "log.test", null, "no transaction")))
                .isInstanceOf(org.springframework.transaction.IllegalTransactionStateException.class);
    }

    private byte[] node(int level, long idx) {
        return jdbc.sql("SELECT hash FROM audit_tree_node WHERE level = ? AND idx = ?").params(level, idx).query(byte[].class).single();
    }

    private void setNode(int level, long idx, byte[] hash) {
        jdbc.sql("UPDATE audit_tree_node SET hash = ? WHERE level = ? AND idx = ?").params(hash, level, idx).update();
    }

    private static byte[] flipped(byte[] hash) {
        byte[] copy = hash.clone();
        copy[0] ^= 1;
        return copy;
    }

    /** Changes one character of a Base64 root so the note still parses but says something else. */
    private static final class Base64Flip {
        static String of(String b64) {
            char c = b64.charAt(0);
            return (c == 'A' ? 'B' : 'A') + b64.substring(1);
        }
    }
}
