package uk.safeshare.audit;

/** The outcome of checking the whole chain: either every entry verifies, or the first one that does not. */
public sealed interface Verification {

    record Verified(long entries, String lastHash) implements Verification {
    }

    record Broken(long seq, String problem, long entriesChecked) implements Verification {
    }

    default boolean ok() {
        return this instanceof Verified;
    }

    default String describe() {
        return switch (this) {
            case Verified v -> "The audit log verifies: " + v.entries() + " entries, chain ends in " + v.lastHash();
            case Broken b -> "The audit log does NOT verify: entry " + b.seq() + " - " + b.problem()
                    + " (" + b.entriesChecked() + " entries before it verified)";
        };
    }
}
