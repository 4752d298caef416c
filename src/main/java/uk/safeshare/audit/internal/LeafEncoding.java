package uk.safeshare.audit.internal;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.format.DateTimeFormatter;
import java.util.UUID;
import java.util.stream.Collectors;
import uk.safeshare.audit.AuditEntry;

/**
 * The bytes a Merkle leaf is computed over: an entry exactly as stored. Each field is written as
 * {@code name=<utf8-length>:<value>;} (or {@code name=-;} for null) in a fixed order after a format
 * marker, so no two different entries encode alike. Time is ISO-8601 UTC to the microsecond, the
 * precision both databases keep. Changing this changes every leaf: it needs a new format marker
 * (ADR 0010).
 */
public final class LeafEncoding {

    public static final String FORMAT = "safeshare-audit-leaf/1";

    private LeafEncoding() {
    }

    public static byte[] encode(AuditEntry e) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(384);
        field(out, "format", FORMAT);
        field(out, "seq", Long.toString(e.seq()));
        field(out, "at", DateTimeFormatter.ISO_INSTANT.format(e.occurredAt()));
        field(out, "actor", e.actor());
        field(out, "action", e.action().name());
        field(out, "case", e.caseId() == null ? null : e.caseId().toString());
        field(out, "people", e.personIds().stream().map(UUID::toString).sorted().collect(Collectors.joining(",")));
        field(out, "why", e.justification());
        field(out, "to", e.recipient());
        field(out, "request", e.requestId());
        field(out, "details", e.details());
        return out.toByteArray();
    }

    public static String text(AuditEntry e) {
        return new String(encode(e), StandardCharsets.UTF_8);
    }

    private static void field(ByteArrayOutputStream out, String name, String value) {
        out.writeBytes(name.getBytes(StandardCharsets.US_ASCII));
        out.write('=');
        if (value == null) {
            out.write('-');
        } else {
            byte[] bytes = value.getBytes(StandardCharsets.UTF_8);
            out.writeBytes(Integer.toString(bytes.length).getBytes(StandardCharsets.US_ASCII));
            out.write(':');
            out.writeBytes(bytes);
        }
        out.write(';');
    }
}
