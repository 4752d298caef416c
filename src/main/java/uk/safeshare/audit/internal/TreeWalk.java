package uk.safeshare.audit.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayDeque;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import uk.safeshare.audit.Checkpoint;
import uk.safeshare.audit.Verification;
import uk.safeshare.audit.internal.WalkRows.Chunk;
import uk.safeshare.audit.internal.WalkRows.Row;

/**
 * The single pass of {@link LogVerifier} over the stored tree, in the order it grew, rebuilding it
 * from the entries. Rows are read, and their entries encoded as leaves, in chunks; each chunk's leaf
 * hashes are computed on the hashing threads while the reading thread reads the next chunks, and the
 * chunks are then checked strictly in order (the inner nodes, 65 bytes each, rebuilt on the reading
 * thread), so the verdict, and the first thing it names, are what a one-row-at-a-time walk gives.
 */
final class TreeWalk {

    static final int CHUNK_ROWS = 1024;

    /** A checkpoint the walk compares the rebuilt root with when the tree reaches its size. */
    record Stored(Checkpoint checkpoint, String label) {
    }

    /** An entry whose stored leaf differs from its recomputed one: the entry or the leaf was changed. */
    private record Suspect(long seq, long leaf) {
    }

    final Frontier frontier;
    private final LeafRows leaves;
    private final EntryPass.Findings entries;
    private final Executor hashing;
    private final int ahead;
    /** The smallest entry number among the leaves walked (for the lost-entry check of an incremental run). */
    long firstSeq = Long.MAX_VALUE;
    long hashedBytes;
    private final List<Stored> checkpoints;
    private int nextCheckpoint;
    private Suspect suspect;
    /** Stored inner nodes the last leaf completed, as rebuilt from the entries: {level, index} and hash, in order. */
    private final ArrayDeque<long[]> expectedPositions = new ArrayDeque<>();
    private final ArrayDeque<byte[]> expectedHashes = new ArrayDeque<>();

    /**
     * @param hashing the threads that hash leaves
     * @param ahead   how many chunks may be read ahead of the one being checked (about the hashing threads, plus one)
     */
    TreeWalk(List<Stored> checkpoints, Frontier start, LeafRows leaves, Executor hashing, int ahead) {
        this(checkpoints, start, leaves, null, hashing, ahead);
    }

    /**
     * The second pass of a two-pass verification: the rows are the stored tree alone (level, hash, entry
     * number, index) and each leaf's recomputed hash is its stored one unless {@code entries}, the first
     * pass, found otherwise.
     */
    TreeWalk(List<Stored> checkpoints, Frontier start, EntryPass.Findings entries, Executor hashing, int ahead) {
        this(checkpoints, start, null, entries, hashing, ahead);
    }

    private TreeWalk(List<Stored> checkpoints, Frontier start, LeafRows leaves, EntryPass.Findings entries, Executor hashing,
                     int ahead) {
        this.entries = entries;
        this.checkpoints = checkpoints;
        this.frontier = start;
        this.leaves = leaves;
        this.hashing = hashing;
        this.ahead = Math.max(1, ahead);
    }

    /** Walks every row of {@code rows}; null if all of it holds, else the first thing found broken. */
    Verification run(ResultSet rows) throws SQLException {
        return run(() -> read(rows));
    }

    /** As above, the second pass of a two-pass walk: the stored tree alone, in tree order. */
    Verification run(StoredTreeInOrder rows) throws SQLException {
        return run(() -> read(rows));
    }

    private interface Source {
        Chunk next() throws SQLException;
    }

    private Verification run(Source rows) throws SQLException {
        ArrayDeque<Chunk> pending = new ArrayDeque<>();
        boolean more = true;
        while (more) {
            Chunk chunk = rows.next();
            more = chunk.rows.size() == CHUNK_ROWS;
            chunk.hashed = CompletableFuture.runAsync(chunk::hashLeaves, hashing);
            pending.add(chunk);
            while (pending.size() > (more ? ahead : 0)) {
                Verification broken = check(pending.poll());
                if (broken != null) {
                    pending.forEach(c -> c.hashed.join()); // leave no task running on a buffer that is dropped
                    return broken;
                }
            }
        }
        if (!expectedPositions.isEmpty()) {
            return missing(frontier.size());
        }
        if (suspect != null) {
            return new Verification.Broken("entry " + suspect.seq() + " (leaf " + suspect.leaf() + ")", suspect.seq(),
                    "has been altered (its content does not match its leaf hash)", suspect.leaf());
        }
        return null;
    }

    /** The one-pass walk's rows: each leaf with its entry's columns, encoded here. */
    private Chunk read(ResultSet rows) throws SQLException {
        Chunk chunk = new Chunk();
        while (chunk.rows.size() < CHUNK_ROWS && rows.next()) {
            int level = rows.getInt(1);
            long index = rows.getLong(4);
            long seq = rows.getLong(3);
            byte[] stored = rows.getBytes(2);
            if (level > 0) {
                chunk.rows.add(new Row(level, index, seq, stored, false, null, 0, -1));
                continue;
            }
            rows.getLong(LeafRows.SEQ);
            if (rows.wasNull()) {
                chunk.rows.add(new Row(level, index, seq, stored, true, null, 0, -1));
                continue;
            }
            try {
                int length = leaves.encode(rows);
                chunk.rows.add(new Row(level, index, seq, stored, false, null, chunk.put(leaves.buffer(), length), length));
            } catch (RuntimeException unreadable) {
                chunk.rows.add(new Row(level, index, seq, stored, false, unreadable.getMessage(), 0, -1));
            }
        }
        return chunk;
    }

