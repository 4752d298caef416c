package uk.safeshare.audit;

import java.time.Duration;
import java.util.List;
import java.util.Optional;

/**
 * The audit log as a transparency log (ADR 0010): signed checkpoints and the proofs an auditor or
 * witness outside SafeShare checks them with. Hashes are raw SHA-256 bytes.
 */
public interface TransparencyLog {

    /** The newest signed checkpoint, empty before the sequencer first ran. */
    Optional<Checkpoint> latestCheckpoint();

    /** The checkpoints kept, one per period, newest first. */
    List<Checkpoint> keptCheckpoints(int limit);

    /** The log's public key in C2SP verifier-key form: {@code <name>+<key id>+<base64 key>}. */
    String verifierKey();

    /** Where entry {@code seq} is in the tree of {@code treeSize} entries, and the hashes that prove it. */
    InclusionProof inclusionProof(long seq, long treeSize);

    /** The hashes that prove the tree of {@code to} entries extends the tree of {@code from} entries. */
    List<byte[]> consistencyProof(long from, long to);

    /** Waits until every entry committed before the call is in the tree; false if the time ran out. */
    boolean awaitIntegration(Duration timeout);

    /**
     * @param leaf     the bytes the leaf hash is computed over (the entry as stored, canonically encoded)
     * @param leafHash SHA-256(0x00 || leaf)
     */
    record InclusionProof(AuditEntry entry, long leafIndex, long treeSize, byte[] leaf, byte[] leafHash, List<byte[]> hashes) {
    }
}
