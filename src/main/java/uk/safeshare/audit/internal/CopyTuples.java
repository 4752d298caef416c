package uk.safeshare.audit.internal;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.Arrays;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyOut;

/**
 * The rows of one {@code COPY ... TO STDOUT (FORMAT binary)}, a tuple at a time, as offsets into the
 * message that holds it: nothing is made per row, so the verifier reads stored rows at about the rate
 * PostgreSQL sends them. PostgreSQL sends each row in one message and the header with the first.
 */
final class CopyTuples implements AutoCloseable {

    /** Where the copy's messages come from: the driver's copy, or a test's bytes. */
    interface Messages {
        /** The next message, or null after the last. */
        byte[] next() throws SQLException;

        /** Reads whatever is left, so the connection can be used again. */
        default void finish() throws SQLException {
            while (next() != null) {
                // discarded
            }
        }
    }

    private static final byte[] SIGNATURE = {'P', 'G', 'C', 'O', 'P', 'Y', '\n', (byte) 0xff, '\r', '\n', 0};

    private final Messages messages;
    private final int fields;
    private final int[] at;
    private final int[] length;
    private byte[] data = new byte[0];
    private int position;
    private boolean headerRead;
    private boolean ended;

    CopyTuples(Messages messages, int fields) {
        this.messages = messages;
        this.fields = fields;
        this.at = new int[fields];
        this.length = new int[fields];
    }

    /** Starts the copy of {@code select} (whose values must not come from a caller: a copy takes no parameters). */
    static CopyTuples copy(Connection connection, String select, int fields) throws SQLException {
        CopyOut copy = connection.unwrap(PGConnection.class).getCopyAPI()
                .copyOut("COPY (" + select + ") TO STDOUT (FORMAT binary)");
        return new CopyTuples(new Messages() {
            @Override
            public byte[] next() throws SQLException {
                return copy.readFromCopy();
            }

            @Override
            public void finish() throws SQLException {
                // Read to the end rather than cancel: a cancelled copy can leave the connection out of step with the
                // server, and it goes back to the pool. Only a verification that already found something stops early.
                while (copy.readFromCopy() != null) {
                    // discarded
                }
            }
        }, fields);
    }

    /** Moves to the next tuple; false after the last (the copy's trailer). */
    boolean next() throws SQLException {
        if (ended) {
            return false;
        }
        fill();
        if (!headerRead) {
            if (data.length < position + 19 || !Arrays.equals(data, position, position + 11, SIGNATURE, 0, 11)) {
                throw new IllegalStateException("Not PostgreSQL's binary copy format");
            }
            position += 15; // the signature and the flags
            position += 4 + int32(data, position); // the header extension's length, and the extension

            headerRead = true;
            fill();
        }
        int p = position;
        require(p + 2);
        int count = (short) (((data[p] & 0xff) << 8) | (data[p + 1] & 0xff));
        p += 2;
        if (count == -1) {
            ended = true;
            while (messages.next() != null) {
                // the copy's completion: nothing follows the trailer
            }
            return false;
        }
        if (count != fields) {
            throw new IllegalStateException("Expected " + fields + " columns in the copy, found " + count);
        }
        for (int f = 0; f < fields; f++) {
            require(p + 4);
            int n = int32(data, p);
            p += 4;
            at[f] = p;
            length[f] = n;
            if (n > 0) {
                p += n;
            }
        }
        require(p);
        position = p;
        return true;
    }

    /** Takes the next message once this one is read to its end. */
    private void fill() throws SQLException {
        while (position >= data.length) {
            byte[] message = messages.next();
            if (message == null) {
                throw new IllegalStateException("The copy ended without its trailer");
            }
            data = message;
            position = 0;
        }
    }

    private void require(int end) {
        if (end > data.length) {
            throw new IllegalStateException("A row of the copy was cut short");
        }
    }

    byte[] data() {
        return data;
    }

    /** Where column {@code f} (0-based) of the current tuple starts in {@link #data()}. */
    int at(int f) {
        return at[f];
    }

    /** Its length in bytes, or -1 for null. */
    int length(int f) {
        return length[f];
    }

    boolean isNull(int f) {
        return length[f] < 0;
    }

    int int32(int f) {
        return int32(data, at[f]);
    }

    long int64(int f) {
        return int64(data, at[f]);
    }

    /** Column {@code f} as a 32-byte hash, copied into {@code out} at {@code offset}; false if it is not 32 bytes. */
    boolean hash(int f, byte[] out, int offset) {
        if (length[f] != Merkle.HASH_BYTES) {
            return false;
        }
        System.arraycopy(data, at[f], out, offset, Merkle.HASH_BYTES);
        return true;
    }

    byte[] bytes(int f) {
        return length[f] < 0 ? null : Arrays.copyOfRange(data, at[f], at[f] + length[f]);
    }

    @Override
    public void close() throws SQLException {
        if (!ended) {
            ended = true;
            messages.finish();
        }
    }

    static int int32(byte[] b, int p) {
        return ((b[p] & 0xff) << 24) | ((b[p + 1] & 0xff) << 16) | ((b[p + 2] & 0xff) << 8) | (b[p + 3] & 0xff);
    }

    static long int64(byte[] b, int p) {
        return ((long) int32(b, p) << 32) | (int32(b, p + 4) & 0xffffffffL);
    }
}
