package uk.safeshare.audit.internal;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.nio.charset.StandardCharsets;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import uk.safeshare.audit.AuditEntry;
import uk.safeshare.audit.Checkpoint;
import uk.safeshare.audit.TransparencyLog;
import uk.safeshare.shared.InvalidRequestException;
import uk.safeshare.shared.NotFoundException;

/** Checkpoints and proofs for auditors and witnesses (ADR 0010). Hashes are Base64, as in the checkpoint itself. */
@RestController
@RequestMapping("/api/v1/audit")
@Tag(name = "Audit", description = "Read and verify the audit log (auditors)")
class TransparencyApi {

    private final TransparencyLog log;

    TransparencyApi(TransparencyLog log) {
        this.log = log;
    }

    /** Plain text, the note exactly as signed; no {@code produces} on the mapping, so a 404 is still problem+json. */
    @GetMapping("/checkpoint")
    @Operation(summary = "The latest signed checkpoint, as a C2SP signed note (text/plain)")
    ResponseEntity<String> checkpoint() {
        return log.latestCheckpoint().map(c -> ResponseEntity.ok().contentType(new MediaType("text", "plain", StandardCharsets.UTF_8))
                        .body(c.note()))
                .orElseThrow(() -> new NotFoundException("No checkpoint has been signed yet"));
    }

    @GetMapping("/checkpoints")
    @Operation(summary = "The checkpoints kept (one per period), newest first, and the key that signs them")
    Checkpoints checkpoints(@RequestParam(defaultValue = "100") int limit) {
        if (limit < 1 || limit > 1000) {
            throw new InvalidRequestException("limit", "limit must be between 1 and 1000");
        }
        return new Checkpoints(log.verifierKey(), log.latestCheckpoint().map(TransparencyApi::view).orElse(null),
                log.keptCheckpoints(limit).stream().map(TransparencyApi::view).toList());
    }

    @GetMapping("/proofs/inclusion")
    @Operation(summary = "Proof that an entry is in the tree of the given size (RFC 9162 inclusion proof)")
    Inclusion inclusion(@RequestParam long entry, @RequestParam long treeSize) {
        var proof = log.inclusionProof(entry, treeSize);
        return new Inclusion(proof.entry(), proof.leafIndex(), proof.treeSize(), new String(proof.leaf(), StandardCharsets.UTF_8),
                b64(proof.leafHash()), proof.hashes().stream().map(TransparencyApi::b64).toList());
    }

    @GetMapping("/proofs/consistency")
    @Operation(summary = "Proof that the tree of size 'to' extends the tree of size 'from' (RFC 9162 consistency proof)")
    Consistency consistency(@RequestParam long from, @RequestParam long to) {
        return new Consistency(from, to, log.consistencyProof(from, to).stream().map(TransparencyApi::b64).toList());
    }

    private static CheckpointView view(Checkpoint c) {
        return new CheckpointView(c.origin(), c.treeSize(), c.rootBase64(), c.issuedAt(), c.note());
    }

    private static String b64(byte[] bytes) {
        return Base64.getEncoder().encodeToString(bytes);
    }

    record CheckpointView(String origin, long treeSize, String rootHash, Instant issuedAt, String note) {
    }

    record Checkpoints(String verifierKey, CheckpointView latest, List<CheckpointView> kept) {
    }

    /** {@code leaf} is the exact text the leaf hash is computed over: SHA-256(0x00 || UTF-8 of leaf). */
    record Inclusion(AuditEntry entry, long leafIndex, long treeSize, String leaf, String leafHash, List<String> hashes) {
    }

    record Consistency(long from, long to, List<String> hashes) {
    }
}
