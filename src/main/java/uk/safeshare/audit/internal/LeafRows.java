package uk.safeshare.audit.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import uk.safeshare.audit.AuditEntry;

/**
 * The leaf bytes of the entry on the current row of the verifier's query, written into one reused
 * buffer. Whole-log verification reads every entry, so on PostgreSQL the text columns are taken as
 * the UTF-8 bytes the driver received and copied straight into the encoding, without making
 * strings, UUIDs, times or an {@link AuditEntry} for each row.
 *
 * <p>This fast path must give exactly {@link LeafEncoding#encode}'s bytes. It only takes rows in the
 * canonical form SafeShare writes (the time in UTC with "+00", the people as sorted lower-case UUIDs,
 * a known action); any other row, and every row on another database, goes through
 * {@code LeafEncoding} itself. The first rows and every 4,096th are also encoded both ways and
 * compared; if they ever differ (say, the leaf format changed and this class did not), the fast path
 * is switched off for the rest of the run, so it can cost speed but never a wrong verdict.
 */
final class LeafRows extends LeafWriter {

    /** Columns of the verifier's query, 1-based: the entry's columns as {@link EntryRows#COLUMNS} lists them, from 5. */
    static final int SEQ = 5, AT = 6, ACTOR = 7, ACTION = 8, CASE = 9, PEOPLE = 10, WHY = 11, TO = 12, REQUEST = 13, DETAILS = 14;

    /** @param raw whether the connection is PostgreSQL's (whose driver hands text columns over as UTF-8 bytes) */
    LeafRows(boolean raw) {
        super(raw);
    }

    /** Encodes the current row's entry; returns the number of bytes in {@link #buffer()}. */
    int encode(ResultSet rs) throws SQLException {
        return encode(() -> fast(rs), () -> EntryRows.read(rs));
    }

    private boolean fast(ResultSet rs) throws SQLException {
        put(FORMAT, FORMAT.length);
        field("seq", rs.getBytes(SEQ));
        if (!time(rs.getBytes(AT))) {
            return false;
        }
        field("actor", rs.getBytes(ACTOR));
        byte[] action = rs.getBytes(ACTION);
        if (!known(action)) {
            return false;
        }
        field("action", action);
        field("case", rs.getBytes(CASE));
        byte[] people = rs.getBytes(PEOPLE);
        if (people != null && !canonicalPeople(people)) {
            return false;
        }
        field("people", people == null ? new byte[0] : people);
        field("why", rs.getBytes(WHY));
        field("to", rs.getBytes(TO));
        field("request", rs.getBytes(REQUEST));
        field("details", rs.getBytes(DETAILS));
        return true;
    }

    /** {@code at=<n>:<ISO-8601 instant>;} from PostgreSQL's "2026-12-01 14:16:17.1234+00" (session time zone UTC). */
    private boolean time(byte[] t) {
        if (t == null || t.length < 22 || t[4] != '-' || t[7] != '-' || t[10] != ' ' || t[13] != ':' || t[16] != ':'
                || t[t.length - 3] != '+' || t[t.length - 2] != '0' || t[t.length - 1] != '0') {
            return false;
        }
        int end = t.length - 3;
        int digits = 0;
        if (end > 19) {
            if (t[19] != '.' || end - 20 > 6 || end - 20 < 1) {
                return false;
            }
            digits = end - 20;
            while (digits > 0 && t[20 + digits - 1] == '0') {
                digits--;
            }
        } else if (end != 19) {
            return false;
        }
        // As DateTimeFormatter.ISO_INSTANT prints the fraction: none, or 3 or 6 digits (microseconds at most).
        int shown = digits == 0 ? 0 : digits <= 3 ? 3 : 6;
        int length = 20 + (shown == 0 ? 0 : shown + 1);
        putName("at", length);
        ensure(length + 1);
        System.arraycopy(t, 0, buf, len, 19);
        buf[len + 10] = 'T';
        len += 19;
        if (shown > 0) {
            buf[len++] = '.';
            for (int i = 0; i < shown; i++) {
                buf[len++] = i < digits ? t[20 + i] : (byte) '0';
            }
        }
        buf[len++] = 'Z';
        buf[len++] = ';';
        return true;
    }

}
