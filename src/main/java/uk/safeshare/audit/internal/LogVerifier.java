package uk.safeshare.audit.internal;

import java.security.MessageDigest;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.OffsetDateTime;
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
        boolean autoCommit = connection.getAutoCommit();
        if (autoCommit) {
            connection.setAutoCommit(false); // lets PostgreSQL stream the rows with a cursor instead of loading them all
        }
        try {
            return run(connection, key);
        } finally {
            if (autoCommit) {
                connection.rollback();
                connection.setAutoCommit(true);
            }
        }
    }

    private static Verification run(Connection connection, SignedNote.VerifierKey key) throws SQLException {
        long headSize;
        byte[] headRoot;
        List<Stored> checkpoints = new ArrayList<>();
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
        checkpoints.sort(Comparator.comparingLong(c -> c.checkpoint().treeSize()));
        for (Stored cp : checkpoints) {
            if (cp.checkpoint().treeSize() > headSize) {
                return new Verification.Broken(cp.label(), 0, "signed a tree of " + cp.checkpoint().treeSize()
                        + " entries but the log now has " + headSize + ": entries were removed", 0);
            }
        }

        Walk walk = new Walk(checkpoints);
        try (PreparedStatement entries = connection.prepareStatement("SELECT " + EntryRows.COLUMNS
                + " FROM audit_entry WHERE leaf_index IS NOT NULL ORDER BY leaf_index");
             PreparedStatement nodes = connection.prepareStatement("SELECT level, idx, hash FROM audit_tree_node"
                     + " ORDER BY (idx + 1) * CAST(POWER(2, level) AS BIGINT), level")) {
            entries.setFetchSize(2000);
            nodes.setFetchSize(4000);
            try (ResultSet er = entries.executeQuery(); ResultSet nr = nodes.executeQuery()) {
                Verification broken = walk.run(er, nr);
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
        long waiting;
        try (Statement s = connection.createStatement();
             ResultSet rs = s.executeQuery("SELECT COUNT(*) FROM audit_entry WHERE leaf_index IS NULL")) {
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

    /** The single pass over leaves (entries) and stored nodes, both in the order the tree grew. */
    private static final class Walk {
        private final Merkle.Frontier frontier = new Merkle.Frontier();
        private final MessageDigest digest = Merkle.sha256();
        private final List<Stored> checkpoints;
        private int nextCheckpoint;
        private AuditEntry suspect;
        private final List<long[]> completedPositions = new ArrayList<>();
        private final List<byte[]> completedHashes = new ArrayList<>();

        Walk(List<Stored> checkpoints) {
            this.checkpoints = checkpoints;
        }

        Verification run(ResultSet er, ResultSet nr) throws SQLException {
            boolean haveNode = nr.next();
            while (er.next()) {
                long checked = frontier.size();
                AuditEntry e;
                try {
                    e = EntryRows.read(er);
                } catch (RuntimeException unreadable) {
                    return new Verification.Broken("entry " + er.getLong("seq"), er.getLong("seq"),
                            "cannot be read: " + unreadable.getMessage(), checked);
                }
                String subject = "entry " + e.seq() + " (leaf " + e.leafIndex() + ")";
                if (e.leafIndex() != checked) {
                    return new Verification.Broken("leaf " + checked, 0, "is missing: an integrated entry was removed (the next leaf found is "
                            + e.leafIndex() + ", entry " + e.seq() + ")", checked);
                }
                byte[] leaf = Merkle.leafHash(digest, LeafEncoding.encode(e));
                completedPositions.clear();
                completedHashes.clear();
                frontier.append(leaf, (level, index, hash) -> {
                    completedPositions.add(new long[]{level, index});
                    completedHashes.add(hash);
                });
                for (int i = 0; i < completedPositions.size(); i++) {
                    int level = (int) completedPositions.get(i)[0];
                    long index = completedPositions.get(i)[1];
                    String node = level == 0 ? "the stored leaf of " + subject : "inner node at level " + level + ", index " + index;
                    if (!haveNode || nr.getInt(1) != level || nr.getLong(2) != index) {
                        return new Verification.Broken(node, level == 0 ? e.seq() : 0, "is missing", checked);
                    }
                    boolean matches = Arrays.equals(nr.getBytes(3), completedHashes.get(i));
                    haveNode = nr.next();
                    if (level == 0) {
                        if (!matches) {
                            suspect = e; // the entry or its leaf: the node above, or the signed root, tells which
                        }
                        continue;
                    }
                    if (suspect != null) {
                        return suspectVerdict(!matches, checked);
                    }
                    if (!matches) {
                        return new Verification.Broken(node, 0, "was altered: it does not match the entries below it", checked);
                    }
                }
                Verification atCheckpoint = checkpointsAt(frontier.size(), checked);
                if (atCheckpoint != null) {
                    return atCheckpoint;
                }
            }
            if (suspect != null) {
                return new Verification.Broken("entry " + suspect.seq() + " (leaf " + suspect.leafIndex() + ")", suspect.seq(),
                        "has been altered (its content does not match its leaf hash)", frontier.size() - 1);
            }
            return null;
        }

        private Verification suspectVerdict(boolean entryChanged, long checked) {
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
                    return suspectVerdict(!matches, checked);
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
