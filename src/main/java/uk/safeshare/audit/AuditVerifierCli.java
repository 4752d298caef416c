package uk.safeshare.audit;

import java.io.PrintStream;
import java.sql.Connection;
import java.sql.DriverManager;
import java.util.HashMap;
import java.util.Map;
import uk.safeshare.audit.internal.LogVerifier;
import uk.safeshare.audit.internal.SignedNote;

/**
 * {@code java -jar safeshare.jar verify-audit --url=JDBC_URL [--user=U] [--password=P] [--public-key=VKEY]}:
 * verifies the whole audit log of any SafeShare database (every entry, leaf, inner node and stored
 * checkpoint) with plain JDBC, without starting the service, so an external auditor can check a
 * copy of the database independently. With {@code --public-key} (the log's published verifier
 * key) the checkpoints' signatures are checked too. Exit code 0 when the log verifies, 1 when it
 * does not, 2 on a usage or connection error.
 */
public final class AuditVerifierCli {

    private AuditVerifierCli() {
    }

    public static int run(String[] args, PrintStream out) {
        Map<String, String> options = options(args);
        String url = options.getOrDefault("url", System.getenv("SAFESHARE_DB_URL"));
        if (url == null || url.isBlank()) {
            out.println("usage: verify-audit --url=JDBC_URL [--user=USER] [--password=PASSWORD] [--public-key=VERIFIER_KEY]");
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
            long verifyStarted = System.nanoTime();
            Verification result = LogVerifier.verify(connection, key, bytes -> hashed[0] = bytes);
            out.println(result.describe());
            if (options.containsKey("timing")) {
                double wall = (System.nanoTime() - verifyStarted) / 1e9;
                double cpu = (threads.getCurrentThreadCpuTime() - cpuBefore) / 1e9;
                // CPU time is what `openssl speed` divides by; wall time includes waiting for the database and for a CPU.
                out.printf("Checked %.1f MB (leaves and rebuilt nodes) in %.3f s (%.1f MB/s), using %.3f s of CPU (%.1f MB/s of CPU);"
                                + " %.3f s in all with connecting%n", hashed[0] / 1e6, wall, hashed[0] / 1e6 / wall, cpu,
                        hashed[0] / 1e6 / cpu, (System.nanoTime() - started) / 1e9);
            }
            return result.ok() ? 0 : 1;
        } catch (Exception e) {
            out.println("Could not verify the audit log: " + e.getMessage());
            return 2;
        }
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
