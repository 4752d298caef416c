package uk.safeshare.audit.internal;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayDeque;

/**
 * The stored tree's leaves and inner nodes from one size to another, in the order the tree grew (each
 * inner node right after the leaf that completed it, lower levels first), for the second pass of a
 * verification on PostgreSQL (ADR 0019). The same order as sorting every node by {@code (idx + 1) *
 * 2^level, level}, without the sort: the leaves come through their primary key in index order, and
 * only the inner nodes (one row for every sixteen leaves or fewer) are sorted, a window of leaves at a
 * time, then merged in. Memory is bounded by the window.
 */
final class StoredTreeInOrder implements AutoCloseable {

    /** Leaves per window, and entry numbers per span of the first pass, unless a test asks for fewer. */
    static final long WINDOW = 131_072;

    private record Node(int level, long index, boolean noSeq, long seq, byte[] hash, long key) {
    }

    private final Connection connection;
    private final long end;
    private final long window;
    private long nextWindow;
    private CopyTuples leaves;
    private final ArrayDeque<Node> inner = new ArrayDeque<>();
    private Node leaf;
    private boolean leavesDone;

    int level;
    long index;
    boolean noSeq;
    long seq;
    byte[] hash;

    /** The leaves {@code from} to {@code end - 1} and the inner nodes they complete, {@code window} leaves at a time. */
    StoredTreeInOrder(Connection connection, long from, long end, long window) {
        this.connection = connection;
        this.window = window;
        this.nextWindow = from;
        this.end = end;
    }

    /** Moves to the next node in tree order; false after the last. */
    boolean next() throws SQLException {
        while (true) {
            if (leaves == null) {
                if (nextWindow >= end) {
                    return false;
                }
                open(nextWindow, Math.min(end, nextWindow + window));
                nextWindow = Math.min(end, nextWindow + window);
            }
            if (leaf == null && !leavesDone) {
                if (leaves.next()) {
                    boolean none = leaves.isNull(2);
                    long i = leaves.int64(3);
                    leaf = new Node(0, i, none, none ? 0 : leaves.int64(2), leaves.bytes(1), i + 1);
                } else {
                    leavesDone = true;
                }
            }
            Node node = inner.peek();
            if (leaf != null && (node == null || leaf.key() <= node.key())) {
                take(leaf);
                leaf = null;
                return true;
            }
            if (node != null) {
                take(inner.poll());
                return true;
            }
            leaves.close();
            leaves = null;
        }
    }

    private void take(Node n) {
        level = n.level();
        index = n.index();
        noSeq = n.noSeq();
        seq = n.seq();
        hash = n.hash();
    }

    /** The window's inner nodes, sorted (few), then its leaves' copy opened (many, in index order). */
    private void open(long from, long to) throws SQLException {
        // Numbers computed here from tree sizes: nothing a caller typed goes into the statements.
        StringBuilder levels = new StringBuilder();
        for (int l = 1; l < 63 && (to >> l) > (from >> l); l++) {
            levels.append(levels.isEmpty() ? "" : " UNION ALL ").append("SELECT level, hash, seq, idx FROM audit_tree_node WHERE level = ")
                    .append(l).append(" AND idx >= ").append(from >> l).append(" AND idx < ").append(to >> l);
        }
        if (!levels.isEmpty()) {
            try (CopyTuples rows = CopyTuples.copy(connection, "SELECT n.level, n.hash, n.seq, n.idx FROM (" + levels + ") n"
                    + " ORDER BY (n.idx + 1) * CAST(POWER(2, n.level) AS BIGINT), n.level", 4)) {
                while (rows.next()) {
                    int l = rows.int32(0);
                    long i = rows.int64(3);
                    boolean none = rows.isNull(2);
                    inner.add(new Node(l, i, none, none ? 0 : rows.int64(2), rows.bytes(1), (i + 1) << l));
                }
            }
        }
        leaves = CopyTuples.copy(connection, "SELECT level, hash, seq, idx FROM audit_tree_node WHERE level = 0 AND idx >= "
                + from + " AND idx < " + to + " ORDER BY level, idx", 4);
        leavesDone = false;
    }

    @Override
    public void close() throws SQLException {
        if (leaves != null) {
            leaves.close();
            leaves = null;
        }
    }
}
