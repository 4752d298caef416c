package uk.safeshare.shared.crypto;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.Base64;

/**
 * Where the field-encryption key comes from: configuration when given (production must give it),
 * otherwise a key generated once in the embedded default's data folder so that a fresh clone runs.
 */
public final class EncryptionKeys {

    private EncryptionKeys() {
    }

    public static byte[] resolve(String configuredBase64, Path dataDir) {
        if (configuredBase64 != null && !configuredBase64.isBlank()) {
            return decode(configuredBase64.trim());
        }
        Path keyFile = dataDir.resolve("safeshare.key");
        try {
            if (Files.exists(keyFile)) {
                return decode(Files.readString(keyFile, StandardCharsets.US_ASCII).trim());
            }
            byte[] key = new byte[32];
            new SecureRandom().nextBytes(key);
            uk.safeshare.shared.PrivateFiles.write(keyFile, Base64.getEncoder().encodeToString(key));
            return key;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read or create the encryption key at " + keyFile, e);
        }
    }

    private static byte[] decode(String base64) {
        byte[] key;
        try {
            key = Base64.getDecoder().decode(base64);
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException("SAFESHARE_ENCRYPTION_KEY is not valid Base64", e);
        }
        if (key.length != 32) {
            throw new IllegalStateException("SAFESHARE_ENCRYPTION_KEY must be 32 bytes of Base64 (it is " + key.length + ")");
        }
        return key;
    }
}
