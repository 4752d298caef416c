package uk.safeshare.identity.internal;

import java.time.Instant;
import java.util.UUID;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Table;
import uk.safeshare.identity.Role;

/** A role one administrator asked to grant; it takes effect only when a second administrator approves it. */
@Table("role_grant_request")
record RoleGrantRequest(@Id UUID id, UUID userId, Role role, String requestedBy, Instant requestedAt, Status status,
                        String decidedBy, Instant decidedAt, @Version Long version) {

    enum Status { PENDING, APPROVED, REFUSED, WITHDRAWN }

    static RoleGrantRequest pending(UUID userId, Role role, String requestedBy, Instant at) {
        return new RoleGrantRequest(UUID.randomUUID(), userId, role, requestedBy, at, Status.PENDING, null, null, null);
    }

    RoleGrantRequest decided(Status outcome, String by, Instant at) {
        return new RoleGrantRequest(id, userId, role, requestedBy, requestedAt, outcome, by, at, version);
    }
}
