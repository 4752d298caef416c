package uk.safeshare.audit.internal;

import java.security.MessageDigest;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayDeque;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;

/**
 * The first of the verifier's two passes on PostgreSQL (ADR 0019): every entry that a leaf being
 * checked points to is read in number order with the binary copy (no join, no sort), its leaf is
 * recomputed on the hashing threads and compared with the stored leaf. What differs is kept as
 * {@link Findings}, by leaf index; the second pass ({@link TreeWalk} over the stored tree alone)
 * then sees exactly the leaf hashes a walk recomputing every entry in tree order would, so the
 * verdict, and the first thing it names, are the same.
 *
 * <p>Entries are read in spans of numbers, each span's stored leaves held in arrays meanwhile, so
 * memory does not grow with the log.
 */
final class EntryPass {

    /** More leaves than this found differing: the caller walks the one-pass way instead, which stops at the first. */
    static final int MAX_FINDINGS = 10_000;
    private static final int CHUNK_ROWS = 1024;

    /**
     * Leaves (by index) whose entry gives another leaf hash than the stored one, whose entry cannot be
     * read, or whose entry is missing; and the bytes hashed.
     */
    record Findings(Map<Long, byte[]> recomputed, Map<Long, String> unreadable, Set<Long> missing, long[] hashed) {

        Findings() {
            this(new HashMap<>(), new HashMap<>(), new HashSet<>(), new long[1]);
        }

        int size() {
            return recomputed.size() + unreadable.size() + missing.size();
        }

        long hashedBytes() {
            return hashed[0];
        }
    }

    private EntryPass() {
    }

    /**
     * The findings for the leaves numbered {@code from} to {@code head - 1}, or null if there are too many; reading
     * {@code span} entry numbers at a time (131,072 holds about 6 MB of stored leaves).
     */
    static Findings run(Connection connection, long from, long head, Executor hashing, int ahead, long span) throws SQLException {
        Findings findings = new Findings();
        long first;
        long last;
        try (PreparedStatement s = connection.prepareStatement(
                "SELECT MIN(seq), MAX(seq) FROM audit_tree_node WHERE level = 0 AND idx >= ? AND idx < ?")) {
            s.setLong(1, from);
            s.setLong(2, head);
            ResultSet rs = s.executeQuery();
            rs.next();
            first = rs.getLong(1);
            if (rs.wasNull()) {
                return findings;
            }
            last = rs.getLong(2);
        }
        CopiedLeaves leaves = new CopiedLeaves();
        ArrayDeque<Chunk> pending = new ArrayDeque<>();
        try {
            for (long start = first; start <= last; start += span) {
                Span numbers = Span.load(connection, start, Math.min(last + 1, start + span), from, head);
                if (numbers.size > 0) {
                    read(connection, numbers, leaves, findings, pending, hashing, ahead);
                }
                if (findings.size() > MAX_FINDINGS) {
                    return null;
                }
            }
            while (!pending.isEmpty()) {
                pending.poll().collect(findings);
            }
        } finally {
            pending.forEach(c -> c.hashed.join()); // leave no task running on a buffer that is dropped
        }
        return findings.size() > MAX_FINDINGS ? null : findings;
    }

    private static void read(Connection connection, Span span, CopiedLeaves leaves, Findings findings, ArrayDeque<Chunk> pending,
                             Executor hashing, int ahead) throws SQLException {
        Chunk chunk = new Chunk(span);
        // Numbers are longs from the database: nothing a caller typed goes into the statement.
        try (CopyTuples rows = CopyTuples.copy(connection, "SELECT " + CopiedLeaves.COLUMNS + " FROM audit_entry WHERE seq >= "
                + span.seqs[0] + " AND seq <= " + span.seqs[span.size - 1], CopiedLeaves.FIELDS)) {
            while (rows.next()) {
                chunk = take(rows, leaves, span, findings, chunk, pending, hashing, ahead);
            }
        }
        submit(chunk, pending, findings, hashing, ahead);
        for (int i = 0; i < span.size; i++) {
            if (!span.seen[i]) {
                findings.missing().add(span.indexes[i]);
            }
        }
    }

    private static Chunk take(CopyTuples rows, CopiedLeaves leaves, Span span, Findings findings, Chunk chunk,
                              ArrayDeque<Chunk> pending, Executor hashing, int ahead) {
        long seq = CopiedLeaves.seq(rows);
        int i = span.find(seq);
        if (i < 0) {
            return chunk; // an entry not yet integrated, or of a leaf outside the range checked
        }
        int length;
        String unreadable = null;
        try {
            length = leaves.encode(rows);
        } catch (RuntimeException e) {
            unreadable = String.valueOf(e.getMessage());
            length = -1;
        }
        for (; i < span.size && span.seqs[i] == seq; i++) {
            span.seen[i] = true;
            if (unreadable != null) {
                findings.unreadable().put(span.indexes[i], unreadable);
            } else {
                chunk.add(i, leaves.buffer(), length);
            }
        }
        if (chunk.count >= CHUNK_ROWS) {
            submit(chunk, pending, findings, hashing, ahead);
            return new Chunk(span);
        }
        return chunk;
    }

