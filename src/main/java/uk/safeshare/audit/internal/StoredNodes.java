package uk.safeshare.audit.internal;

import java.util.ArrayList;
import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The tree as stored: every leaf, and the perfect subtrees of every fourth level (4, 8, 12, ...),
 * about 1.07 rows per entry instead of 2. A subtree of another level is computed from the at most
 * eight stored ones below it, read in one range query (ADR 0010).
 */
final class StoredNodes implements Merkle.Nodes {

    static final int STRIDE = 4;

    private final JdbcTemplate jdbc;

    StoredNodes(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    static boolean stored(int level) {
        return level % STRIDE == 0;
    }

    @Override
    public byte[] perfect(int level, long index) {
        int base = level - level % STRIDE;
        if (base == level) {
            return jdbc.queryForObject("SELECT hash FROM audit_tree_node WHERE level = ? AND idx = ?", byte[].class, level, index);
        }
        long width = 1L << (level - base);
        List<byte[]> row = new ArrayList<>(jdbc.queryForList(
                "SELECT hash FROM audit_tree_node WHERE level = ? AND idx >= ? AND idx < ? ORDER BY idx", byte[].class,
                base, index * width, index * width + width));
        if (row.size() != width) {
            throw new IllegalStateException("The stored tree is missing nodes at level " + base + " below node " + level + "/" + index);
        }
        var digest = Merkle.sha256();
        while (row.size() > 1) {
            List<byte[]> up = new ArrayList<>(row.size() / 2);
            for (int i = 0; i < row.size(); i += 2) {
                up.add(Merkle.nodeHash(digest, row.get(i), row.get(i + 1)));
            }
            row = up;
        }
        return row.getFirst();
    }
}
