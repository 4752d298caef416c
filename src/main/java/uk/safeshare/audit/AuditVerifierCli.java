package uk.safeshare.audit;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.DriverManager;
import java.util.HashMap;
import java.util.Map;
import uk.safeshare.audit.internal.LogVerifier;
import uk.safeshare.audit.internal.SignedNote;

/**
 * {@code java -jar safeshare.jar verify-audit --url=JDBC_URL [--user=U] [--password=P] [--public-key=VKEY]
 * [--from-checkpoint=FILE|SIZE] [--save-checkpoint=FILE] [--timing]}:
 * verifies the whole audit log of any SafeShare database (every entry, leaf, inner node and stored
 * checkpoint) with plain JDBC, without starting the service, so an external auditor can check a
 * copy of the database independently. With {@code --public-key} (the log's published verifier
 * key) the checkpoints' signatures are checked too.
 *
 * <p>{@code --from-checkpoint} verifies only what is new since a tree the auditor trusts: a file
 * holding a checkpoint they kept (a signed note, as {@code --save-checkpoint} or the witness writes
 * it; its signature is checked when a key is given), or a tree size they verified before (then the
 * log's own root at that size is trusted). {@code --save-checkpoint} writes the latest checkpoint
 * after a successful run, for the next one. Exit code 0 when the log verifies, 1 when it does not,
 * 2 on a usage or connection error.
 */
public final class AuditVerifierCli {

    private AuditVerifierCli() {
    }

    public static int run(String[] args, PrintStream out) {
        Map<String, String> options = options(args);
        String url = options.getOrDefault("url", System.getenv("SAFESHARE_DB_URL"));
        if (url == null || url.isBlank()) {
            out.println("usage: verify-audit --url=JDBC_URL [--user=USER] [--password=PASSWORD] [--public-key=VERIFIER_KEY]"
                    + " [--from-checkpoint=FILE|SIZE] [--save-checkpoint=FILE] [--timing]");
            return 2;
        }
        String user = options.getOrDefault("user", System.getenv().getOrDefault("SAFESHARE_DB_USER", "sa"));
        String password = options.getOrDefault("password", System.getenv().getOrDefault("SAFESHARE_DB_PASSWORD", ""));
        SignedNote.VerifierKey key;
        try {
            key = options.containsKey("public-key") ? SignedNote.VerifierKey.parse(options.get("public-key")) : null;
        } catch (RuntimeException e) {
            out.println("The public key is not a verifier key: " + e.getMessage());
            return 2;
        }
        long started = System.nanoTime();
        try (Connection connection = DriverManager.getConnection(url, user, password)) {
            connection.setReadOnly(true);
            long[] hashed = new long[1];
            var threads = java.lang.management.ManagementFactory.getThreadMXBean();
            long cpuBefore = threads.getCurrentThreadCpuTime();
            var process = (com.sun.management.OperatingSystemMXBean) java.lang.management.ManagementFactory.getOperatingSystemMXBean();
            long processCpuBefore = process.getProcessCpuTime();
            long verifyStarted = System.nanoTime();
            LogVerifier.Trusted from;
            try {
                from = trusted(options.get("from-checkpoint"), key, connection);
            } catch (IllegalArgumentException e) {
                out.println(e.getMessage());
                return 2;
            }
            Verification result = LogVerifier.verify(connection, key, bytes -> hashed[0] = bytes, from);
            out.println(result.describe());
            if (result.ok() && options.containsKey("save-checkpoint")) {
                String note = LogVerifier.latestCheckpoint(connection);
                if (note != null) {
                    Path path = Path.of(options.get("save-checkpoint"));
                    Path temporary = path.resolveSibling(path.getFileName() + ".new");
                    Files.writeString(temporary, note, StandardCharsets.UTF_8);
                    Files.move(temporary, path, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
                    out.println("Saved the latest checkpoint to " + path + " for the next --from-checkpoint");
                }
            }
            if (options.containsKey("timing")) {
                double wall = (System.nanoTime() - verifyStarted) / 1e9;
                double cpu = (threads.getCurrentThreadCpuTime() - cpuBefore) / 1e9;
                double processCpu = (process.getProcessCpuTime() - processCpuBefore) / 1e9;
                // CPU time is what `openssl speed` divides by; wall time includes waiting for the database and for a CPU.
                // Leaves are hashed on other threads (TreeWalk), so the reading thread's CPU leaves most hashing out;
                // the whole process's CPU has it, and adds the JIT compiler and the garbage collector.
                out.printf("Checked %.1f MB (leaves and rebuilt nodes) in %.3f s (%.1f MB/s), using %.3f s of the reading"
                                + " thread's CPU (%.1f MB/s of CPU; leaves are hashed on other threads) and %.3f s of the"
                                + " whole JVM's (%.1f MB/s); %.3f s in all"
                                + " with connecting%n", hashed[0] / 1e6, wall, hashed[0] / 1e6 / wall, cpu, hashed[0] / 1e6 / cpu,
                        processCpu, hashed[0] / 1e6 / processCpu, (System.nanoTime() - started) / 1e9);
            }
            return result.ok() ? 0 : 1;
        } catch (Exception e) {
            out.println("Could not verify the audit log: " + e.getMessage());
            return 2;
        }
    }

    /** The tree to verify from: none, a kept checkpoint file, or a size whose root the stored tree gives. */
    static LogVerifier.Trusted trusted(String from, SignedNote.VerifierKey key, Connection connection) throws Exception {
        if (from == null || from.isBlank()) {
            return LogVerifier.Trusted.NOTHING;
        }
        if (from.chars().allMatch(Character::isDigit)) {
            long size = Long.parseLong(from);
            byte[] root;
            try {
                root = LogVerifier.storedRoot(connection, size);
            } catch (RuntimeException missing) {
                root = new byte[32]; // the stored tree does not reach that size: the verification names what is missing
            }
            return new LogVerifier.Trusted(size, root, "the tree of " + size + " entries verified before");
        }
        Path file = Path.of(from);
        if (!Files.isReadable(file)) {
            throw new IllegalArgumentException("--from-checkpoint is neither a tree size nor a readable file: " + from);
        }
        String note = Files.readString(file, StandardCharsets.UTF_8);
        var checkpoint = key == null ? SignedNote.parse(note) : SignedNote.open(note, key);
        if (checkpoint.isEmpty()) {
            throw new IllegalArgumentException("The checkpoint in " + file + (key == null ? " is not a well-formed checkpoint"
                    : " does not verify with the log's public key " + key.name()));
        }
        return new LogVerifier.Trusted(checkpoint.get().treeSize(), checkpoint.get().rootHash(), "the trusted checkpoint of "
                + checkpoint.get().treeSize() + " entries in " + file);
    }

    static Map<String, String> options(String[] args) {
        Map<String, String> options = new HashMap<>();
        for (String arg : args) {
            if (arg.startsWith("--") && arg.contains("=")) {
                options.put(arg.substring(2, arg.indexOf('=')), arg.substring(arg.indexOf('=') + 1));
            } else if (arg.startsWith("--")) {
                options.put(arg.substring(2), "");
            }
        }
        return options;
    }
}
