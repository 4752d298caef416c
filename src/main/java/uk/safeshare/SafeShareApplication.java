package uk.safeshare;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

@SpringBootApplication
@ConfigurationPropertiesScan
public class SafeShareApplication {

    public static void main(String[] args) {
        if (args.length > 0 && args[0].equals("verify-audit")) {
            // An external auditor's check: plain JDBC, no service started.
            System.exit(uk.safeshare.audit.AuditVerifierCli.run(java.util.Arrays.copyOfRange(args, 1, args.length), System.out));
        }
        if (args.length > 0 && args[0].equals("witness")) {
            // An auditor's witness: checks the latest signed checkpoint extends the one it holds, over the API.
            System.exit(uk.safeshare.audit.WitnessCli.run(java.util.Arrays.copyOfRange(args, 1, args.length), System.out));
        }
        SpringApplication.run(SafeShareApplication.class, args);
    }
}
