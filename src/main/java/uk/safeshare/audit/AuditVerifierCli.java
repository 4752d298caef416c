package uk.safeshare.audit;

import java.io.PrintStream;
import java.sql.Connection;
import java.sql.DriverManager;
import java.util.HashMap;
import java.util.Map;
import uk.safeshare.audit.internal.ChainVerifier;

/**
 * {@code java -jar safeshare.jar verify-audit --url=JDBC_URL [--user=U] [--password=P]}: verifies the
 * audit chain of any SafeShare database with plain JDBC, without starting the service, so an
 * external auditor can check a copy of the database independently. Exit code 0 when the chain
 * verifies, 1 when it does not, 2 on a usage or connection error.
 */
public final class AuditVerifierCli {

    private AuditVerifierCli() {
    }

    public static int run(String[] args, PrintStream out) {
        Map<String, String> options = new HashMap<>();
        for (String arg : args) {
            if (arg.startsWith("--") && arg.contains("=")) {
                options.put(arg.substring(2, arg.indexOf('=')), arg.substring(arg.indexOf('=') + 1));
            }
        }
        String url = options.getOrDefault("url", System.getenv("SAFESHARE_DB_URL"));
        if (url == null || url.isBlank()) {
            out.println("usage: verify-audit --url=JDBC_URL [--user=USER] [--password=PASSWORD]");
            return 2;
        }
        String user = options.getOrDefault("user", System.getenv().getOrDefault("SAFESHARE_DB_USER", "sa"));
        String password = options.getOrDefault("password", System.getenv().getOrDefault("SAFESHARE_DB_PASSWORD", ""));
        try (Connection connection = DriverManager.getConnection(url, user, password)) {
            connection.setReadOnly(true);
            Verification result = ChainVerifier.verify(connection);
            out.println(result.describe());
            return result.ok() ? 0 : 1;
        } catch (Exception e) {
            out.println("Could not verify the audit log: " + e.getMessage());
            return 2;
        }
    }
}
