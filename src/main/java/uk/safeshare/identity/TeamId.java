package uk.safeshare.identity;

import java.util.Objects;
import java.util.UUID;

public record TeamId(@com.fasterxml.jackson.annotation.JsonValue UUID value) implements java.io.Serializable {
    public TeamId {
        Objects.requireNonNull(value, "value");
    }

    public static TeamId of(UUID value) {
        return value == null ? null : new TeamId(value);
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
