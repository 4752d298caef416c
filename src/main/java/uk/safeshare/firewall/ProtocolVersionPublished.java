package uk.safeshare.firewall;

import java.time.Instant;

/**
 * Published, in the transaction that publishes it, whenever a protocol version is published (the
 * default one on first start included), so that staff can be asked to read it.
 *
 * @param previousId the version it replaces in force, or null for the first one
 */
public record ProtocolVersionPublished(String id, String contentHash, String title, String previousId,
                                       String publishedBy, Instant publishedAt) {
}
