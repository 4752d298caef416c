package uk.safeshare.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
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

@SafeShareTest
class AuditChainTest {

    @Autowired ApplicationEventPublisher events;
    @Autowired TransactionTemplate tx;
    @Autowired JdbcClient jdbc;
    @Autowired AuditLog log;
    @Value("${spring.datasource.url}") String url;
    @Value("${spring.datasource.username}") String user;
    @Value("${spring.datasource.password:}") String password;

    private void append(String details) {
        tx.executeWithoutResult(s -> events.publishEvent(
                DataProcessed.of(AuditAction.CONSULTATION, "chain.test", null, details).aboutPeople(List.of(UUID.randomUUID()))));
    }

    @Test
    void many_threads_appending_at_once_form_one_gap_free_chain_that_verifies() throws Exception {
        long before = jdbc.sql("SELECT last_seq FROM audit_head WHERE id = 1").query(Long.class).single();
        int threads = 16;
        int perThread = 25;
        try (ExecutorService pool = Executors.newFixedThreadPool(threads)) {
            List<Future<?>> futures = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                int thread = t;
                futures.add(pool.submit(() -> {
                    for (int i = 0; i < perThread; i++) {
                        append("thread " + thread + " entry " + i);
                    }
                }));
            }
            for (Future<?> f : futures) {
                f.get();
            }
        }
        List<Long> mine = jdbc.sql("SELECT seq FROM audit_entry WHERE seq > ? ORDER BY seq").param(before).query(Long.class).list();
        assertThat(mine).hasSizeGreaterThanOrEqualTo(threads * perThread);
        for (int i = 1; i < mine.size(); i++) {
            assertThat(mine.get(i)).as("no gaps or duplicates").isEqualTo(mine.get(i - 1) + 1);
        }
        assertThat(log.verify().ok()).as(log.verify().describe()).isTrue();
    }

    @Test
    void an_entry_altered_in_the_database_is_named_by_the_verification_and_by_the_command_line() {
        append("an entry to tamper with");
        long seq = jdbc.sql("SELECT last_seq FROM audit_head WHERE id = 1").query(Long.class).single();
        String original = jdbc.sql("SELECT details FROM audit_entry WHERE seq = ?").param(seq).query(String.class).single();
        try {
            jdbc.sql("UPDATE audit_entry SET details = 'nothing to see here' WHERE seq = ?").param(seq).update();

            Verification result = log.verify();
            assertThat(result).isInstanceOf(Verification.Broken.class);
            assertThat(((Verification.Broken) result).seq()).isEqualTo(seq);
            assertThat(result.describe()).contains("entry " + seq).contains("altered");

            ByteArrayOutputStream out = new ByteArrayOutputStream();
            int exit = AuditVerifierCli.run(new String[]{"--url=" + url, "--user=" + user, "--password=" + password},
                    new PrintStream(out, true, StandardCharsets.UTF_8));
            assertThat(exit).isEqualTo(1);
            assertThat(out.toString(StandardCharsets.UTF_8)).contains("does NOT verify").contains("entry " + seq);
        } finally {
            jdbc.sql("UPDATE audit_entry SET details = ? WHERE seq = ?").params(original, seq).update();
        }
        assertThat(log.verify().ok()).isTrue();
    }

    @Test
    void removing_the_newest_entry_is_detected_as_a_log_that_ends_early() {
        append("the newest entry");
        long seq = jdbc.sql("SELECT last_seq FROM audit_head WHERE id = 1").query(Long.class).single();
        var row = jdbc.sql("SELECT * FROM audit_entry WHERE seq = ?").param(seq).query().singleRow();
        var people = jdbc.sql("SELECT person_id FROM audit_entry_person WHERE seq = ?").param(seq).query(UUID.class).list();
        try {
            jdbc.sql("DELETE FROM audit_entry_person WHERE seq = ?").param(seq).update();
            jdbc.sql("DELETE FROM audit_entry WHERE seq = ?").param(seq).update();
            Verification result = log.verify();
            assertThat(result.ok()).isFalse();
            assertThat(result.describe()).contains("ends early");
        } finally {
            jdbc.sql("INSERT INTO audit_entry (seq, occurred_at, actor, action, case_id, person_ids, justification, recipient, "
                            + "request_id, details, prev_hash, entry_hash) VALUES (?,?,?,?,?,?,?,?,?,?,?,?)")
                    .params(row.get("seq"), row.get("occurred_at"), row.get("actor"), row.get("action"), row.get("case_id"),
                            row.get("person_ids"), row.get("justification"), row.get("recipient"), row.get("request_id"),
                            row.get("details"), row.get("prev_hash"), row.get("entry_hash")).update();
            people.forEach(p -> jdbc.sql("INSERT INTO audit_entry_person (seq, person_id) VALUES (?, ?)").params(seq, p).update());
        }
        assertThat(log.verify().ok()).as(log.verify().describe()).isTrue();
    }

    @Test
    void the_command_line_confirms_an_intact_chain() {
        append("an ordinary entry");
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int exit = AuditVerifierCli.run(new String[]{"--url=" + url, "--user=" + user, "--password=" + password},
                new PrintStream(out, true, StandardCharsets.UTF_8));
        assertThat(out.toString(StandardCharsets.UTF_8)).contains("The audit log verifies");
        assertThat(exit).isZero();
    }

    @Test
    void an_audit_event_outside_a_transaction_is_refused_so_it_cannot_be_lost() {
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> events.publishEvent(
                        DataProcessed.of(AuditAction.CONSULTATION, "chain.test", null, "no transaction")))
                .isInstanceOf(org.springframework.transaction.IllegalTransactionStateException.class);
    }
}
