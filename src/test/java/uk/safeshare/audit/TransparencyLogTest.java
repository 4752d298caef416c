package uk.safeshare.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import dev.sigstore.merkle.InclusionProofVerifier;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import uk.safeshare.audit.internal.Merkle;
import uk.safeshare.audit.internal.SignedNote;
import uk.safeshare.shared.audit.AuditAction;
import uk.safeshare.shared.audit.DataProcessed;
import uk.safeshare.support.SafeShareTest;
import uk.safeshare.support.Tokens;

/**
 * What an auditor outside SafeShare relies on: the signed checkpoint, inclusion and consistency
 * proofs over the API (checked with our verifier and sigstore-java's), and the witness, which
 * catches a log rewritten by someone with full access to the database.
 */
@SafeShareTest
class TransparencyLogTest {

    @Autowired MockMvc mvc;
    @Autowired Tokens tokens;
    @Autowired JdbcClient jdbc;
    @Autowired ApplicationEventPublisher events;
    @Autowired TransactionTemplate tx;
    @Autowired TransparencyLog transparency;
    @Autowired AuditLog log;

    private final JsonMapper json = JsonMapper.builder().build();

    private long append(String details) {
        tx.executeWithoutResult(s -> events.publishEvent(
                DataProcessed.of(AuditAction.CONSULTATION, "transparency.test", null, details).aboutPeople(List.of(UUID.randomUUID()))));
        assertThat(transparency.awaitIntegration(Duration.ofSeconds(10))).isTrue();
        return jdbc.sql("SELECT MAX(seq) FROM audit_entry WHERE details = ?").param(details).query(Long.class).single();
    }

