package uk.safeshare.audit.benchmark;

import java.security.MessageDigest;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;
import uk.safeshare.audit.AuditEntry;
import uk.safeshare.audit.internal.Frontier;
import uk.safeshare.audit.internal.LeafEncoding;
import uk.safeshare.audit.internal.Merkle;
import uk.safeshare.shared.audit.AuditAction;

/**
 * The in-process hot path of verifying the audit log (docs/benchmarks.md, "Verification speed"):
 * hashing leaves, rebuilding the tree from leaf hashes, and encoding entries into leaves, over
 * 10,000 entries shaped like a force's (actor, one or two people, details of 100 to 800 bytes; the
 * leaves average about 470 bytes, as in the load benchmark's log). Each operation is one entry.
 * Throughput in bytes is entries/s times {@link #LEAF_BYTES}, printed by the set-up.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Threads(1)
@Fork(value = 1)
@Warmup(iterations = 3, time = 3)
@Measurement(iterations = 5, time = 5)
public class AuditHashingBenchmark {

    static final int ENTRIES = 10_000;
    static long LEAF_BYTES;

    private List<AuditEntry> entries;
    private byte[][] leaves;
    private byte[][] leafHashes;
    private final MessageDigest digest = Merkle.sha256();

    @Setup
    public void setUp() {
        Random random = new Random(20261201);
        entries = new ArrayList<>(ENTRIES);
        leaves = new byte[ENTRIES][];
        leafHashes = new byte[ENTRIES][];
        long bytes = 0;
        AuditAction[] actions = AuditAction.values();
        for (int i = 0; i < ENTRIES; i++) {
            StringBuilder details = new StringBuilder("asked to share information about a person on case NM/2026/")
                    .append(1000 + random.nextInt(9000)).append(" with Northmoor Council Children's Services (SAFEGUARDING)");
            int more = random.nextInt(700);
            while (details.length() < 100 + more) {
                details.append("; decision: permitted with obligations under protocol v").append(random.nextInt(9));
            }
            List<UUID> people = random.nextInt(4) == 0 ? List.of(new UUID(random.nextLong(), random.nextLong()),
                    new UUID(random.nextLong(), random.nextLong())) : List.of(new UUID(random.nextLong(), random.nextLong()));
            AuditEntry e = new AuditEntry(i + 1L, Instant.parse("2026-12-01T14:00:00.123456Z").plusMillis(i * 37L),
                    "officer.a [with API token 'HTTP load generator' (" + new UUID(7, i) + ")]", actions[i % actions.length],
                    new UUID(random.nextLong(), random.nextLong()), people, null, null, UUID.randomUUID().toString(),
                    details.toString(), (long) i);
            entries.add(e);
            leaves[i] = LeafEncoding.encode(e);
            leafHashes[i] = Merkle.leafHash(leaves[i]);
            bytes += 1 + leaves[i].length;
        }
        LEAF_BYTES = bytes / ENTRIES;
        System.out.printf("%n%d entries, %d bytes hashed per leaf on average (with its prefix byte)%n", ENTRIES, LEAF_BYTES);
    }

    /** SHA-256 of each leaf (0x00 || bytes): what openssl's throughput is compared with. */
    @Benchmark
    @OperationsPerInvocation(ENTRIES)
    public void leafHashes(Blackhole out) {
        for (byte[] leaf : leaves) {
            out.consume(Merkle.leafHash(digest, leaf, leaf.length));
        }
    }

    /** The tree rebuilt from the leaf hashes (every inner node: 65 bytes hashed each), and its root. */
    @Benchmark
    @OperationsPerInvocation(ENTRIES)
    public void treeFromLeafHashes(Blackhole out) {
        Frontier tree = new Frontier();
        for (byte[] leaf : leafHashes) {
            tree.append(leaf, (level, index, hash) -> { });
        }
        out.consume(tree.root());
    }

    /** Encoding each entry into its leaf bytes from the entry's fields, then hashing it (the path for rows not read raw). */
    @Benchmark
    @OperationsPerInvocation(ENTRIES)
    public void encodeAndHashEntries(Blackhole out) {
        for (AuditEntry e : entries) {
            byte[] data = LeafEncoding.encode(e);
            out.consume(Merkle.leafHash(digest, data, data.length));
        }
    }
}
