package uk.safeshare.identity.internal;

import java.time.Instant;
import java.util.UUID;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Table;
import uk.safeshare.identity.OrganisationKind;

@Table("organisation")
record Organisation(@Id UUID id, String name, OrganisationKind kind, boolean active, Instant createdAt, @Version Long version) {

    static Organisation create(String name, OrganisationKind kind, Instant now) {
        return new Organisation(UUID.randomUUID(), name, kind, true, now, null);
    }

    Organisation withActive(boolean value) {
        return new Organisation(id, name, kind, value, createdAt, version);
    }
}