    private String getAs(String user, String path) throws Exception {
        return mvc.perform(get(path).header("Authorization", tokens.bearer(user))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
    }

    private SignedNote.VerifierKey publishedKey() throws Exception {
        return SignedNote.VerifierKey.parse(json.readTree(getAs("auditor", "/api/v1/audit/checkpoints")).get("verifierKey").asString());
    }

    private Checkpoint latest() throws Exception {
        return SignedNote.open(getAs("auditor", "/api/v1/audit/checkpoint"), publishedKey()).orElseThrow();
    }

    private static List<byte[]> hashes(JsonNode array) {
        List<byte[]> out = new ArrayList<>();
        array.forEach(h -> out.add(Base64.getDecoder().decode(h.asString())));
        return out;
    }

    @Test
    void the_latest_checkpoint_is_a_c2sp_note_signed_by_the_published_key_and_matches_the_tree() throws Exception {
        append("so that the tree is not empty");
        mvc.perform(get("/api/v1/audit/checkpoint").header("Authorization", tokens.bearer("auditor")))
                .andExpect(content().contentTypeCompatibleWith("text/plain"));
        String note = getAs("auditor", "/api/v1/audit/checkpoint");
        assertThat(note.split("\n")[0]).isEqualTo("safeshare.local/audit-log");
        assertThat(note).containsPattern("\n\n\u2014 safeshare\\.local/audit-log [A-Za-z0-9+/=]+\n$");
        Checkpoint checkpoint = SignedNote.open(note, publishedKey()).orElseThrow();
        long mine = jdbc.sql("SELECT MAX(n.idx) FROM audit_entry e JOIN audit_tree_node n ON n.level = 0 AND n.seq = e.seq"
                + " WHERE e.details = 'so that the tree is not empty'").query(Long.class).single();
        long size = jdbc.sql("SELECT tree_size FROM audit_tree_head").query(Long.class).single();
        assertThat(checkpoint.treeSize()).as("signed after the entry was integrated").isBetween(mine + 1, size);
        long signed = checkpoint.treeSize();
        assertThat(SignedNote.open(note.replace("\n" + signed + "\n", "\n" + (signed + 1) + "\n"), publishedKey()))
                .as("a checkpoint with another size is not signed").isEmpty();
        mvc.perform(get("/api/v1/audit/checkpoints").header("Authorization", tokens.bearer("auditor")))
                .andExpect(status().isOk()).andExpect(jsonPath("$.kept.length()").value(org.hamcrest.Matchers.greaterThan(0)));
    }

    @Test
    void an_entrys_inclusion_proof_verifies_against_the_signed_root_with_ours_and_sigstores_verifier_and_is_audited() throws Exception {
        long seq = append("an entry an auditor wants to be sure of");
        Checkpoint checkpoint = latest();
        // An entry made with a token ends by naming the token, so the wording is matched as a prefix.
        String consulted = "asked for the inclusion proof of audit entry " + seq + " [with API token %";
        long consultations = jdbc.sql("SELECT COUNT(*) FROM audit_entry WHERE details LIKE ?")
                .param(consulted).query(Long.class).single();

        JsonNode proof = json.readTree(getAs("auditor", "/api/v1/audit/proofs/inclusion?entry=" + seq + "&treeSize=" + checkpoint.treeSize()));
        byte[] leaf = proof.get("leaf").asString().getBytes(StandardCharsets.UTF_8);
        byte[] leafHash = Base64.getDecoder().decode(proof.get("leafHash").asString());
        assertThat(leafHash).as("the leaf hash is SHA-256(0x00 || leaf)").isEqualTo(Merkle.leafHash(leaf));
        assertThat(proof.get("leaf").asString()).contains("details=39:an entry an auditor wants to be sure of;");
        long index = proof.get("leafIndex").asLong();
        List<byte[]> path = hashes(proof.get("hashes"));
        assertThat(Merkle.verifyInclusion(leafHash, index, checkpoint.treeSize(), path, checkpoint.rootHash())).isTrue();
        InclusionProofVerifier.verify(leafHash, index, checkpoint.treeSize(), path, checkpoint.rootHash());
        assertThat(Merkle.verifyInclusion(Merkle.leafHash("another entry".getBytes(StandardCharsets.UTF_8)), index,
                checkpoint.treeSize(), path, checkpoint.rootHash())).isFalse();

        assertThat(jdbc.sql("SELECT COUNT(*) FROM audit_entry WHERE details LIKE ?")
                .param(consulted).query(Long.class).single()).isEqualTo(consultations + 1);
    }

    @Test
    void a_consistency_proof_shows_the_latest_tree_extends_an_earlier_checkpoint() throws Exception {
        append("before");
        Checkpoint earlier = latest();
        append("after, one");
        append("after, two");
        Checkpoint later = latest();
        JsonNode proof = json.readTree(getAs("auditor", "/api/v1/audit/proofs/consistency?from=" + earlier.treeSize() + "&to=" + later.treeSize()));
        assertThat(Merkle.verifyConsistency(earlier.treeSize(), later.treeSize(), earlier.rootHash(), later.rootHash(),
                hashes(proof.get("hashes")))).isTrue();
    }

    @Test
    void only_auditors_get_checkpoints_and_proofs_and_bad_questions_are_refused_clearly() throws Exception {
        long seq = append("an entry");
        for (String path : List.of("/api/v1/audit/checkpoint", "/api/v1/audit/checkpoints",
                "/api/v1/audit/proofs/inclusion?entry=" + seq + "&treeSize=1", "/api/v1/audit/proofs/consistency?from=1&to=2")) {
            mvc.perform(get(path).header("Authorization", tokens.bearer("officer.a"))).andExpect(status().isForbidden());
        }
        String auditor = tokens.bearer("auditor");
        mvc.perform(get("/api/v1/audit/proofs/inclusion?entry=" + seq + "&treeSize=0").header("Authorization", auditor))
                .andExpect(status().isBadRequest()).andExpect(content().contentTypeCompatibleWith("application/problem+json"));
        mvc.perform(get("/api/v1/audit/proofs/inclusion?entry=abc&treeSize=5").header("Authorization", auditor))
                .andExpect(status().isBadRequest());
        mvc.perform(get("/api/v1/audit/proofs/inclusion?entry=999999999&treeSize=1").header("Authorization", auditor))
                .andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/audit/proofs/inclusion?entry=" + seq + "&treeSize=1").header("Authorization", auditor))
                .andExpect(status().isNotFound()).andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.containsString("not in the tree of 1")));
        mvc.perform(get("/api/v1/audit/proofs/consistency?from=5&to=2").header("Authorization", auditor))
                .andExpect(status().isBadRequest());
        mvc.perform(get("/api/v1/audit/proofs/consistency?from=1&to=999999999").header("Authorization", auditor))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors.to").exists());
    }

    private WitnessCli.Fetcher api() {
        return path -> {
            try {
                return getAs("auditor", path);
            } catch (Exception e) {
                throw new IOException(e);
            }
        };
    }

    private String witness(Path file, int expectedExit) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int exit = WitnessCli.run(Map.of("checkpoint-file", file.toString(), "public-key", transparency.verifierKey()), api(),
                new PrintStream(out, true, StandardCharsets.UTF_8));
        String printed = out.toString(StandardCharsets.UTF_8);
        assertThat(exit).as(printed).isEqualTo(expectedExit);
        return printed;
    }

    @Test
    void a_witness_that_cannot_reach_the_service_says_where_it_tried_and_an_altered_held_checkpoint_is_rejected(
            @org.junit.jupiter.api.io.TempDir Path dir) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int exit = WitnessCli.run(new String[] {"--checkpoint-file=" + dir.resolve("held.txt"), "--url=http://127.0.0.1:1",
                "--public-key=" + transparency.verifierKey()}, new PrintStream(out, true, StandardCharsets.UTF_8));
        assertThat(exit).isEqualTo(2);
        assertThat(out.toString(StandardCharsets.UTF_8)).contains("cannot reach http://127.0.0.1:1").doesNotContain("null");

        Path held = dir.resolve("checkpoint.txt");
        assertThat(witness(held, 0)).startsWith("Accepted:").contains("(first checkpoint held)");
        Files.writeString(held, Files.readString(held).replaceFirst("\n\\d+\n", "\n1\n"));
        assertThat(witness(held, 1)).startsWith("REJECTED: the checkpoint held in");
    }

    /** What someone with full access to the database (but not the signing key) can do: change an entry and rebuild the tree. */
    private void rewriteTheTreeFromTheEntries() {
        rewriteTheTreeFromTheEntries(false);
    }

    /**
     * With {@code forgetKeptCheckpoints}, the kept checkpoints go in the same transaction, under the head's
     * lock: otherwise the sequencer could keep one for the old tree just before it is rebuilt, and that
     * checkpoint would then (rightly) fail every later verification in the shared test database.
     */
    private void rewriteTheTreeFromTheEntries(boolean forgetKeptCheckpoints) {
        tx.executeWithoutResult(s -> {
            jdbc.sql("SELECT tree_size FROM audit_tree_head WHERE id = 1 FOR UPDATE").query(Long.class).single();
            if (forgetKeptCheckpoints) {
                jdbc.sql("DELETE FROM audit_checkpoint").update();
            }
            jdbc.sql("DELETE FROM audit_tree_node").update();
            jdbc.sql("DELETE FROM audit_entry_queue").update();
            jdbc.sql("INSERT INTO audit_entry_queue (seq) SELECT seq FROM audit_entry").update();
            jdbc.sql("UPDATE audit_tree_head SET tree_size = 0, root_hash = NULL, checkpoint = NULL").update();
        });
        assertThat(transparency.awaitIntegration(Duration.ofSeconds(30))).isTrue();
    }

    @Test
    void the_witness_accepts_a_log_that_grew_and_catches_one_rewritten_with_full_database_access(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("safeshare-checkpoint.txt");
        append("seen by the witness");
        assertThat(witness(file, 0)).contains("Accepted").contains("first checkpoint held");
        long firstSize = SignedNote.parse(Files.readString(file)).orElseThrow().treeSize();
        long seq = append("written after the witness first looked");
        assertThat(witness(file, 0)).contains("Accepted").contains("extends the " + firstSize + " entries accepted before");
        String accepted = Files.readString(file);
        Checkpoint held = SignedNote.parse(accepted).orElseThrow();
        // As if the service had kept this checkpoint for an earlier period.
        jdbc.sql("INSERT INTO audit_checkpoint (period_start, tree_size, root_hash, issued_at, note) VALUES (?, ?, ?, ?, ?)")
                .params(java.time.OffsetDateTime.parse("2026-01-01T00:00:00Z"), held.treeSize(), held.rootHash(),
                        java.time.OffsetDateTime.parse("2026-01-01T00:00:00Z"), accepted).update();

        long victim = jdbc.sql("SELECT seq FROM audit_tree_node WHERE level = 0 AND idx = 0").query(Long.class).single();
        String original = jdbc.sql("SELECT details FROM audit_entry WHERE seq = ?").param(victim).query(String.class).single();
        try {
            jdbc.sql("UPDATE audit_entry SET details = 'a quieter history' WHERE seq = ?").param(victim).update();
            rewriteTheTreeFromTheEntries();
            assertThat(SignedNote.open(getAs("auditor", "/api/v1/audit/checkpoint"), publishedKey()))
                    .as("the rewritten log is signed by the service, as any log in its database would be").isPresent();

            assertThat(witness(file, 1)).contains("REJECTED").contains("does not extend");
            assertThat(Files.readString(file)).as("the checkpoint held is kept as evidence").isEqualTo(accepted);
            Verification verification = log.verify();
            assertThat(verification.describe()).as("a checkpoint kept in the database catches it too, unless it was also removed")
                    .contains("the checkpoint kept for ").contains("rewritten after it was signed");
        } finally {
            jdbc.sql("UPDATE audit_entry SET details = ? WHERE seq = ?").params(original, victim).update();
            rewriteTheTreeFromTheEntries(true);
        }
        assertThat(log.verify().ok()).as(log.verify().describe()).isTrue();
        assertThat(seq).isPositive();
    }

    @Test
    void the_witness_refuses_a_checkpoint_signed_by_another_key(@TempDir Path dir) throws Exception {
        append("an entry");
        Path file = dir.resolve("cp.txt");
        String stranger = new SignedNote.Signer("safeshare.local/audit-log", new byte[32]).verifierKey();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int exit = WitnessCli.run(Map.of("checkpoint-file", file.toString(), "public-key", stranger), api(),
                new PrintStream(out, true, StandardCharsets.UTF_8));
        assertThat(exit).isEqualTo(1);
        assertThat(out.toString(StandardCharsets.UTF_8)).contains("not signed by the log's key");
        assertThat(file).doesNotExist();
    }
}
