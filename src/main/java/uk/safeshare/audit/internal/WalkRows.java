package uk.safeshare.audit.internal;

import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CompletableFuture;

/** The rows {@link TreeWalk} reads, a chunk at a time, and their leaves' hashes. */
final class WalkRows {

    private WalkRows() {
    }

    /**
     * One row as read: a stored inner node (level above 0), or a stored leaf with where its entry's
     * encoding is in the chunk's buffer (or why there is none: the entry is missing or unreadable).
     */
    record Row(int level, long index, long seq, byte[] stored, boolean entryMissing, String unreadable,
                       int offset, int length, byte[] leaf) {

        Row(int level, long index, long seq, byte[] stored, boolean entryMissing, String unreadable, int offset, int length) {
            this(level, index, seq, stored, entryMissing, unreadable, offset, length, null);
        }
    }

    /** Rows read together, their leaves packed in one buffer, and the leaves' hashes once computed. */
    static final class Chunk {
        final List<Row> rows = new ArrayList<>(TreeWalk.CHUNK_ROWS);
        byte[] data = new byte[0];
        int used;
        byte[][] leafHashes;
        CompletableFuture<Void> hashed;

        int put(byte[] source, int length) {
            if (used + length > data.length) {
                data = Arrays.copyOf(data, Math.max(Math.max(data.length * 2, 256 * 1024), used + length));
            }
            System.arraycopy(source, 0, data, used, length);
            int offset = used;
            used += length;
            return offset;
        }

        void hashLeaves() {
            MessageDigest digest = Merkle.sha256();
            byte[][] out = new byte[rows.size()][];
            for (int i = 0; i < out.length; i++) {
                Row r = rows.get(i);
                if (r.leaf() != null) {
                    out[i] = r.leaf();
                } else if (r.level() == 0 && r.length() >= 0) {
                    out[i] = Merkle.leafHash(digest, data, r.offset(), r.length());
                }
            }
            leafHashes = out;
        }
    }
}
