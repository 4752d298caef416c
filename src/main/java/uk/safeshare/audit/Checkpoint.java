package uk.safeshare.audit;

import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;

/**
 * A signed statement of the audit log's Merkle tree: its size, root hash and when it was signed.
 * {@code note} is the whole C2SP signed note, exactly as signed (ADR 0010).
 */
public record Checkpoint(String origin, long treeSize, byte[] rootHash, Instant issuedAt, String note) {

    public String rootBase64() {
        return Base64.getEncoder().encodeToString(rootHash);
    }

    public String rootHex() {
        return HexFormat.of().formatHex(rootHash);
    }
}