    /** The second pass's rows: the stored tree alone, each leaf's entry checked by the first pass. */
    private Chunk read(StoredTreeInOrder rows) throws SQLException {
        Chunk chunk = new Chunk();
        while (chunk.rows.size() < CHUNK_ROWS && rows.next()) {
            chunk.rows.add(rows.level > 0 ? new Row(rows.level, rows.index, rows.seq, rows.hash, false, null, 0, -1)
                    : checkedLeaf(rows.index, rows.seq, rows.noSeq, rows.hash));
        }
        return chunk;
    }

    /** A leaf whose entry the first pass checked: its recomputed hash is the stored one unless the first pass found otherwise. */
    private Row checkedLeaf(long index, long seq, boolean noSeq, byte[] stored) {
        boolean missing = noSeq || entries.missing().contains(index);
        return new Row(0, index, seq, stored, missing, entries.unreadable().get(index), 0, -1,
                missing ? null : entries.recomputed().getOrDefault(index, stored));
    }

    private Verification check(Chunk chunk) {
        chunk.hashed.join();
        for (int i = 0; i < chunk.rows.size(); i++) {
            Verification broken = check(chunk.rows.get(i), chunk.leafHashes[i]);
            if (broken != null) {
                return broken;
            }
        }
        return null;
    }

    private Verification check(Row row, byte[] leaf) {
        long checked = frontier.size();
        int level = row.level();
        long index = row.index();
        if (level > 0) {
            String node = "inner node at level " + level + ", index " + index;
            if (expectedPositions.isEmpty() || expectedPositions.peek()[0] != level || expectedPositions.peek()[1] != index) {
                return expectedPositions.isEmpty()
                        ? new Verification.Broken(node, 0, "does not belong to the tree of " + checked + " entries", checked)
                        : missing(checked);
            }
            expectedPositions.poll();
            boolean matches = Arrays.equals(row.stored(), expectedHashes.poll());
            if (suspect != null) {
                return suspectVerdict(!matches);
            }
            if (!matches) {
                return new Verification.Broken(node, 0, "was altered: it does not match the entries below it", checked);
            }
            return null;
        }
        if (!expectedPositions.isEmpty()) {
            return missing(checked);
        }
        if (index != checked) {
            return new Verification.Broken("leaf " + checked, 0, "is missing: an integrated entry was removed with its leaf"
                    + " (the next leaf found is " + index + ")", checked);
        }
        long seq = row.seq();
        if (row.entryMissing()) {
            return new Verification.Broken("entry " + seq + " (leaf " + index + ")", seq, "is missing: it was removed from the log", checked);
        }
        firstSeq = Math.min(firstSeq, seq);
        if (row.unreadable() != null) {
            return new Verification.Broken("entry " + seq + " (leaf " + index + ")", seq, "cannot be read: " + row.unreadable(), checked);
        }
        hashedBytes += row.leaf() == null ? 1 + row.length() : 0; // the first pass counted what it hashed
        frontier.append(leaf, (lvl, idx, hash) -> {
            hashedBytes += lvl > 0 ? 1 + 2 * Merkle.HASH_BYTES : 0;
            if (lvl > 0 && StoredNodes.stored(lvl)) {
                expectedPositions.add(new long[]{lvl, idx});
                expectedHashes.add(hash);
            }
        });
        if (suspect == null && !Arrays.equals(row.stored(), leaf)) {
            // The entry or its leaf: the stored node above it, or the signed root, tells which.
            suspect = new Suspect(seq, index);
        }
        return checkpointsAt(frontier.size(), checked);
    }

    private Verification missing(long checked) {
        long[] p = expectedPositions.peek();
        return new Verification.Broken("inner node at level " + p[0] + ", index " + p[1], 0, "is missing", checked);
    }

    private Verification suspectVerdict(boolean entryChanged) {
        Suspect e = suspect;
        String subject = "entry " + e.seq() + " (leaf " + e.leaf() + ")";
        return entryChanged
                ? new Verification.Broken(subject, e.seq(), "has been altered (its content no longer matches its leaf and the tree above it)", e.leaf())
                : new Verification.Broken("the stored leaf of " + subject, e.seq(), "was altered (the entry still matches the tree above it)", e.leaf());
    }

    private Verification checkpointsAt(long size, long checked) {
        while (nextCheckpoint < checkpoints.size() && checkpoints.get(nextCheckpoint).checkpoint().treeSize() <= size) {
            Stored cp = checkpoints.get(nextCheckpoint++);
            if (cp.checkpoint().treeSize() < size) {
                continue; // size 0: nothing to compare
            }
            boolean matches = Arrays.equals(frontier.root(), cp.checkpoint().rootHash());
            if (suspect != null) {
                return suspectVerdict(!matches);
            }
            if (!matches) {
                return new Verification.Broken(cp.label(), 0, "(tree size " + size + ") does not match the log:"
                        + " entries before it were rewritten after it was signed", checked);
            }
        }
        return null;
    }
}
