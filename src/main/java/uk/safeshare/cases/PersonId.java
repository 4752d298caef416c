package uk.safeshare.cases;

import java.util.Objects;
import java.util.UUID;

public record PersonId(@com.fasterxml.jackson.annotation.JsonValue UUID value) {
    public PersonId {
        Objects.requireNonNull(value, "value");
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
