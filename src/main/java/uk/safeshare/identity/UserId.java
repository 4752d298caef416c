package uk.safeshare.identity;

import java.util.Objects;
import java.util.UUID;

public record UserId(@com.fasterxml.jackson.annotation.JsonValue UUID value) implements java.io.Serializable {
    public UserId {
        Objects.requireNonNull(value, "value");
    }

    public static UserId of(UUID value) {
        return value == null ? null : new UserId(value);
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
