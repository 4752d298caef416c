package uk.safeshare.shared;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** What counts as breaking a client built from the published description, on small descriptions. */
class ApiCompatibilityTest {

    static final JsonMapper json = JsonMapper.builder().build();

    static JsonNode description(String paths, String schemas) {
        return json.readTree("{\"paths\":{" + paths + "},\"components\":{\"schemas\":{" + schemas + "}}}");
    }

    static final String CASE_SCHEMA = "\"Case\":{\"type\":\"object\",\"required\":[\"area\"],\"properties\":{"
            + "\"area\":{\"type\":\"string\"},\"type\":{\"type\":\"string\",\"enum\":[\"A\",\"B\"]}}}";
    static final String CREATE = "\"/api/v1/cases\":{\"post\":{\"requestBody\":{\"content\":{\"application/json\":"
            + "{\"schema\":{\"$ref\":\"#/components/schemas/Case\"}}}},\"responses\":{\"201\":{\"content\":{\"application/json\":"
            + "{\"schema\":{\"$ref\":\"#/components/schemas/Case\"}}}}}}}";

    @Test
    void the_same_description_breaks_nothing() {
        assertThat(ApiCompatibility.breakingChanges(description(CREATE, CASE_SCHEMA), description(CREATE, CASE_SCHEMA))).isEmpty();
    }

    @Test
    void an_operation_gone_breaks_clients() {
        assertThat(ApiCompatibility.breakingChanges(description(CREATE, CASE_SCHEMA), description("", CASE_SCHEMA)))
                .containsExactly("POST /api/v1/cases was removed");
    }

    @Test
    void a_newly_required_field_a_dropped_code_and_a_removed_response_field_break_clients() {
        String after = "\"Case\":{\"type\":\"object\",\"required\":[\"area\",\"summary\"],\"properties\":{"
                + "\"summary\":{\"type\":\"string\"},\"type\":{\"type\":\"string\",\"enum\":[\"A\"]}}}";
        assertThat(ApiCompatibility.breakingChanges(description(CREATE, CASE_SCHEMA), description(CREATE, after)))
                .contains("POST /api/v1/cases: request field summary is newly required",
                        "POST /api/v1/cases: request field type no longer accepts B",
                        "POST /api/v1/cases: response field area was removed");
    }

    @Test
    void additions_are_compatible() {
        String after = "\"Case\":{\"type\":\"object\",\"required\":[\"area\"],\"properties\":{"
                + "\"area\":{\"type\":\"string\"},\"note\":{\"type\":\"string\"},\"type\":{\"type\":\"string\",\"enum\":[\"A\",\"B\",\"C\"]}}}";
        String more = CREATE + ",\"/api/v1/cases/{id}\":{\"get\":{}}";
        assertThat(ApiCompatibility.breakingChanges(description(CREATE, CASE_SCHEMA), description(more, after))).isEmpty();
    }
}
