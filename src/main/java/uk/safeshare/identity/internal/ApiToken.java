package uk.safeshare.identity.internal;

import java.time.Instant;
import java.util.UUID;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Table;

/** A bearer token; only the SHA-256 of the secret is stored (the secret is high-entropy, so no slow hash is needed). */
@Table("api_token")
record ApiToken(@Id UUID id, UUID userId, String tokenHash, String label, Instant createdAt, Instant expiresAt,
                Instant revokedAt, String issuedBy, String lastUsedAddress, @Version Long version) {

    boolean usableAt(Instant now) {
        return revokedAt == null && now.isBefore(expiresAt);
    }

    ApiToken revoke(Instant now) {
        return new ApiToken(id, userId, tokenHash, label, createdAt, expiresAt, now, issuedBy, lastUsedAddress, version);
    }

    ApiToken usedFrom(String address) {
        return new ApiToken(id, userId, tokenHash, label, createdAt, expiresAt, revokedAt, issuedBy, address, version);
    }

    /** How audit entries and logs name the token: never its secret. */
    String describe() {
        return "API token '" + label + "' (" + id + ")";
    }
}
