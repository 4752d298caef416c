package uk.safeshare.audit.internal;

import java.security.MessageDigest;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.OffsetDateTime;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import uk.safeshare.audit.AuditEntry;
import uk.safeshare.audit.Checkpoint;
import uk.safeshare.audit.Verification;

/**
 * Verifies everything the database holds about the log, over a plain JDBC connection (the service
 * and the command line run the same code). In one pass in tree order it recomputes every entry's
 * leaf from what is stored, rebuilds the tree from those leaves and compares every stored leaf and
 * inner node, and the root at the size of every stored checkpoint, whose signatures it checks too.
 *
 * <p>What is named: an entry changed after integration (its leaf and the nodes above it no longer
 * match it); a stored leaf changed (it alone differs); an inner node changed (it alone differs); a
 * checkpoint changed (its signature fails) or no longer matching the log (the log was rewritten
 * after it was signed); entries removed (a leaf missing, or the tree shorter than its head or a
 * checkpoint says). Someone able to rewrite the database <em>and</em> every checkpoint would need
 * the signing key, which is not in the database; a witness holding an older checkpoint catches even
 * that (ADR 0010).
 */
public final class LogVerifier {

    private LogVerifier() {
    }

    private record Stored(Checkpoint checkpoint, String label) {
    }

    public static Verification verify(Connection connection, SignedNote.VerifierKey key) throws SQLException {
        return verify(connection, key, bytes -> { });
    }

    /** As above, and reports how many bytes were hashed (leaves and rebuilt nodes), for throughput figures. */
    public static Verification verify(Connection connection, SignedNote.VerifierKey key, java.util.function.LongConsumer hashed)
            throws SQLException {
        boolean autoCommit = connection.getAutoCommit();
        if (autoCommit) {
            connection.setAutoCommit(false); // lets PostgreSQL stream the rows with a cursor instead of loading them all
        }
        try {
            return run(connection, key, hashed);
        } finally {
            if (autoCommit) {
                connection.rollback();
                connection.setAutoCommit(true);
            }
        }
    }

