package uk.safeshare.audit.internal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import uk.safeshare.audit.Verification;

/**
 * The stored tree read in the order it grew, for {@link TreeWalk}: with each leaf's entry (one pass),
 * or alone with PostgreSQL's binary copy (the second of two passes, ADR 0019); then the checks made
 * once the walk is done: the head's size and root, and no entry taken off the sequencer's queue.
 */
final class StoredTreeWalk {

    private StoredTreeWalk() {
    }

    static Verification walk(Connection connection, SignedNote.VerifierKey key, java.util.function.LongConsumer hashed,
                                     LogVerifier.Trusted from, long headSize, byte[] headRoot, List<TreeWalk.Stored> checkpoints,
                                     TreeWalk walk, long window) throws SQLException {
        if (window > 0) {
            // The second pass on PostgreSQL (ADR 0019): the stored tree alone, in the same order, without sorting it.
            try (StoredTreeInOrder rows = new StoredTreeInOrder(connection, from.size(), headSize, window)) {
                Verification broken = walk.run(rows);
                hashed.accept(walk.hashedBytes);
                if (broken != null) {
                    return broken;
                }
            }
            return afterWalk(connection, key, from, headSize, headRoot, checkpoints, walk);
        }
        // Leaves and stored inner nodes completed after the trusted size, up to the head, in the order the tree grew
        // (each node right after the leaf that completed it), each leaf with the entry it is for. One range per level,
        // so that PostgreSQL reads only the new part of each level through the primary key.
        List<Long> bounds = new ArrayList<>();
        StringBuilder ranges = new StringBuilder();
        for (int level = 0; level < 63 && (headSize >> level) > 0; level++) {
            if ((headSize >> level) > (from.size() >> level)) {
                ranges.append(ranges.isEmpty() ? "" : " UNION ALL ")
                        .append("SELECT level, idx, seq, hash FROM audit_tree_node WHERE level = ").append(level)
                        .append(" AND idx >= ? AND idx < ?");
                bounds.add(from.size() >> level);
                bounds.add(headSize >> level);
            }
        }
        if (ranges.isEmpty()) {
            ranges.append("SELECT level, idx, seq, hash FROM audit_tree_node WHERE 1 = 0");
        }
        try (PreparedStatement nodes = connection.prepareStatement("SELECT n.level AS node_level, n.hash AS node_hash,"
                + " n.seq AS node_seq, n.idx AS node_idx, " + EntryRows.COLUMNS
                + " FROM (" + ranges + ") n LEFT JOIN audit_entry e ON n.level = 0 AND e.seq = n.seq"
                + " ORDER BY (n.idx + 1) * CAST(POWER(2, n.level) AS BIGINT), n.level")) {
            for (int i = 0; i < bounds.size(); i++) {
                nodes.setLong(i + 1, bounds.get(i));
            }
            nodes.setFetchSize(4000);
            try (ResultSet rows = nodes.executeQuery()) {
                Verification broken = walk.run(rows);
                hashed.accept(walk.hashedBytes);
                if (broken != null) {
                    return broken;
                }
            }
        }
        return afterWalk(connection, key, from, headSize, headRoot, checkpoints, walk);
    }

    /** What is checked once the tree is walked: its size and root against the head, and no entry lost. */
    private static Verification afterWalk(Connection connection, SignedNote.VerifierKey key, LogVerifier.Trusted from, long headSize,
                                          byte[] headRoot, List<TreeWalk.Stored> checkpoints, TreeWalk walk) throws SQLException {
        if (walk.frontier.size() != headSize) {
            return new Verification.Broken("the tree head", 0, "says the tree has " + headSize + " entries but "
                    + walk.frontier.size() + " were found: the log ends early", walk.frontier.size());
        }
        if (headSize > 0 && !Arrays.equals(walk.frontier.root(), headRoot)) {
            return new Verification.Broken("the tree head", 0, "its root does not match the entries", headSize);
        }
        // Incrementally, only entries numbered from the first new leaf's on, or waiting, are looked at (an index range).
        long fromSeq = from.size() == 0 ? Long.MIN_VALUE : Math.min(walk.firstSeq, waitingFrom(connection));
        try (PreparedStatement s = connection.prepareStatement("SELECT MIN(e.seq) FROM audit_entry e WHERE e.seq >= ?"
                + " AND NOT EXISTS (SELECT 1 FROM audit_tree_node n WHERE n.level = 0 AND n.seq = e.seq)"
                + " AND NOT EXISTS (SELECT 1 FROM audit_entry_queue q WHERE q.seq = e.seq)")) {
            s.setLong(1, fromSeq);
            ResultSet rs = s.executeQuery();
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
        return new Verification.Verified(headSize, java.util.Base64.getEncoder().encodeToString(walk.frontier.root()), checkpoints.size(), key != null,
                waiting, from.size());
    }

    private static long waitingFrom(Connection connection) throws SQLException {
        try (Statement s = connection.createStatement(); ResultSet rs = s.executeQuery("SELECT MIN(seq) FROM audit_entry_queue")) {
            rs.next();
            long min = rs.getLong(1);
            return rs.wasNull() ? Long.MAX_VALUE : min;
        }
    }
}
