package uk.safeshare.firewall.protocol;

import java.util.Objects;

/**
 * A named, typed value that a protocol file must give: a setting of the whole protocol or a
 * parameter of one rule.
 */
public record ParameterSpec(String name, ValueType<?> type, String description) {

    public ParameterSpec {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(description, "description");
    }
}
