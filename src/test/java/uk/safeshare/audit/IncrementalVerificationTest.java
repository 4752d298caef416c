package uk.safeshare.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;
import uk.safeshare.audit.internal.LogVerifier;
import uk.safeshare.audit.internal.SignedNote;
import uk.safeshare.shared.audit.AuditAction;
import uk.safeshare.shared.audit.DataProcessed;
import uk.safeshare.support.SafeShareTest;

/**
 * {@code verify-audit --from-checkpoint}: an auditor who verified the log once checks only what is
 * new since the checkpoint they kept. A change to an entry after that checkpoint is caught by the
 * incremental verification; a change to one before it is the whole verification's to catch (the
 * incremental one does not read it), and a change to the stored tree before it breaks the proof.
 */
@SafeShareTest
class IncrementalVerificationTest {

    @Autowired ApplicationEventPublisher events;
    @Autowired TransactionTemplate tx;
    @Autowired JdbcClient jdbc;
    @Autowired AuditLog log;
    @Autowired TransparencyLog transparency;
    @Autowired DataSource dataSource;
    @Value("${spring.datasource.url}") String url;
    @Value("${spring.datasource.username}") String user;
    @Value("${spring.datasource.password:}") String password;

    @Test
    void a_change_to_a_new_entry_is_caught_from_the_checkpoint_and_one_to_an_old_entry_by_the_whole_verification(@TempDir Path dir)
            throws Exception {
        long old = append("an entry the auditor has already verified " + UUID.randomUUID());
        Path kept = dir.resolve("checkpoint.txt");
        assertThat(cli(0, "--save-checkpoint=" + kept)).contains("The audit log verifies").contains("Saved the latest checkpoint");
        long trustedSize = Long.parseLong(Files.readString(kept).split("\n")[1]);
        long fresh = append("an entry made after the auditor's checkpoint " + UUID.randomUUID());

        assertThat(cli(0, "--from-checkpoint=" + kept))
                .contains("verifies from the trusted tree of " + trustedSize + " entries");
        assertThat(cli(0, "--from-checkpoint=" + trustedSize)).contains("verifies from the trusted tree of " + trustedSize);

        String original = details(fresh);
        try {
            jdbc.sql("UPDATE audit_entry SET details = 'nothing new to see here' WHERE seq = ?").param(fresh).update();
            assertThat(cli(1, "--from-checkpoint=" + kept)).contains("does NOT verify").contains("entry " + fresh + " ")
                    .contains("altered");
        } finally {
            jdbc.sql("UPDATE audit_entry SET details = ? WHERE seq = ?").params(original, fresh).update();
        }

        original = details(old);
        try {
            jdbc.sql("UPDATE audit_entry SET details = 'nothing old to see here' WHERE seq = ?").param(old).update();
            assertThat(cli(1)).contains("does NOT verify").contains("entry " + old + " ").contains("altered");
            assertThat(cli(0, "--from-checkpoint=" + kept)).as("entries before the checkpoint are not read again")
                    .contains("verifies from the trusted tree");
        } finally {
            jdbc.sql("UPDATE audit_entry SET details = ? WHERE seq = ?").params(original, old).update();
        }
        assertThat(log.verify().ok()).isTrue();
    }

    @Test
    void a_stored_node_changed_before_the_checkpoint_breaks_the_consistency_proof(@TempDir Path dir) throws Exception {
        append("makes sure the tree has a stored node at level 4 " + UUID.randomUUID());
        Path kept = dir.resolve("checkpoint.txt");
        cli(0, "--save-checkpoint=" + kept);
        append("one more after the checkpoint " + UUID.randomUUID());
        // The trusted tree's largest perfect subtree (leaves 0 to 2^top - 1) is read from the stored level at or below it.
        long trusted = Long.parseLong(Files.readString(kept).split("\n")[1]);
        int top = 63 - Long.numberOfLeadingZeros(trusted);
        int level = top - top % 4;
        byte[] node = jdbc.sql("SELECT hash FROM audit_tree_node WHERE level = ? AND idx = 0").param(level).query(byte[].class).single();
        byte[] flipped = node.clone();
        flipped[0] ^= 1;
        try {
            jdbc.sql("UPDATE audit_tree_node SET hash = ? WHERE level = ? AND idx = 0").params(flipped, level).update();
            assertThat(cli(1, "--from-checkpoint=" + kept)).contains("does NOT verify").contains("the trusted checkpoint of");
        } finally {
            jdbc.sql("UPDATE audit_tree_node SET hash = ? WHERE level = ? AND idx = 0").params(node, level).update();
        }
        assertThat(cli(0, "--from-checkpoint=" + kept)).contains("verifies from the trusted tree");
    }

    @Test
    void verifying_from_a_checkpoint_reads_and_hashes_only_what_was_added_since() throws Exception {
        append("so that the log is not empty " + UUID.randomUUID());
        long size = jdbc.sql("SELECT tree_size FROM audit_tree_head WHERE id = 1").query(Long.class).single();
        List<String> added = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            added.add("new since the trusted tree " + i + " " + UUID.randomUUID());
        }
        added.forEach(this::append);
        SignedNote.VerifierKey key = SignedNote.VerifierKey.parse(transparency.verifierKey());
        long[] whole = new long[1];
        long[] incremental = new long[1];
        try (Connection c = dataSource.getConnection()) {
            assertThat(LogVerifier.verify(c, key, b -> whole[0] = b).ok()).isTrue();
            var from = new LogVerifier.Trusted(size, LogVerifier.storedRoot(c, size), "the test's tree");
            Verification result = LogVerifier.verify(c, key, b -> incremental[0] = b, from);
            assertThat(result.ok()).as(result.describe()).isTrue();
        }
        long newBytes = jdbc.sql("SELECT SUM(LENGTH(details)) FROM audit_entry WHERE details LIKE 'new since the trusted tree %'")
                .query(Long.class).single();
        // Each new leaf is its entry's encoding (its details and some 400 bytes of other fields), plus the nodes it completes.
        assertThat(incremental[0]).isLessThan(newBytes + 3 * 1_000L).isLessThan(whole[0]);
    }

    private long append(String details) {
        tx.executeWithoutResult(s -> events.publishEvent(
                DataProcessed.of(AuditAction.CONSULTATION, "log.test", null, details).aboutPeople(List.of(UUID.randomUUID()))));
        assertThat(transparency.awaitIntegration(Duration.ofSeconds(10))).isTrue();
        return jdbc.sql("SELECT MAX(seq) FROM audit_entry WHERE details = ?").param(details).query(Long.class).single();
    }

    private String details(long seq) {
        return jdbc.sql("SELECT details FROM audit_entry WHERE seq = ?").param(seq).query(String.class).single();
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
}
