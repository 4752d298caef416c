package uk.safeshare.audit.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.sigstore.merkle.InclusionProofVerificationException;
import dev.sigstore.merkle.InclusionProofVerifier;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Our Merkle tree against RFC 9162's definitions: the reference test vectors of Certificate
 * Transparency (leaves, roots for every size 0..8, published inclusion and consistency proofs),
 * an independent verifier (sigstore-java's), and every proof in every tree up to 40 leaves.
 */
class MerkleTest {

    private static final HexFormat HEX = HexFormat.of();
    private static final String[] LEAVES = {"", "00", "10", "2021", "3031", "40414243", "5051525354555657",
            "606162636465666768696a6b6c6d6e6f"};
    private static final String[] ROOTS = {
            "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855",
            "6e340b9cffb37a989ca544e6bb780a2c78901d3fb33738768511a30617afa01d",
            "fac54203e7cc696cf0dfcb42c92a1d9dbaf70ad9e621f4bd8d98662f00e3c125",
            "aeb6bcfe274b70a14fb067a5e5578264db0fa9b51af5e0ba159158f329e06e77",
            "d37ee418976dd95753c1c73862b9398fa2a2cf9b4ff0fdfe8b30cd95209614b7",
            "4e3bbb1f7b478dcfe71fb631631519a3bca12c9aefca1612bfce4c13a86264d4",
            "76e67dadbcdf1e10e1b74ddc608abd2f98dfb16fbce75277b5232a127f2087ef",
            "ddb89be403809e325750d3d263cd78929c2942b7942a34b77e122c9594a74c8c",
            "5dc9da79a70659a9ad559cb701ded9a2ab9d823aad2f4960cfe370eff4604328"};

    /** A tree held in memory the way the database holds it: every perfect subtree, stored as it is completed. */
    static final class Tree implements Merkle.Nodes {
        final Map<String, byte[]> nodes = new HashMap<>();
        final Frontier frontier = new Frontier();

        void add(byte[] leafHash) {
            frontier.append(leafHash, (level, index, hash) -> nodes.put(level + "/" + index, hash));
        }

        @Override
        public byte[] perfect(int level, long index) {
            byte[] h = nodes.get(level + "/" + index);
            if (h == null) {
                throw new IllegalStateException("asked for a subtree that is not complete: " + level + "/" + index);
            }
            return h;
        }
    }

    private static Tree referenceTree() {
        Tree tree = new Tree();
        for (String leaf : LEAVES) {
            tree.add(Merkle.leafHash(HEX.parseHex(leaf)));
        }
        return tree;
    }

    private static Tree syntheticTree(int n) {
        Tree tree = new Tree();
        for (int i = 0; i < n; i++) {
            tree.add(Merkle.leafHash(new byte[]{(byte) i, (byte) (i * 7)}));
        }
        return tree;
    }

    private static List<byte[]> hashes(String... hex) {
        return List.of(hex).stream().map(HEX::parseHex).toList();
    }

    @Test
    void the_roots_of_the_reference_tree_are_rfc_9162s_for_every_size_from_0_to_8() {
        Tree tree = referenceTree();
        for (int size = 0; size <= 8; size++) {
            assertThat(HEX.formatHex(Merkle.root(tree, size))).as("size %d", size).isEqualTo(ROOTS[size]);
        }
        assertThat(HEX.formatHex(tree.frontier.root())).isEqualTo(ROOTS[8]);
        assertThat(HEX.formatHex(Frontier.of(5, tree).root())).as("a frontier rebuilt from stored subtrees").isEqualTo(ROOTS[5]);
    }

    @Test
    void inclusion_and_consistency_proofs_are_the_published_reference_proofs() {
        Tree tree = referenceTree();
        assertThat(Merkle.inclusionProof(tree, 0, 8)).containsExactlyElementsOf(hashes(
                "96a296d224f285c67bee93c30f8a309157f0daa35dc5b87e410b78630a09cfc7",
                "5f083f0a1a33ca076a95279832580db3e0ef4584bdff1f54c8a360f50de3031e",
                "6b47aaf29ee3c2af9af889bc1fb9254dabd31177f16232dd6aab035ca39bf6e4"));
        assertThat(Merkle.inclusionProof(tree, 5, 8)).containsExactlyElementsOf(hashes(
                "bc1a0643b12e4d2d7c77918f44e0f4f79a838b6cf9ec5b5c283e1f4d88599e6b",
                "ca854ea128ed050b41b35ffc1b87b8eb2bde461e9e3b5596ece6b9d5975a0ae0",
                "d37ee418976dd95753c1c73862b9398fa2a2cf9b4ff0fdfe8b30cd95209614b7"));
        assertThat(Merkle.consistencyProof(tree, 2, 8)).containsExactlyElementsOf(hashes(
                "5f083f0a1a33ca076a95279832580db3e0ef4584bdff1f54c8a360f50de3031e",
                "6b47aaf29ee3c2af9af889bc1fb9254dabd31177f16232dd6aab035ca39bf6e4"));
        assertThat(Merkle.consistencyProof(tree, 6, 8)).containsExactlyElementsOf(hashes(
                "0ebc5d3437fbe2db158b9f126a1d118e308181031d0a949f8dededebc558ef6a",
                "ca854ea128ed050b41b35ffc1b87b8eb2bde461e9e3b5596ece6b9d5975a0ae0",
                "d37ee418976dd95753c1c73862b9398fa2a2cf9b4ff0fdfe8b30cd95209614b7"));
        assertThat(Merkle.consistencyProof(tree, 2, 5)).containsExactlyElementsOf(hashes(
                "5f083f0a1a33ca076a95279832580db3e0ef4584bdff1f54c8a360f50de3031e",
                "bc1a0643b12e4d2d7c77918f44e0f4f79a838b6cf9ec5b5c283e1f4d88599e6b"));
    }

    @Test
    void every_inclusion_proof_up_to_40_leaves_verifies_here_and_in_sigstore_and_no_tampered_one_does() throws Exception {
        Tree tree = syntheticTree(40);
        for (long n = 1; n <= 40; n++) {
            byte[] root = Merkle.root(tree, n);
            for (long i = 0; i < n; i++) {
                byte[] leaf = tree.perfect(0, i);
                List<byte[]> proof = Merkle.inclusionProof(tree, i, n);
                assertThat(Merkle.verifyInclusion(leaf, i, n, proof, root)).as("leaf %d of %d", i, n).isTrue();
                InclusionProofVerifier.verify(leaf, i, n, proof, root);

                assertThat(Merkle.verifyInclusion(Merkle.leafHash(new byte[]{9}), i, n, proof, root)).as("another leaf").isFalse();
                if (n > 1) {
                    long other = (i + 1) % n;
                    assertThat(Merkle.verifyInclusion(leaf, other, n, proof, root)).as("wrong index").isFalse();
                    List<byte[]> bent = new ArrayList<>(proof);
                    byte[] first = bent.getFirst().clone();
                    first[0] ^= 1;
                    bent.set(0, first);
                    assertThat(Merkle.verifyInclusion(leaf, i, n, bent, root)).as("tampered path").isFalse();
                    long index = i;
                    long size = n;
                    assertThatThrownBy(() -> InclusionProofVerifier.verify(leaf, index, size, bent, root))
                            .isInstanceOf(InclusionProofVerificationException.class);
                }
            }
        }
    }

    @Test
    void every_consistency_proof_up_to_40_leaves_verifies_and_a_rewritten_tree_does_not() {
        Tree tree = syntheticTree(40);
        Tree rewritten = new Tree();
        for (int i = 0; i < 40; i++) {
            rewritten.add(i == 3 ? Merkle.leafHash(new byte[]{42}) : tree.perfect(0, i));
        }
        for (long n = 1; n <= 40; n++) {
            for (long m = 0; m <= n; m++) {
                List<byte[]> proof = Merkle.consistencyProof(tree, m, n);
                assertThat(Merkle.verifyConsistency(m, n, Merkle.root(tree, m), Merkle.root(tree, n), proof))
                        .as("%d to %d", m, n).isTrue();
                if (m > 3 && m < n) {
                    // A log that changed leaf 3 after a witness saw size m cannot prove it extends what the witness saw.
                    List<byte[]> forged = Merkle.consistencyProof(rewritten, m, n);
                    assertThat(Merkle.verifyConsistency(m, n, Merkle.root(tree, m), Merkle.root(rewritten, n), forged))
                            .as("rewritten %d to %d", m, n).isFalse();
                }
            }
        }
        assertThatCode(() -> Merkle.consistencyProof(tree, 5, 4)).isInstanceOf(IllegalArgumentException.class);
    }
}
