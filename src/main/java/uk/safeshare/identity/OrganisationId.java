package uk.safeshare.identity;

import java.util.Objects;
import java.util.UUID;

public record OrganisationId(@com.fasterxml.jackson.annotation.JsonValue UUID value) implements java.io.Serializable {
    public OrganisationId {
        Objects.requireNonNull(value, "value");
    }

    public static OrganisationId of(UUID value) {
        return value == null ? null : new OrganisationId(value);
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
