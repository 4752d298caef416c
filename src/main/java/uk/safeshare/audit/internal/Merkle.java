package uk.safeshare.audit.internal;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * RFC 9162 (Certificate Transparency 2.0, section 2.1) Merkle tree hashing, proofs and their
 * verification, in plain Java with no database or Spring in it, so that the service, the
 * command-line verifier and the witness use exactly the same code. Leaf hash:
 * {@code SHA-256(0x00 || data)}; interior node: {@code SHA-256(0x01 || left || right)}; a tree of n
 * leaves splits at the largest power of two smaller than n.
 *
 * <p>Proofs are built over a {@link Nodes} source that answers the hash of any <em>perfect</em>
 * subtree (2^level leaves starting at index * 2^level); every other subtree a proof needs is on the
 * tree's right edge and is computed from perfect ones, so storing only perfect subtrees suffices.
 */
public final class Merkle {

    public static final int HASH_BYTES = 32;

    private Merkle() {
    }

    /** The hash of the perfect subtree at {@code level} (2^level leaves) numbered {@code index} from the left. */
    @FunctionalInterface
    public interface Nodes {
        byte[] perfect(int level, long index);
    }

    public static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    public static byte[] emptyRoot() {
        return sha256().digest();
    }

    public static byte[] leafHash(byte[] data) {
        return leafHash(sha256(), data);
    }

    public static byte[] leafHash(MessageDigest digest, byte[] data) {
        digest.reset();
        digest.update((byte) 0x00);
        digest.update(data);
        return digest.digest();
    }

    /** The leaf hash of {@code length} bytes of {@code data}, without copying them out of a reused buffer. */
    public static byte[] leafHash(MessageDigest digest, byte[] data, int length) {
        return leafHash(digest, data, 0, length);
    }

    /** The leaf hash of {@code length} bytes of {@code data} from {@code offset} (leaves packed in one buffer). */
    public static byte[] leafHash(MessageDigest digest, byte[] data, int offset, int length) {
        digest.reset();
        digest.update((byte) 0x00);
        digest.update(data, offset, length);
        return digest.digest();
    }

    public static byte[] nodeHash(byte[] left, byte[] right) {
        return nodeHash(sha256(), left, right);
    }

    public static byte[] nodeHash(MessageDigest digest, byte[] left, byte[] right) {
        digest.reset();
        digest.update((byte) 0x01);
        digest.update(left);
        digest.update(right);
        return digest.digest();
    }

    /** The largest power of two strictly smaller than n (n at least 2): RFC 9162's split point. */
    static long split(long n) {
        return Long.highestOneBit(n - 1);
    }

    /** MTH(D[lo:hi]) for a subtree that a proof or root for some tree size can ask for. */
    public static byte[] subtree(Nodes nodes, long lo, long hi) {
        long n = hi - lo;
        if (n <= 0) {
            throw new IllegalArgumentException("empty subtree");
        }
        if (Long.bitCount(n) == 1 && lo % n == 0) {
            return nodes.perfect(Long.numberOfTrailingZeros(n), lo / n);
        }
        long k = split(n);
        return nodeHash(subtree(nodes, lo, lo + k), subtree(nodes, lo + k, hi));
    }

    public static byte[] root(Nodes nodes, long size) {
        return size == 0 ? emptyRoot() : subtree(nodes, 0, size);
    }

    /** PATH(m, D[0:n]) of RFC 9162 section 2.1.3.1, nearest the leaf first. */
    public static List<byte[]> inclusionProof(Nodes nodes, long index, long size) {
        if (index < 0 || index >= size) {
            throw new IllegalArgumentException("leaf " + index + " is not in a tree of " + size);
        }
        List<byte[]> path = new ArrayList<>();
        inclusion(nodes, index, 0, size, path);
        return path;
    }

