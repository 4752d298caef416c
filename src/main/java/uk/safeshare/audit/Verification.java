package uk.safeshare.audit;

/**
 * The outcome of checking the whole log: every entry, leaf, inner node and stored checkpoint
 * verifies, or the first thing that does not, named.
 */
public sealed interface Verification {

    /**
     * @param entries             entries in the tree, each recomputed from what is stored
     * @param rootHash            the tree's root (Base64, as in the checkpoint)
     * @param checkpoints         signed checkpoints checked against the tree
     * @param signaturesChecked   whether their signatures were checked against the log's public key
     * @param waiting             entries committed but not yet integrated (the sequencer's next batch)
     * @param trustedSize         0 when everything was verified; else the size of the trusted tree it started from,
     *                            whose entries were not read again (incremental verification)
     */
    record Verified(long entries, String rootHash, int checkpoints, boolean signaturesChecked, long waiting, long trustedSize)
            implements Verification {

        public Verified(long entries, String rootHash, int checkpoints, boolean signaturesChecked, long waiting) {
            this(entries, rootHash, checkpoints, signaturesChecked, waiting, 0);
        }
    }

    /**
     * @param subject        what does not verify: an entry, a leaf, an inner node, a checkpoint or the tree head
     * @param seq            the entry's number when the subject is an entry or its leaf, else 0
     * @param problem        what is wrong with it
     * @param entriesChecked entries that verified before it
     */
    record Broken(String subject, long seq, String problem, long entriesChecked) implements Verification {
    }

    default boolean ok() {
        return this instanceof Verified;
    }

    default String describe() {
        return switch (this) {
            case Verified v when v.trustedSize() > 0 -> "The audit log verifies from the trusted tree of " + v.trustedSize()
                    + " entries: the current tree of " + count(v.entries(), "entry", "entries") + " (root " + v.rootHash() + ") is consistent with it,"
                    + " and the " + count(v.entries() - v.trustedSize(), "entry", "entries") + " added since and "
                    + count(v.checkpoints(), "newer signed checkpoint", "newer signed checkpoints") + " match it"
                    + (v.signaturesChecked() ? " and their signatures verify" : " (signatures not checked: no public key given)")
                    + (v.waiting() > 0 ? "; " + count(v.waiting(), "newer entry is", "newer entries are") + " waiting to be integrated" : "");
            case Verified v -> "The audit log verifies: " + count(v.entries(), "entry", "entries") + " in the tree, root " + v.rootHash() + "; "
                    + count(v.checkpoints(), "signed checkpoint matches", "signed checkpoints match") + " it"
                    + (v.signaturesChecked() ? " and their signatures verify" : " (signatures not checked: no public key given)")
                    + (v.waiting() > 0 ? "; " + count(v.waiting(), "newer entry is", "newer entries are") + " waiting to be integrated" : "");
            case Broken b -> "The audit log does NOT verify: " + b.subject() + " - " + b.problem()
                    + " (" + count(b.entriesChecked(), "entry", "entries") + " before it verified)";
        };
    }

    private static String count(long n, String one, String many) {
        return n + " " + (n == 1 ? one : many);
    }
}
