package uk.safeshare.audit.internal;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * The leaf bytes of audit entries read with PostgreSQL's binary {@code COPY} (the columns in
 * {@link #COLUMNS}' order), written into one reused buffer. Whole-log verification on PostgreSQL
 * reads every entry this way: the rows arrive as length-prefixed column bytes, the text columns
 * already UTF-8, the time as microseconds and the case as 16 bytes, so nothing is made per row but
 * the leaf itself.
 *
 * <p>As {@link LeafRows}, this fast path must give exactly {@link LeafEncoding#encode}'s bytes: it
 * takes only rows in the canonical form SafeShare writes, sends any other row through
 * {@code LeafEncoding} itself (built by {@link EntryRows#of}, so a row that cannot be read fails
 * with the same message as on the other path), and encodes the first rows and every 4,096th both
 * ways: if they ever differ, the fast path is off for the rest of the run.
 */
final class CopiedLeaves extends LeafWriter {

    static final String COLUMNS = "seq, occurred_at, actor, action, case_id, person_ids, justification, recipient, request_id, details";
    static final int FIELDS = 10;
    private static final int SEQ = 0, AT = 1, ACTOR = 2, ACTION = 3, CASE = 4, PEOPLE = 5, WHY = 6, TO = 7, REQUEST = 8, DETAILS = 9;
    /** PostgreSQL counts time from 2000-01-01T00:00:00Z. */
    private static final long POSTGRES_EPOCH_SECONDS = 946_684_800L;
    private static final byte[] HEX = ascii("0123456789abcdef");

    private CopyTuples row;
    private long cachedDay = Long.MIN_VALUE;
    private final byte[] cachedDate = new byte[10];

    CopiedLeaves() {
        super(true);
    }

    /** The entry number of the current tuple of {@code copy} (a copy of {@link #COLUMNS}). */
    static long seq(CopyTuples copy) {
        return copy.int64(SEQ);
    }

    /**
     * Encodes the entry of the current tuple of {@code copy}; returns the number of bytes in {@link #buffer()}.
     *
     * @throws RuntimeException if the row cannot be read as an entry (as {@link EntryRows#of} says)
     */
    int encode(CopyTuples copy) {
        row = copy;
        return encode(this::fastEncode, this::entry);
    }

    private boolean fastEncode() {
        byte[] data = row.data();
        if (row.length(SEQ) != 8 || row.length(AT) != 8 || row.isNull(ACTION)
                || !known(data, row.at(ACTION), row.length(ACTION)) || (!row.isNull(CASE) && row.length(CASE) != 16)
                || (!row.isNull(PEOPLE) && !canonicalPeople(data, row.at(PEOPLE), row.length(PEOPLE)))) {
            return false;
        }
        long seq = row.int64(SEQ);
        if (seq < 0) {
            return false;
        }
        put(FORMAT, FORMAT.length);
        ensure(32);
        putAscii("seq=");
        putDecimal(decimalDigits(seq));
        buf[len++] = ':';
        putDecimal(seq);
        buf[len++] = ';';
        if (!time(row.int64(AT))) {
            return false;
        }
        column("actor", ACTOR);
        column("action", ACTION);
        if (row.isNull(CASE)) {
            field("case", null);
        } else {
            uuid();
        }
        if (row.isNull(PEOPLE)) {
            field("people", new byte[0]);
        } else {
            column("people", PEOPLE);
        }
        column("why", WHY);
        column("to", TO);
        column("request", REQUEST);
        column("details", DETAILS);
        return true;
    }

    /** {@code at=<n>:<ISO-8601 instant>;}, as {@code DateTimeFormatter.ISO_INSTANT} prints microseconds. */
    private boolean time(long micros) {
        long seconds = Math.floorDiv(micros, 1_000_000L) + POSTGRES_EPOCH_SECONDS;
        int fraction = (int) Math.floorMod(micros, 1_000_000L);
        long day = Math.floorDiv(seconds, 86_400L);
        int second = (int) Math.floorMod(seconds, 86_400L);
        if (day != cachedDay) {
            LocalDate date = LocalDate.ofEpochDay(day);
            if (date.getYear() < 1 || date.getYear() > 9999) {
                return false; // ISO_INSTANT writes a sign or more digits: LeafEncoding's job
            }
            digits(cachedDate, 0, date.getYear(), 4);
            cachedDate[4] = '-';
            digits(cachedDate, 5, date.getMonthValue(), 2);
            cachedDate[7] = '-';
            digits(cachedDate, 8, date.getDayOfMonth(), 2);
            cachedDay = day;
        }
        int shown = fraction == 0 ? 0 : fraction % 1000 == 0 ? 3 : 6;
        putName("at", 20 + (shown == 0 ? 0 : shown + 1));
        ensure(32);
        System.arraycopy(cachedDate, 0, buf, len, 10);
        len += 10;
        buf[len++] = 'T';
        digits(buf, len, second / 3600, 2);
        buf[len + 2] = ':';
        digits(buf, len + 3, second / 60 % 60, 2);
        buf[len + 5] = ':';
        digits(buf, len + 6, second % 60, 2);
        len += 8;
        if (shown > 0) {
            buf[len++] = '.';
            digits(buf, len, shown == 3 ? fraction / 1000 : fraction, shown);
            len += shown;
        }
        buf[len++] = 'Z';
        buf[len++] = ';';
        return true;
    }

    private void uuid() {
        putName("case", 36);
        ensure(37);
        byte[] data = row.data();
        int p = row.at(CASE);
        for (int i = 0; i < 16; i++) {
            if (i == 4 || i == 6 || i == 8 || i == 10) {
                buf[len++] = '-';
            }
            int b = data[p + i] & 0xff;
            buf[len++] = HEX[b >>> 4];
            buf[len++] = HEX[b & 0xf];
        }
        buf[len++] = ';';
    }

    private void column(String name, int f) {
        int n = row.length(f);
        if (n < 0) {
            field(name, null);
            return;
        }
        putName(name, n);
        ensure(n + 1);
        System.arraycopy(row.data(), row.at(f), buf, len, n);
        len += n;
        buf[len++] = ';';
    }

    /** The current tuple as an entry, the way the other path reads it. */
    private uk.safeshare.audit.AuditEntry entry() {
        long micros = row.int64(AT);
        Instant time = Instant.ofEpochSecond(Math.floorDiv(micros, 1_000_000L) + POSTGRES_EPOCH_SECONDS,
                Math.floorMod(micros, 1_000_000L) * 1000L);
        UUID caseId = row.length(CASE) == 16
                ? new UUID(CopyTuples.int64(row.data(), row.at(CASE)), CopyTuples.int64(row.data(), row.at(CASE) + 8)) : null;
        return EntryRows.of(row.int64(SEQ), time, text(ACTOR), text(ACTION), caseId, text(PEOPLE), text(WHY), text(TO), text(REQUEST),
                text(DETAILS), null);
    }

    private String text(int f) {
        return row.isNull(f) ? null : new String(row.data(), row.at(f), row.length(f), StandardCharsets.UTF_8);
    }

    private static int decimalDigits(long v) {
        int n = 1;
        while (v >= 10) {
            v /= 10;
            n++;
        }
        return n;
    }

    private static void digits(byte[] out, int position, int value, int width) {
        for (int i = width - 1; i >= 0; i--) {
            out[position + i] = (byte) ('0' + value % 10);
            value /= 10;
        }
    }
}
