package uk.safeshare.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;
import uk.safeshare.shared.audit.AuditAction;
import uk.safeshare.shared.audit.DataProcessed;
import uk.safeshare.support.SafeShareTest;

/**
 * The entries one transaction publishes are written together before it commits (on PostgreSQL in one
 * statement): each gets its own number, its people (each once) and its place in the sequencer's queue,
 * and is integrated into a log that verifies.
 */
@SafeShareTest
class AuditEntriesOfOneTransactionTest {

    @Autowired ApplicationEventPublisher events;
    @Autowired TransactionTemplate tx;
    @Autowired JdbcClient jdbc;
    @Autowired AuditLog log;
    @Autowired TransparencyLog transparency;

    @Test
    void three_entries_with_no_one_two_people_and_one_person_twice_are_each_written_with_their_people() {
        String run = UUID.randomUUID().toString();
        UUID a = UUID.fromString("00000000-0000-4000-8000-00000000000a");
        UUID b = UUID.fromString("00000000-0000-4000-8000-00000000000b");
        UUID caseId = UUID.randomUUID();
        tx.executeWithoutResult(s -> {
            events.publishEvent(DataProcessed.of(AuditAction.CONSULTATION, "writer.test", null, run + " nobody"));
            events.publishEvent(DataProcessed.of(AuditAction.DISCLOSURE, "writer.test", caseId, run + " two people")
                    .aboutPeople(List.of(b, a)).to("Harbour Migrant Women's Project"));
            events.publishEvent(DataProcessed.of(AuditAction.CONSULTATION, "writer.test", caseId, run + " one person twice")
                    .aboutPeople(List.of(a, a)));
        });

        List<Long> seqs = jdbc.sql("SELECT seq FROM audit_entry WHERE details LIKE ? ORDER BY seq").param(run + "%").query(Long.class).list();
        assertThat(seqs).hasSize(3).doesNotHaveDuplicates();
        assertThat(jdbc.sql("SELECT details FROM audit_entry WHERE details LIKE ? ORDER BY seq").param(run + "%").query(String.class).list())
                .as("in the order they were published").containsExactly(run + " nobody", run + " two people", run + " one person twice");
        assertThat(jdbc.sql("SELECT person_ids FROM audit_entry WHERE seq = ?").param(seqs.get(1)).query(String.class).single())
                .isEqualTo(a + "," + b);
        assertThat(jdbc.sql("SELECT recipient FROM audit_entry WHERE seq = ?").param(seqs.get(1)).query(String.class).single())
                .isEqualTo("Harbour Migrant Women's Project");
        assertThat(jdbc.sql("SELECT case_id FROM audit_entry WHERE seq = ?").param(seqs.get(0)).query(UUID.class).optional()).isEmpty();
        assertThat(jdbc.sql("SELECT case_id FROM audit_entry WHERE seq = ?").param(seqs.get(2)).query(UUID.class).single()).isEqualTo(caseId);
        assertThat(people(seqs.get(0))).isEmpty();
        assertThat(people(seqs.get(1))).containsExactly(a, b);
        assertThat(people(seqs.get(2))).containsExactly(a);

        assertThat(transparency.awaitIntegration(Duration.ofSeconds(10))).isTrue();
        assertThat(jdbc.sql("SELECT COUNT(*) FROM audit_tree_node WHERE level = 0 AND seq IN (?, ?, ?)")
                .params(seqs.get(0), seqs.get(1), seqs.get(2)).query(Long.class).single()).isEqualTo(3);
        Verification verified = log.verify();
        assertThat(verified.ok()).as(verified.describe()).isTrue();
    }

    private List<UUID> people(long seq) {
        return jdbc.sql("SELECT person_id FROM audit_entry_person WHERE seq = ? ORDER BY person_id").param(seq).query(UUID.class).list();
    }
}
