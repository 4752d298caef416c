package uk.safeshare.identity.internal;

import java.time.Instant;
import java.util.UUID;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Table;

@Table("team")
record Team(@Id UUID id, UUID organisationId, String name, Instant createdAt, @Version Long version) {

    static Team create(UUID organisationId, String name, Instant now) {
        return new Team(UUID.randomUUID(), organisationId, name, now, null);
    }
}
