package uk.safeshare.audit.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.format.DateTimeFormatter;
import java.util.HexFormat;
import java.util.UUID;
import java.util.stream.Collectors;
import uk.safeshare.audit.AuditEntry;

/**
 * The canonical encoding an entry's hash is computed over. Each field is written as
 * {@code name=<length>:<value>;} (or {@code name=-;} for null) in a fixed order, so no two different
 * entries encode alike. Plain Java with no database or Spring in it: the command-line verifier uses
 * exactly the same code. Changing this breaks every existing chain (see ADR 0002).
 */
public final class AuditHashing {

    public static final String GENESIS = "0".repeat(64);

    private AuditHashing() {
    }

    public static String hash(AuditEntry e) {
        StringBuilder b = new StringBuilder(256);
        field(b, "seq", Long.toString(e.seq()));
        field(b, "at", DateTimeFormatter.ISO_INSTANT.format(e.occurredAt()));
        field(b, "actor", e.actor());
        field(b, "action", e.action().name());
        field(b, "case", e.caseId() == null ? null : e.caseId().toString());
        field(b, "people", e.personIds().stream().map(UUID::toString).sorted().collect(Collectors.joining(",")));
        field(b, "why", e.justification());
        field(b, "to", e.recipient());
        field(b, "request", e.requestId());
        field(b, "details", e.details());
        field(b, "prev", e.prevHash());
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(b.toString().getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException ex) {
            throw new IllegalStateException(ex);
        }
    }

    private static void field(StringBuilder b, String name, String value) {
        b.append(name).append('=');
        if (value == null) {
            b.append('-');
        } else {
            b.append(value.getBytes(StandardCharsets.UTF_8).length).append(':').append(value);
        }
        b.append(';');
    }
}
