package uk.safeshare.firewall.protocol;

import java.util.Objects;

/**
 * Identifies the protocol version a decision was made under: the id the DPO gave it and the
 * SHA-256 hash of its file, so that a decision can be explained years later.
 */
public record ProtocolVersion(String id, String contentHash) {

    public ProtocolVersion {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(contentHash, "contentHash");
    }

    @Override
    public String toString() {
        return id + " (" + contentHash + ")";
    }
}