    private static void submit(Chunk chunk, ArrayDeque<Chunk> pending, Findings findings, Executor hashing, int ahead) {
        if (chunk.count == 0) {
            return;
        }
        chunk.hashed = CompletableFuture.runAsync(chunk::hash, hashing);
        pending.add(chunk);
        while (pending.size() > ahead) {
            pending.poll().collect(findings);
        }
    }

    /** The stored leaves whose entries are numbered in one span, in number order. */
    private static final class Span {
        long[] seqs = new long[4096];
        long[] indexes = new long[4096];
        byte[] hashes = new byte[4096 * Merkle.HASH_BYTES];
        boolean[] seen;
        int size;
        /** Positions whose stored leaf is not 32 bytes: whatever their entry hashes to, they differ. */
        Set<Integer> malformed;

        static Span load(Connection connection, long start, long end, long from, long head) throws SQLException {
            Span span = new Span();
            try (CopyTuples rows = CopyTuples.copy(connection, "SELECT seq, idx, hash FROM audit_tree_node WHERE level = 0"
                    + " AND seq >= " + start + " AND seq < " + end + " AND idx >= " + from + " AND idx < " + head
                    + " ORDER BY seq, idx", 3)) {
                while (rows.next()) {
                    span.add(rows.int64(0), rows.int64(1), rows);
                }
            }
            span.seen = new boolean[span.size];
            return span;
        }

        private void add(long seq, long index, CopyTuples row) {
            if (size == seqs.length) {
                seqs = Arrays.copyOf(seqs, size * 2);
                indexes = Arrays.copyOf(indexes, size * 2);
                hashes = Arrays.copyOf(hashes, size * 2 * Merkle.HASH_BYTES);
            }
            seqs[size] = seq;
            indexes[size] = index;
            if (!row.hash(2, hashes, size * Merkle.HASH_BYTES)) {
                // A stored leaf that is not a hash at all: no recomputed leaf can equal these bytes, so it is a finding.
                Arrays.fill(hashes, size * Merkle.HASH_BYTES, (size + 1) * Merkle.HASH_BYTES, (byte) 0);
                malformed = malformed == null ? new HashSet<>() : malformed;
                malformed.add(size);
            }
            size++;
        }

        /** The first position holding {@code seq}, or -1. */
        int find(long seq) {
            int i = Arrays.binarySearch(seqs, 0, size, seq);
            if (i < 0) {
                return -1;
            }
            while (i > 0 && seqs[i - 1] == seq) {
                i--;
            }
            return i;
        }
    }

    /** Leaves encoded together, packed in one buffer, hashed and compared on a hashing thread. */
    private static final class Chunk {
        final Span span;
        int[] positions = new int[CHUNK_ROWS];
        int[] offsets = new int[CHUNK_ROWS];
        int[] lengths = new int[CHUNK_ROWS];
        byte[] data = new byte[CHUNK_ROWS * 768]; // room for the leaves of a chunk of ordinary entries, without growing
        int used;
        int count;
        final Map<Long, byte[]> differing = new HashMap<>();
        long hashedBytes;
        CompletableFuture<Void> hashed;

        Chunk(Span span) {
            this.span = span;
        }

        void add(int position, byte[] source, int length) {
            if (count == positions.length) { // only when leaves share an entry's number, which a sound tree never has
                positions = Arrays.copyOf(positions, count * 2);
                offsets = Arrays.copyOf(offsets, count * 2);
                lengths = Arrays.copyOf(lengths, count * 2);
            }
            if (used + length > data.length) {
                data = Arrays.copyOf(data, Math.max(data.length * 2, used + length));
            }
            System.arraycopy(source, 0, data, used, length);
            positions[count] = position;
            offsets[count] = used;
            lengths[count] = length;
            used += length;
            count++;
        }

        void hash() {
            MessageDigest digest = Merkle.sha256();
            for (int i = 0; i < count; i++) {
                byte[] leaf = Merkle.leafHash(digest, data, offsets[i], lengths[i]);
                hashedBytes += 1 + lengths[i];
                int p = positions[i];
                boolean malformed = span.malformed != null && span.malformed.contains(p);
                if (malformed || !Arrays.equals(leaf, 0, Merkle.HASH_BYTES, span.hashes, p * Merkle.HASH_BYTES,
                        (p + 1) * Merkle.HASH_BYTES)) {
                    differing.put(span.indexes[p], leaf);
                }
            }
        }

        void collect(Findings findings) {
            hashed.join();
            findings.recomputed().putAll(differing);
            findings.hashed()[0] += hashedBytes;
        }
    }
}
