package uk.safeshare.audit.internal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
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

    /**
     * A tree the verifier already trusts: its size and root, from a checkpoint the auditor kept (or
     * the log's own root at a size they verified before). Verifying from it checks only what is newer.
     */
    public record Trusted(long size, byte[] root, String label) {
        public static final Trusted NOTHING = new Trusted(0, Merkle.emptyRoot(), "the empty log");
    }

    public static Verification verify(Connection connection, SignedNote.VerifierKey key) throws SQLException {
        return verify(connection, key, bytes -> { });
    }

    /** As above, and reports how many bytes were hashed (leaves and rebuilt nodes), for throughput figures. */
    public static Verification verify(Connection connection, SignedNote.VerifierKey key, java.util.function.LongConsumer hashed)
            throws SQLException {
        return verify(connection, key, hashed, Trusted.NOTHING);
    }

    /**
     * Incremental verification: the stored tree must extend {@code from} (a consistency proof from it
     * to the current head, built from the stored nodes, and the rebuilt tree's root at its size must be
     * its root), and every entry, leaf and node added since, and every checkpoint signed since, is
     * checked as a whole verification would. Entries before {@code from} are not read: the time taken
     * grows with what is new, not with the log.
     */
    public static Verification verify(Connection connection, SignedNote.VerifierKey key, java.util.function.LongConsumer hashed,
                                      Trusted from) throws SQLException {
        return verify(connection, key, hashed, from, StoredTreeInOrder.WINDOW);
    }

    /**
     * @param window on PostgreSQL, how many entry numbers and leaves to read at a time when the entries are read apart from
     *               the tree ({@link EntryPass}, ADR 0019); 0 for one walk joining each leaf to its entry, the only way on
     *               other databases. Every way gives the same verdict.
     */
    static Verification verify(Connection connection, SignedNote.VerifierKey key, java.util.function.LongConsumer hashed,
                               Trusted from, long window) throws SQLException {
        boolean autoCommit = connection.getAutoCommit();
        if (autoCommit) {
            connection.setAutoCommit(false); // lets PostgreSQL stream the rows with a cursor instead of loading them all
        }
        try {
            return run(connection, key, hashed, from, window);
        } finally {
            if (autoCommit) {
                connection.rollback();
                connection.setAutoCommit(true);
            }
        }
    }

    private static Verification run(Connection connection, SignedNote.VerifierKey key, java.util.function.LongConsumer hashed,
                                    Trusted from, long window) throws SQLException {
        boolean postgres = connection.getMetaData().getDatabaseProductName().equals("PostgreSQL");
        if (postgres) {
            // Times come back as "... +00", which LeafRows turns into the leaf's UTC form without parsing them.
            try (Statement s = connection.createStatement()) {
                s.execute("SET LOCAL TIME ZONE 'UTC'");
            }
        }
        long headSize;
        byte[] headRoot;
        List<TreeWalk.Stored> checkpoints = new ArrayList<>();
        // The sequencer may integrate entries while this runs, and each statement sees the log as it then is.
        // So the kept checkpoints are read before the head (the head only grows: a kept checkpoint larger than
        // it means entries were removed), and only the part of the tree the head covers is walked.
        try (PreparedStatement s = connection.prepareStatement(
                "SELECT period_start, tree_size, root_hash, note FROM audit_checkpoint WHERE tree_size >= ? ORDER BY period_start")) {
            s.setLong(1, from.size());
            ResultSet rs = s.executeQuery();
            while (rs.next()) {
                String label = "the checkpoint kept for " + rs.getObject(1, OffsetDateTime.class).toInstant();
                Optional<TreeWalk.Stored> cp = open(rs.getString(4), key, label);
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
                Optional<TreeWalk.Stored> cp = open(note, key, "the latest checkpoint");
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
        checkpoints.removeIf(c -> c.checkpoint().treeSize() <= from.size());
        checkpoints.sort(Comparator.comparingLong(c -> c.checkpoint().treeSize()));
        if (from.size() > headSize) {
            return new Verification.Broken(from.label(), 0, "is of a tree of " + from.size() + " entries but the log now has "
                    + headSize + ": entries were removed", 0);
        }
        for (TreeWalk.Stored cp : checkpoints) {
            if (cp.checkpoint().treeSize() > headSize) {
                return new Verification.Broken(cp.label(), 0, "signed a tree of " + cp.checkpoint().treeSize()
                        + " entries but the log now has " + headSize + ": entries were removed", 0);
            }
        }

        Frontier start = new Frontier();
        if (from.size() > 0) {
            Verification extended = extendsTrusted(connection, from, headSize, headRoot);
            if (extended != null) {
                return extended;
            }
            start = Frontier.of(from.size(), new StoredNodes(jdbc(connection)));
            if (!Arrays.equals(start.root(), from.root())) {
                return new Verification.Broken(from.label(), 0, "does not match the stored tree at its size: the log was"
                        + " rewritten after it", from.size());
            }
        }
        // Leaves are hashed on the other cores while this thread reads and encodes the next rows (TreeWalk).
        int hashers = Math.max(1, Runtime.getRuntime().availableProcessors() - 1);
        ExecutorService hashing = Executors.newFixedThreadPool(hashers, Thread.ofPlatform().daemon().name("audit-verify-hash-", 0).factory());
        try {
            if (postgres && window > 0) {
                // Entries first, in number order without a join (EntryPass); then the stored tree alone, in tree order.
                EntryPass.Findings entries = EntryPass.run(connection, from.size(), headSize, hashing, hashers + 1, window);
                if (entries != null) {
                    TreeWalk walk = new TreeWalk(checkpoints, start, entries, hashing, hashers + 1);
                    walk.hashedBytes = entries.hashedBytes();
                    return StoredTreeWalk.walk(connection, key, hashed, from, headSize, headRoot, checkpoints, walk, window);
                }
                // So much differs that naming the first in tree order is all that is left to do: the one-pass walk does it.
            }
            return StoredTreeWalk.walk(connection, key, hashed, from, headSize, headRoot, checkpoints,
                    new TreeWalk(checkpoints, start, new LeafRows(postgres), hashing, hashers + 1), 0);
        } finally {
            hashing.shutdownNow();
        }
    }

    /** RFC 9162 consistency from the trusted tree to the head, with the proof built from the stored nodes. */
    private static Verification extendsTrusted(Connection connection, Trusted from, long headSize, byte[] headRoot) {
        List<byte[]> proof;
        try {
            proof = Merkle.consistencyProof(new StoredNodes(jdbc(connection)), from.size(), headSize);
        } catch (RuntimeException e) {
            return new Verification.Broken("the consistency proof from " + from.label(), 0, "cannot be built from the stored"
                    + " tree: " + e.getMessage(), 0);
        }
        if (!Merkle.verifyConsistency(from.size(), headSize, from.root(), headRoot, proof)) {
            return new Verification.Broken(from.label(), 0, "is not a prefix of the current tree (size " + headSize
                    + "): the consistency proof fails, so the log was rewritten after it", 0);
        }
        return null;
    }

    /** The root of the stored tree at {@code size} entries (for a size verified before), from its stored nodes. */
    public static byte[] storedRoot(Connection connection, long size) {
        return Merkle.root(new StoredNodes(jdbc(connection)), size);
    }

    /** The latest signed checkpoint (the tree head's), as a note, or null before the first. */
    public static String latestCheckpoint(Connection connection) throws SQLException {
        try (Statement s = connection.createStatement();
             ResultSet rs = s.executeQuery("SELECT checkpoint FROM audit_tree_head WHERE id = 1")) {
            return rs.next() ? rs.getString(1) : null;
        }
    }

    private static org.springframework.jdbc.core.JdbcTemplate jdbc(Connection connection) {
        return new org.springframework.jdbc.core.JdbcTemplate(
                new org.springframework.jdbc.datasource.SingleConnectionDataSource(connection, true));
    }

    private static Verification brokenSignature(String label, SignedNote.VerifierKey key) {
        return new Verification.Broken(label, 0, key == null ? "is not a well-formed checkpoint"
                : "its signature does not verify with the log's public key " + key.name() + ": it was altered or forged", 0);
    }

    private static Optional<TreeWalk.Stored> open(String note, SignedNote.VerifierKey key, String label) {
        return (key == null ? SignedNote.parse(note) : SignedNote.open(note, key)).map(c -> new TreeWalk.Stored(c, label));
    }
}