    private static void inclusion(Nodes nodes, long m, long lo, long hi, List<byte[]> out) {
        long n = hi - lo;
        if (n == 1) {
            return;
        }
        long k = split(n);
        if (m - lo < k) {
            inclusion(nodes, m, lo, lo + k, out);
            out.add(subtree(nodes, lo + k, hi));
        } else {
            inclusion(nodes, m, lo + k, hi, out);
            out.add(subtree(nodes, lo, lo + k));
        }
    }

    /** PROOF(m, D[0:n]) of RFC 9162 section 2.1.4.1; empty when m is 0 or m equals n. */
    public static List<byte[]> consistencyProof(Nodes nodes, long m, long n) {
        if (m < 0 || m > n) {
            throw new IllegalArgumentException("a tree of " + m + " cannot be a prefix of a tree of " + n);
        }
        List<byte[]> proof = new ArrayList<>();
        if (m > 0 && m < n) {
            subproof(nodes, m, 0, n, true, proof);
        }
        return proof;
    }

    private static void subproof(Nodes nodes, long m, long lo, long hi, boolean whole, List<byte[]> out) {
        long n = hi - lo;
        if (m == n) {
            if (!whole) {
                out.add(subtree(nodes, lo, hi));
            }
            return;
        }
        long k = split(n);
        if (m <= k) {
            subproof(nodes, m, lo, lo + k, whole, out);
            out.add(subtree(nodes, lo + k, hi));
        } else {
            subproof(nodes, m - k, lo + k, hi, false, out);
            out.add(subtree(nodes, lo, lo + k));
        }
    }

    /** RFC 9162 section 2.1.3.2: does {@code proof} put {@code leafHash} at {@code index} in the tree with {@code root}? */
    public static boolean verifyInclusion(byte[] leafHash, long index, long size, List<byte[]> proof, byte[] root) {
        if (index < 0 || index >= size) {
            return false;
        }
        long fn = index;
        long sn = size - 1;
        byte[] r = leafHash;
        MessageDigest digest = sha256();
        for (byte[] p : proof) {
            if (sn == 0) {
                return false;
            }
            if ((fn & 1) == 1 || fn == sn) {
                r = nodeHash(digest, p, r);
                if ((fn & 1) == 0) {
                    while ((fn & 1) == 0 && fn != 0) {
                        fn >>= 1;
                        sn >>= 1;
                    }
                }
            } else {
                r = nodeHash(digest, r, p);
            }
            fn >>= 1;
            sn >>= 1;
        }
        return sn == 0 && Arrays.equals(r, root);
    }

    /** RFC 9162 section 2.1.4.2: is the tree of {@code size2} with {@code root2} an append-only extension of the one of {@code size1}? */
    public static boolean verifyConsistency(long size1, long size2, byte[] root1, byte[] root2, List<byte[]> proof) {
        if (size1 < 0 || size2 < size1) {
            return false;
        }
        if (size1 == size2) {
            return proof.isEmpty() && Arrays.equals(root1, root2);
        }
        if (size1 == 0) {
            return proof.isEmpty();
        }
        if (proof.isEmpty()) {
            return false;
        }
        List<byte[]> path = new ArrayList<>(proof);
        if (Long.bitCount(size1) == 1) {
            path.addFirst(root1);
        }
        long fn = size1 - 1;
        long sn = size2 - 1;
        while ((fn & 1) == 1) {
            fn >>= 1;
            sn >>= 1;
        }
        byte[] fr = path.getFirst();
        byte[] sr = path.getFirst();
        MessageDigest digest = sha256();
        for (byte[] c : path.subList(1, path.size())) {
            if (sn == 0) {
                return false;
            }
            if ((fn & 1) == 1 || fn == sn) {
                fr = nodeHash(digest, c, fr);
                sr = nodeHash(digest, c, sr);
                if ((fn & 1) == 0) {
                    while ((fn & 1) == 0 && fn != 0) {
                        fn >>= 1;
                        sn >>= 1;
                    }
                }
            } else {
                sr = nodeHash(digest, sr, c);
            }
            fn >>= 1;
            sn >>= 1;
        }
        return sn == 0 && Arrays.equals(fr, root1) && Arrays.equals(sr, root2);
    }
}
