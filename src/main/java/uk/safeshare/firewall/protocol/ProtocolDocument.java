package uk.safeshare.firewall.protocol;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Objects;

/**
 * One version of a force's safeguarding protocol, as read from its YAML file: its id and title,
 * a plain-English summary, the settings and rule configuration, the file's canonical text, and the
 * SHA-256 hash of that text. Published versions are identified by id and content hash.
 */
public record ProtocolDocument(String id, String title, String summary, ProtocolSettings settings,
        String canonicalText, String contentHash) {

    /** The default protocol shipped with SafeShare, on the classpath. */
    public static final String DEFAULT_RESOURCE = "protocol/default-protocol.yaml";

    /** The example protocol that extends the doubt-only prohibition to all victims and witnesses. */
    public static final String ALL_VICTIMS_EXAMPLE_RESOURCE = "protocol/example-all-victims-protocol.yaml";

    public ProtocolDocument {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(summary, "summary");
        Objects.requireNonNull(settings, "settings");
        Objects.requireNonNull(canonicalText, "canonicalText");
        Objects.requireNonNull(contentHash, "contentHash");
    }

    public ProtocolVersion version() {
        return new ProtocolVersion(id, contentHash);
    }

    /**
     * The canonical form of a protocol file: UTF-8 text with any byte-order mark removed and every
     * line ending (CRLF or CR) written as LF, so that the same protocol saved on Windows or Unix has
     * the same hash.
     */
    public static String canonicalise(String text) {
        String canonical = text.startsWith("\uFEFF") ? text.substring(1) : text;
        return canonical.replace("\r\n", "\n").replace('\r', '\n');
    }

    /** {@code sha256:} followed by the lower-case hex SHA-256 of the canonical text's UTF-8 bytes. */
    public static String contentHash(String text) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            byte[] hash = digest.digest(canonicalise(text).getBytes(StandardCharsets.UTF_8));
            return "sha256:" + HexFormat.of().formatHex(hash);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is always available", e);
        }
    }
}
