package uk.safeshare.audit.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.Base64;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import uk.safeshare.shared.PrivateFiles;

/**
 * The Ed25519 key that signs checkpoints. It lives outside the database, so that someone who can
 * rewrite the database cannot sign a rewritten log: from configuration (Base64 of the 32-byte
 * seed) or a key file; on the embedded default, generated once into the data folder like the
 * encryption key. The production profile refuses to start without one (ProductionGuard).
 */
@Component
class LogSigningKey {

    static final String GENERATED_FILE = "audit-log-signing.key";

    private final SignedNote.Signer signer;

    LogSigningKey(@Value("${safeshare.audit.signing-key:}") String configured,
                  @Value("${safeshare.audit.signing-key-file:}") String keyFile,
                  @Value("${safeshare.audit.log-origin}") String origin,
                  @Value("${safeshare.data-dir}") String dataDir) {
        this.signer = new SignedNote.Signer(origin, resolve(configured, keyFile, Path.of(dataDir)));
    }

    SignedNote.Signer signer() {
        return signer;
    }

    static byte[] resolve(String configured, String keyFile, Path dataDir) {
        if (configured != null && !configured.isBlank()) {
            return decode(configured.trim(), "SAFESHARE_AUDIT_SIGNING_KEY");
        }
        Path file = keyFile != null && !keyFile.isBlank() ? Path.of(keyFile) : dataDir.resolve(GENERATED_FILE);
        try {
            if (Files.exists(file)) {
                return decode(Files.readString(file, StandardCharsets.US_ASCII).trim(), file.toString());
            }
            if (keyFile != null && !keyFile.isBlank()) {
                throw new IllegalStateException("The audit log signing key file " + file + " does not exist");
            }
            byte[] seed = new byte[32];
            new SecureRandom().nextBytes(seed);
            PrivateFiles.write(file, Base64.getEncoder().encodeToString(seed));
            return seed;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read or create the audit log signing key at " + file, e);
        }
    }

    private static byte[] decode(String base64, String where) {
        byte[] seed;
        try {
            seed = Base64.getDecoder().decode(base64);
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException("The audit log signing key in " + where + " is not valid Base64", e);
        }
        if (seed.length != 32) {
            throw new IllegalStateException("The audit log signing key in " + where + " must be 32 bytes of Base64 (it is " + seed.length + ")");
        }
        return seed;
    }
}
