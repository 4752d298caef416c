package uk.safeshare.cases;

import java.util.Objects;
import java.util.UUID;

public record CaseId(@com.fasterxml.jackson.annotation.JsonValue UUID value) {
    public CaseId {
        Objects.requireNonNull(value, "value");
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
