package uk.safeshare.identity.internal;

import java.time.Instant;
import java.util.UUID;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Table;

/** A bearer token; only the SHA-256 of the secret is stored (the secret is high-entropy, so no slow hash is needed). */
@Table("api_token")
record ApiToken(@Id UUID id, UUID userId, String tokenHash, String label, Instant createdAt, Instant expiresAt,
                Instant revokedAt, @Version Long version) {

    boolean usableAt(Instant now) {
        return revokedAt == null && now.isBefore(expiresAt);
    }

    ApiToken revoke(Instant now) {
        return new ApiToken(id, userId, tokenHash, label, createdAt, expiresAt, now, version);
    }
}
