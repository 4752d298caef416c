package uk.safeshare.shared;

import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.core.Ordered;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.Profiles;

/**
 * The production profile refuses to start on anything but PostgreSQL and without a configured
 * encryption key and audit log signing key: a production service must never quietly fall back to the embedded database or to
 * a key generated on local disk. Runs before any bean exists, so nothing is created, migrated or
 * generated first.
 */
public class ProductionGuard implements EnvironmentPostProcessor, Ordered {

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        if (environment.acceptsProfiles(Profiles.of("prod"))) {
            check(environment.getProperty("spring.datasource.url", ""), environment.getProperty("safeshare.crypto.key", ""));
            checkAuditSigningKey(environment.getProperty("safeshare.audit.signing-key", ""),
                    environment.getProperty("safeshare.audit.signing-key-file", ""));
        }
    }

    public static void check(String url, String key) {
        if (url == null || !url.startsWith("jdbc:postgresql:")) {
            throw new IllegalStateException("The prod profile needs SAFESHARE_DB_URL set to a jdbc:postgresql: URL");
        }
        if (key == null || key.isBlank()) {
            throw new IllegalStateException("The prod profile needs SAFESHARE_ENCRYPTION_KEY (Base64 of 32 random bytes)");
        }
    }

    /** The key that signs the audit log's checkpoints must come from outside the database and the data folder (ADR 0010). */
    public static void checkAuditSigningKey(String key, String keyFile) {
        if ((key == null || key.isBlank()) && (keyFile == null || keyFile.isBlank())) {
            throw new IllegalStateException("The prod profile needs SAFESHARE_AUDIT_SIGNING_KEY (Base64 of a 32-byte Ed25519 seed)"
                    + " or SAFESHARE_AUDIT_SIGNING_KEY_FILE");
        }
    }

    @Override
    public int getOrder() {
        // After the configuration files and profiles have been read.
        return Ordered.LOWEST_PRECEDENCE;
    }
}