    private static Verification run(Connection connection, SignedNote.VerifierKey key, java.util.function.LongConsumer hashed)
            throws SQLException {
        long headSize;
        byte[] headRoot;
        List<Stored> checkpoints = new ArrayList<>();
        // The sequencer may integrate entries while this runs, and each statement sees the log as it then is.
        // So the kept checkpoints are read before the head (the head only grows: a kept checkpoint larger than
        // it means entries were removed), and only the part of the tree the head covers is walked.
        try (Statement s = connection.createStatement();
             ResultSet rs = s.executeQuery("SELECT period_start, tree_size, root_hash, note FROM audit_checkpoint ORDER BY period_start")) {
            while (rs.next()) {
                String label = "the checkpoint kept for " + rs.getObject(1, OffsetDateTime.class).toInstant();
                Optional<Stored> cp = open(rs.getString(4), key, label);
                if (cp.isEmpty()) {
                    return brokenSignature(label, key);
                }
                if (cp.get().checkpoint().treeSize() != rs.getLong(2) || !Arrays.equals(cp.get().checkpoint().rootHash(), rs.getBytes(3))) {
                    return new Verification.Broken(label, 0, "its stored size or root differs from what was signed", 0);
                }
                checkpoints.add(cp.get());
            }
        }
        try (Statement s = connection.createStatement();
             ResultSet rs = s.executeQuery("SELECT tree_size, root_hash, checkpoint FROM audit_tree_head WHERE id = 1")) {
            if (!rs.next()) {
                return new Verification.Broken("the tree head", 0, "is missing", 0);
            }
            headSize = rs.getLong(1);
            headRoot = rs.getBytes(2);
            String note = rs.getString(3);
            if (note != null) {
                Optional<Stored> cp = open(note, key, "the latest checkpoint");
                if (cp.isEmpty()) {
                    return brokenSignature("the latest checkpoint", key);
                }
                if (cp.get().checkpoint().treeSize() != headSize || !Arrays.equals(cp.get().checkpoint().rootHash(), headRoot)) {
                    return new Verification.Broken("the tree head", 0, "does not match the latest signed checkpoint (size "
                            + cp.get().checkpoint().treeSize() + ")", 0);
                }
                checkpoints.add(cp.get());
            }
        }
        checkpoints.sort(Comparator.comparingLong(c -> c.checkpoint().treeSize()));
        for (Stored cp : checkpoints) {
            if (cp.checkpoint().treeSize() > headSize) {
                return new Verification.Broken(cp.label(), 0, "signed a tree of " + cp.checkpoint().treeSize()
                        + " entries but the log now has " + headSize + ": entries were removed", 0);
            }
        }

        Walk walk = new Walk(checkpoints);
        // Leaves and stored inner nodes in the order the tree grew (each node right after the leaf that completed it),
        // each leaf with the entry it is for.
        try (PreparedStatement nodes = connection.prepareStatement("SELECT n.level AS node_level, n.hash AS node_hash,"
                + " n.seq AS node_seq, n.idx AS node_idx, " + EntryRows.COLUMNS
                + " FROM audit_tree_node n LEFT JOIN audit_entry e ON n.level = 0 AND e.seq = n.seq"
                + " WHERE (n.idx + 1) * CAST(POWER(2, n.level) AS BIGINT) <= ?"
                + " ORDER BY (n.idx + 1) * CAST(POWER(2, n.level) AS BIGINT), n.level")) {
            nodes.setLong(1, headSize);
            nodes.setFetchSize(4000);
            try (ResultSet rows = nodes.executeQuery()) {
                Verification broken = walk.run(rows);
                hashed.accept(walk.hashedBytes);
                if (broken != null) {
                    return broken;
                }
            }
        }
        if (walk.frontier.size() != headSize) {
            return new Verification.Broken("the tree head", 0, "says the tree has " + headSize + " entries but "
                    + walk.frontier.size() + " were found: the log ends early", walk.frontier.size());
        }
        if (headSize > 0 && !Arrays.equals(walk.frontier.root(), headRoot)) {
            return new Verification.Broken("the tree head", 0, "its root does not match the entries", headSize);
        }
        try (Statement s = connection.createStatement();
             ResultSet rs = s.executeQuery("SELECT MIN(e.seq) FROM audit_entry e WHERE NOT EXISTS (SELECT 1 FROM audit_tree_node n"
                     + " WHERE n.level = 0 AND n.seq = e.seq) AND NOT EXISTS (SELECT 1 FROM audit_entry_queue q WHERE q.seq = e.seq)")) {
            rs.next();
            long lost = rs.getLong(1);
            if (!rs.wasNull()) {
                return new Verification.Broken("entry " + lost, lost, "is neither in the tree nor waiting to be integrated:"
                        + " it was taken off the sequencer's queue", headSize);
            }
        }
        long waiting;
        try (Statement s = connection.createStatement();
             ResultSet rs = s.executeQuery("SELECT COUNT(*) FROM audit_entry_queue")) {
            rs.next();
            waiting = rs.getLong(1);
        }
        return new Verification.Verified(headSize, HexFormat.of().formatHex(walk.frontier.root()), checkpoints.size(), key != null, waiting);
    }

    private static Verification brokenSignature(String label, SignedNote.VerifierKey key) {
        return new Verification.Broken(label, 0, key == null ? "is not a well-formed checkpoint"
                : "its signature does not verify with the log's public key " + key.name() + ": it was altered or forged", 0);
    }

    private static Optional<Stored> open(String note, SignedNote.VerifierKey key, String label) {
        return (key == null ? SignedNote.parse(note) : SignedNote.open(note, key)).map(c -> new Stored(c, label));
    }

    /** The single pass over the stored tree, in the order it grew, rebuilding it from the entries. */
    private static final class Walk {
        private final Merkle.Frontier frontier = new Merkle.Frontier();
        private final MessageDigest digest = Merkle.sha256();
        private final List<Stored> checkpoints;
        private int nextCheckpoint;
        private AuditEntry suspect;
        /** Stored inner nodes the last leaf completed, as rebuilt from the entries: {level, index} and hash, in order. */
        private final ArrayDeque<long[]> expectedPositions = new ArrayDeque<>();
        private final ArrayDeque<byte[]> expectedHashes = new ArrayDeque<>();
        private long hashedBytes;

