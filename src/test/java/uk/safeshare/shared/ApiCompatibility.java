package uk.safeshare.shared;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import tools.jackson.databind.JsonNode;

/**
 * The changes to an OpenAPI description that break a client built from the older one: an operation
 * gone; a parameter or request-body field newly required; a field of a response gone; an
 * enumeration value a client may send no longer accepted. Additions are compatible.
 */
final class ApiCompatibility {

    private ApiCompatibility() {
    }

    static List<String> breakingChanges(JsonNode before, JsonNode after) {
        List<String> breaks = new ArrayList<>();
        for (ApiDescriptionTest.Op old : ApiDescriptionTest.operations(before)) {
            String[] methodAndPath = old.name().split(" ", 2);
            JsonNode now = after.path("paths").path(methodAndPath[1]).path(methodAndPath[0].toLowerCase());
            if (now.isMissingNode()) {
                breaks.add(old.name() + " was removed");
                continue;
            }
            Set<String> requiredBefore = requiredParameters(old.node());
            requiredParameters(now).stream().filter(p -> !requiredBefore.contains(p))
                    .forEach(p -> breaks.add(old.name() + ": parameter " + p + " is newly required"));
            JsonNode bodyBefore = resolve(before, old.node().at("/requestBody/content/application~1json/schema"));
            JsonNode bodyAfter = resolve(after, now.at("/requestBody/content/application~1json/schema"));
            Set<String> fieldsRequiredBefore = strings(bodyBefore.path("required"));
            strings(bodyAfter.path("required")).stream().filter(f -> !fieldsRequiredBefore.contains(f))
                    .forEach(f -> breaks.add(old.name() + ": request field " + f + " is newly required"));
            bodyBefore.path("properties").properties().forEach(field -> {
                Set<String> valuesAfter = strings(resolve(after, bodyAfter.path("properties").path(field.getKey())).path("enum"));
                strings(resolve(before, field.getValue()).path("enum")).stream()
                        .filter(v -> !valuesAfter.isEmpty() && !valuesAfter.contains(v))
                        .forEach(v -> breaks.add(old.name() + ": request field " + field.getKey() + " no longer accepts " + v));
            });
            JsonNode okBefore = resolve(before, success(old.node()));
            JsonNode okAfter = resolve(after, success(now));
            okBefore.path("properties").properties().forEach(field -> {
                if (okAfter.path("properties").path(field.getKey()).isMissingNode()) {
                    breaks.add(old.name() + ": response field " + field.getKey() + " was removed");
                }
            });
        }
        return breaks;
    }

    private static JsonNode success(JsonNode operation) {
        for (String status : List.of("200", "201")) {
            JsonNode schema = operation.at("/responses/" + status + "/content");
            if (!schema.isMissingNode() && schema.properties().iterator().hasNext()) {
                return schema.properties().iterator().next().getValue().path("schema");
            }
        }
        return operation.path("none");
    }

    private static JsonNode resolve(JsonNode description, JsonNode schema) {
        String ref = schema.path("$ref").asString("");
        if (ref.startsWith("#/")) {
            return description.at(ref.substring(1));
        }
        return schema;
    }

    private static Set<String> requiredParameters(JsonNode operation) {
        Set<String> required = new HashSet<>();
        operation.path("parameters").forEach(p -> {
            if (p.path("required").asBoolean(false)) {
                required.add(p.path("in").asString() + ":" + p.path("name").asString());
            }
        });
        return required;
    }

    private static Set<String> strings(JsonNode array) {
        Set<String> values = new HashSet<>();
        array.forEach(v -> values.add(v.asString()));
        return values;
    }
}
