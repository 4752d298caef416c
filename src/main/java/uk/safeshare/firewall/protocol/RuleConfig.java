package uk.safeshare.firewall.protocol;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.Set;

/**
 * How one protocol version configures one rule: whether it is on, its plain-English text and
 * source as published, and its parameters (already checked and converted).
 */
public record RuleConfig(String ruleId, boolean enabled, String text, String source, Map<String, Object> parameters) {

    public RuleConfig {
        Objects.requireNonNull(ruleId, "ruleId");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(source, "source");
        parameters = Collections.unmodifiableMap(new LinkedHashMap<>(parameters));
    }

    public Object parameter(String name) {
        Object value = parameters.get(name);
        if (value == null) {
            throw new NoSuchElementException("rule " + ruleId + " has no parameter " + name);
        }
        return value;
    }

    public Reviewer reviewer(String name) {
        return (Reviewer) parameter(name);
    }

    public boolean flag(String name) {
        return (Boolean) parameter(name);
    }

    @SuppressWarnings("unchecked")
    public <E extends Enum<E>> Set<E> set(String name) {
        return (Set<E>) parameter(name);
    }
}
