package uk.safeshare.shared;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;

/**
 * The production profile refuses to start on anything but PostgreSQL and without a configured
 * encryption key: a production service must never quietly fall back to the embedded database or to
 * a key generated on local disk.
 */
@Component
@Profile("prod")
public class ProductionGuard {

    public ProductionGuard(@Value("${spring.datasource.url:}") String url,
                           @Value("${safeshare.crypto.key:}") String key) {
        check(url, key);
    }

    public static void check(String url, String key) {
        if (url == null || !url.startsWith("jdbc:postgresql:")) {
            throw new IllegalStateException("The prod profile needs SAFESHARE_DB_URL set to a jdbc:postgresql: URL");
        }
        if (key == null || key.isBlank()) {
            throw new IllegalStateException("The prod profile needs SAFESHARE_ENCRYPTION_KEY (Base64 of 32 random bytes)");
        }
    }
}
