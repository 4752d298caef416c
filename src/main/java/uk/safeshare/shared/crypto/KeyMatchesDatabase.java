package uk.safeshare.shared.crypto;

import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Optional;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Refuses to start with an encryption key other than the one this database's personal data is sealed with.
 * Without it, a restore started with the wrong key answered "ready", then failed every page that read a
 * person. The database keeps a fixed text sealed with the first key it met (this check's migration onwards);
 * each start opens it. Two instances meeting a new database at once: one row wins, the other checks against it.
 */
@Component
class KeyMatchesDatabase implements SmartInitializingSingleton {

    static final String KNOWN = "SafeShare encryption key check";

    private final JdbcClient jdbc;
    private final FieldCipher cipher;

    KeyMatchesDatabase(JdbcClient jdbc, FieldCipher cipher) {
        this.jdbc = jdbc;
        this.cipher = cipher;
    }

    @Override
    public void afterSingletonsInstantiated() {
        String sealed = stored().orElseGet(() -> {
            try {
                jdbc.sql("INSERT INTO encryption_key_check (id, sealed, created_at) VALUES (1, ?, ?)")
                        .params(cipher.encrypt(KNOWN), Instant.now().atOffset(ZoneOffset.UTC)).update();
            } catch (DuplicateKeyException another) {
                // another instance sealed it first: check against theirs
            }
            return stored().orElseThrow();
        });
        String opened;
        try {
            opened = cipher.decrypt(sealed);
        } catch (IllegalStateException e) {
            opened = null;
        }
        if (!KNOWN.equals(opened)) {
            throw new IllegalStateException("The encryption key (SAFESHARE_ENCRYPTION_KEY) is not the key this database's"
                    + " personal data is encrypted with. Start SafeShare with the key kept with this database's backup;"
                    + " nothing has been read or changed.");
        }
    }

    private Optional<String> stored() {
        return jdbc.sql("SELECT sealed FROM encryption_key_check WHERE id = 1").query(String.class).optional();
    }
}
