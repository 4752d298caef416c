package uk.safeshare.audit.internal;

import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.List;

/**
 * The right edge of a growing tree (a "compact range"): the perfect subtrees the tree of the
 * current size decomposes into, largest first. Appending a leaf merges equal-sized neighbours and
 * reports each perfect subtree completed on the way, which is what gets stored.
 */
public final class Frontier {
    private final MessageDigest digest = Merkle.sha256();
    private final List<byte[]> hashes = new ArrayList<>();
    private long size;

    public Frontier() {
    }

    /** Rebuilds the edge of a tree of {@code size} leaves from its stored perfect subtrees. */
    public static Frontier of(long size, Merkle.Nodes nodes) {
        Frontier f = new Frontier();
        long start = 0;
        for (int level = 63; level >= 0; level--) {
            long width = 1L << level;
            if ((size & width) != 0) {
                f.hashes.add(nodes.perfect(level, start >> level));
                start += width;
            }
        }
        f.size = size;
        return f;
    }

    public long size() {
        return size;
    }

    /** Appends a leaf; {@code completed} receives (level, index, hash) of every perfect subtree it completes, the leaf first. */
    public void append(byte[] leafHash, NodeSink completed) {
        long index = size;
        completed.accept(0, index, leafHash);
        byte[] carry = leafHash;
        int level = 0;
        // Each trailing 1 bit of the old size is a same-sized left neighbour to merge with.
        long s = size;
        while ((s & 1) == 1) {
            byte[] left = hashes.removeLast();
            carry = Merkle.nodeHash(digest, left, carry);
            level++;
            completed.accept(level, index >> level, carry);
            s >>= 1;
        }
        hashes.add(carry);
        size++;
    }

    public byte[] root() {
        if (hashes.isEmpty()) {
            return Merkle.emptyRoot();
        }
        byte[] r = hashes.getLast();
        for (int i = hashes.size() - 2; i >= 0; i--) {
            r = Merkle.nodeHash(digest, hashes.get(i), r);
        }
        return r;
    }

    public Frontier copy() {
        Frontier f = new Frontier();
        f.hashes.addAll(hashes);
        f.size = size;
        return f;
    }

    /** Receives each perfect subtree an append completes. */
    @FunctionalInterface
    public interface NodeSink {
        void accept(int level, long index, byte[] hash);
    }
}