        Walk(List<Stored> checkpoints) {
            this.checkpoints = checkpoints;
        }

        Verification run(ResultSet rows) throws SQLException {
            while (rows.next()) {
                long checked = frontier.size();
                int level = rows.getInt("node_level");
                long index = rows.getLong("node_idx");
                if (level > 0) {
                    String node = "inner node at level " + level + ", index " + index;
                    if (expectedPositions.isEmpty() || expectedPositions.peek()[0] != level || expectedPositions.peek()[1] != index) {
                        return expectedPositions.isEmpty()
                                ? new Verification.Broken(node, 0, "does not belong to the tree of " + checked + " entries", checked)
                                : missing(checked);
                    }
                    expectedPositions.poll();
                    boolean matches = Arrays.equals(rows.getBytes("node_hash"), expectedHashes.poll());
                    if (suspect != null) {
                        return suspectVerdict(!matches);
                    }
                    if (!matches) {
                        return new Verification.Broken(node, 0, "was altered: it does not match the entries below it", checked);
                    }
                    continue;
                }
                if (!expectedPositions.isEmpty()) {
                    return missing(checked);
                }
                if (index != checked) {
                    return new Verification.Broken("leaf " + checked, 0, "is missing: an integrated entry was removed with its leaf"
                            + " (the next leaf found is " + index + ")", checked);
                }
                long seq = rows.getLong("node_seq");
                rows.getLong("seq");
                if (rows.wasNull()) {
                    return new Verification.Broken("entry " + seq + " (leaf " + index + ")", seq, "is missing: it was removed from the log", checked);
                }
                AuditEntry e;
                try {
                    e = EntryRows.read(rows);
                } catch (RuntimeException unreadable) {
                    return new Verification.Broken("entry " + seq + " (leaf " + index + ")", seq, "cannot be read: " + unreadable.getMessage(), checked);
                }
                byte[] data = LeafEncoding.encode(e);
                byte[] leaf = Merkle.leafHash(digest, data);
                hashedBytes += 1 + data.length;
                frontier.append(leaf, (lvl, idx, hash) -> {
                    hashedBytes += lvl > 0 ? 1 + 2 * Merkle.HASH_BYTES : 0;
                    if (lvl > 0 && StoredNodes.stored(lvl)) {
                        expectedPositions.add(new long[]{lvl, idx});
                        expectedHashes.add(hash);
                    }
                });
                if (!Arrays.equals(rows.getBytes("node_hash"), leaf) && suspect == null) {
                    suspect = e; // the entry or its leaf: the stored node above it, or the signed root, tells which
                }
                Verification atCheckpoint = checkpointsAt(frontier.size(), checked);
                if (atCheckpoint != null) {
                    return atCheckpoint;
                }
            }
            if (!expectedPositions.isEmpty()) {
                return missing(frontier.size());
            }
            if (suspect != null) {
                return new Verification.Broken("entry " + suspect.seq() + " (leaf " + suspect.leafIndex() + ")", suspect.seq(),
                        "has been altered (its content does not match its leaf hash)", suspect.leafIndex());
            }
            return null;
        }

        private Verification missing(long checked) {
            long[] p = expectedPositions.peek();
            return new Verification.Broken("inner node at level " + p[0] + ", index " + p[1], 0, "is missing", checked);
        }

        private Verification suspectVerdict(boolean entryChanged) {
            AuditEntry e = suspect;
            String subject = "entry " + e.seq() + " (leaf " + e.leafIndex() + ")";
            return entryChanged
                    ? new Verification.Broken(subject, e.seq(), "has been altered (its content no longer matches its leaf and the tree above it)", e.leafIndex())
                    : new Verification.Broken("the stored leaf of " + subject, e.seq(), "was altered (the entry still matches the tree above it)", e.leafIndex());
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
}
