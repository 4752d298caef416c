package uk.safeshare.monitoring.internal;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.util.HexFormat;
import java.util.UUID;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import uk.safeshare.shared.crypto.EncryptionKeys;

/**
 * The keyed hash that stands in for a sharing request's id in the monitoring dataset: HMAC-SHA256
 * under a key derived from the force's encryption key (never stored with the data). Without the key
 * nobody can go from a record to the request, and so to the person; with it, the monitoring module
 * can find the record again when a review settles the request.
 */
@Component
class RecordKeys {

    private final SecretKeySpec key;

    @org.springframework.beans.factory.annotation.Autowired
    RecordKeys(@Value("${safeshare.crypto.key:}") String configured, @Value("${safeshare.data-dir}") String dataDir) {
        this(EncryptionKeys.resolve(configured, Path.of(dataDir)));
    }

    RecordKeys(byte[] master) {
        this.key = new SecretKeySpec(hmac(new SecretKeySpec(master, "HmacSHA256"),
                "SafeShare monitoring record key v1"), "HmacSHA256");
    }

    String of(UUID requestId) {
        return HexFormat.of().formatHex(hmac(key, "sharing-request:" + requestId));
    }

    private static byte[] hmac(SecretKeySpec key, String text) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(key);
            return mac.doFinal(text.getBytes(StandardCharsets.UTF_8));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HMAC-SHA256 is not available", e);
        }
    }
}
