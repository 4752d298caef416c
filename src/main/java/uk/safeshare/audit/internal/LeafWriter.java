package uk.safeshare.audit.internal;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import uk.safeshare.shared.audit.AuditAction;

/**
 * Writes a leaf's bytes, {@link LeafEncoding}'s format, into one reused buffer from a stored row's
 * raw column bytes, for the verifier's fast paths ({@link LeafRows} over a result set,
 * {@link CopiedLeaves} over PostgreSQL's binary copy). Each fast path takes only rows in the
 * canonical form SafeShare writes, and sends any other to {@code LeafEncoding} itself.
 */
abstract class LeafWriter {

    static final byte[] FORMAT = ascii("format=" + LeafEncoding.FORMAT.length() + ":" + LeafEncoding.FORMAT + ";");
    private static final byte[][] ACTIONS = Arrays.stream(AuditAction.values()).map(a -> ascii(a.name())).toArray(byte[][]::new);

    private static final int CHECK_EVERY = 4096;

    byte[] buf = new byte[2048];
    int len;
    private boolean fast;
    private long rows;
    private long slow;

    /** @param fast whether the fast path may be tried at all */
    LeafWriter(boolean fast) {
        this.fast = fast;
    }

    /** Writes the current row's leaf by the fast path into {@link #buffer()}; false if the row is not in canonical form. */
    interface FastPath<E extends Exception> {
        boolean write() throws E;
    }

    /** The current row as an entry, read the ordinary way (throws as {@link EntryRows#of} does if it cannot be read). */
    interface Entry<E extends Exception> {
        uk.safeshare.audit.AuditEntry read() throws E;
    }

    /**
     * The current row's leaf, by the fast path where it may be taken, otherwise by {@link LeafEncoding}; returns the
     * number of bytes in {@link #buffer()}. The first rows and every 4,096th are encoded both ways; if they ever differ
     * (say, the leaf format changed and the fast path did not), the fast path is off for the rest of the run, so it can
     * cost speed but never a wrong verdict.
     */
    final <E extends Exception> int encode(FastPath<E> fastPath, Entry<E> entry) throws E {
        rows++;
        if (fast) {
            len = 0;
            if (fastPath.write()) {
                if (rows > 16 && rows % CHECK_EVERY != 0) {
                    return len;
                }
                byte[] reference = LeafEncoding.encode(entry.read());
                if (Arrays.equals(reference, 0, reference.length, buf, 0, len)) {
                    return len;
                }
                fast = false;
            }
        }
        slow++;
        byte[] data = LeafEncoding.encode(entry.read());
        len = 0;
        put(data, data.length);
        return len;
    }

    /** Rows that went through {@link LeafEncoding} (not in canonical form, the fast path off, or checks). */
    long slowRows() {
        return slow;
    }

    byte[] buffer() {
        return buf;
    }

    static boolean known(byte[] action) {
        return action != null && known(action, 0, action.length);
    }

    /** Whether {@code length} bytes of {@code b} from {@code offset} name an audit action. */
    static boolean known(byte[] b, int offset, int length) {
        for (byte[] a : ACTIONS) {
            if (Arrays.equals(a, 0, a.length, b, offset, offset + length)) {
                return true;
            }
        }
        return false;
    }

    static boolean canonicalPeople(byte[] p) {
        return canonicalPeople(p, 0, p.length);
    }

    /** Lower-case UUIDs joined by commas, in ascending order: what the appender stores and LeafEncoding would rewrite to. */
    static boolean canonicalPeople(byte[] p, int offset, int length) {
        if (length == 0) {
            return true;
        }
        if ((length + 1) % 37 != 0) {
            return false;
        }
        int end = offset + length;
        for (int start = offset; start < end; start += 37) {
            for (int i = 0; i < 36; i++) {
                byte b = p[start + i];
                boolean dash = i == 8 || i == 13 || i == 18 || i == 23;
                if (dash ? b != '-' : !((b >= '0' && b <= '9') || (b >= 'a' && b <= 'f'))) {
                    return false;
                }
            }
            if (start + 36 < end && p[start + 36] != ',') {
                return false;
            }
            if (start > offset && Arrays.compare(p, start - 37, start - 1, p, start, start + 36) > 0) {
                return false;
            }
        }
        return true;
    }

    void field(String name, byte[] value) {
        if (value == null) {
            ensure(name.length() + 3);
            putAscii(name);
            buf[len++] = '=';
            buf[len++] = '-';
            buf[len++] = ';';
            return;
        }
        putName(name, value.length);
        put(value, value.length);
        ensure(1);
        buf[len++] = ';';
    }

    void putName(String name, int valueLength) {
        ensure(name.length() + 12);
        putAscii(name);
        buf[len++] = '=';
        putDecimal(valueLength);
        buf[len++] = ':';
    }

    /** A non-negative number in ASCII digits (room for it must have been ensured). */
    void putDecimal(long v) {
        if (v == 0) {
            buf[len++] = '0';
            return;
        }
        int start = len;
        for (; v > 0; v /= 10) {
            buf[len++] = (byte) ('0' + v % 10);
        }
        for (int i = start, j = len - 1; i < j; i++, j--) {
            byte b = buf[i];
            buf[i] = buf[j];
            buf[j] = b;
        }
    }

    void putAscii(String s) {
        for (int i = 0; i < s.length(); i++) {
            buf[len++] = (byte) s.charAt(i);
        }
    }

    void put(byte[] b, int n) {
        ensure(n);
        System.arraycopy(b, 0, buf, len, n);
        len += n;
    }

    void ensure(int more) {
        if (len + more > buf.length) {
            buf = Arrays.copyOf(buf, Math.max(buf.length * 2, len + more));
        }
    }

    static byte[] ascii(String s) {
        return s.getBytes(StandardCharsets.US_ASCII);
    }
}
