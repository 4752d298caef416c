package uk.safeshare.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import uk.safeshare.support.SafeShareTest;

/**
 * The OpenAPI description is what partners' systems are built from. It must say how to authenticate
 * and how refusals look, and it must not change incompatibly under the same version.
 *
 * <p>The description the application serves is written to {@code target/openapi.json} (linted by
 * .ci/run). The published copy is {@code docs/api/openapi.json}; after a deliberate API change,
 * refresh it with {@code ./mvnw test -Dtest=ApiDescriptionTest -Dsafeshare.openapi.publish=true}.
 */
@SafeShareTest
class ApiDescriptionTest {

    static final Path PUBLISHED = Path.of("docs/api/openapi.json");
    static final Set<String> METHODS = Set.of("get", "put", "post", "delete", "patch");
    static final JsonMapper json = JsonMapper.builder().build();

    @Autowired MockMvc mvc;
    JsonNode served;

    @BeforeEach
    void fetch() throws Exception {
        String body = mvc.perform(get("/v3/api-docs")).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        String pretty = json.writerWithDefaultPrettyPrinter().writeValueAsString(json.readTree(body)) + "\n";
        Files.createDirectories(Path.of("target"));
        Files.writeString(Path.of("target/openapi.json"), pretty);
        if (Boolean.getBoolean("safeshare.openapi.publish")) {
            Files.writeString(PUBLISHED, pretty);
        }
        served = json.readTree(pretty);
    }

    @Test
    void every_operation_needs_a_bearer_token_and_documents_its_refusals_as_problem_documents() {
        assertThat(served.at("/components/securitySchemes/bearerToken/scheme").asString()).isEqualTo("bearer");
        List<String> faults = new ArrayList<>();
        operations(served).forEach(op -> {
            JsonNode operation = op.node();
            if (!operation.at("/security/0").has("bearerToken")) {
                faults.add(op.name() + " does not declare the bearer token");
            }
            if (operation.path("summary").asString("").isBlank()) {
                faults.add(op.name() + " has no summary");
            }
            if (!operation.path("operationId").asString("").matches("[a-z][A-Za-z0-9]+")) {
                faults.add(op.name() + " has no operation id usable as a method name");
            }
            for (String status : List.of("400", "401", "403", "404")) {
                if (!operation.at("/responses/" + status + "/content/application~1problem+json/schema/$ref").asString("")
                        .equals("#/components/schemas/Problem")) {
                    faults.add(op.name() + " does not document its " + status + " as a problem document");
                }
            }
        });
        assertThat(faults).isEmpty();
        assertThat(served.at("/components/schemas/Problem/properties/requestId").isMissingNode()).isFalse();
        assertThat(served.at("/components/schemas/Problem/properties/errors").isMissingNode()).isFalse();
    }

    @Test
    void operation_ids_are_unique_so_a_generated_client_has_one_method_each() {
        List<String> ids = operations(served).stream().map(op -> op.node().path("operationId").asString()).toList();
        assertThat(ids).doesNotHaveDuplicates();
    }

    @Test
    void nothing_published_disappears_or_changes_incompatibly_without_the_version_moving() throws Exception {
        JsonNode published = json.readTree(Files.readString(PUBLISHED));
        List<String> breaks = ApiCompatibility.breakingChanges(published, served);
        String publishedVersion = published.at("/info/version").asString();
        String servedVersion = served.at("/info/version").asString();
        if (publishedVersion.equals(servedVersion)) {
            assertThat(breaks).as("incompatible changes under version " + servedVersion
                    + " (move ApiDescription.VERSION, then publish the description)").isEmpty();
        }
        assertThat(served).as("the served description differs from docs/api/openapi.json: publish it "
                + "(-Dsafeshare.openapi.publish=true) so that clients are generated from what is served").isEqualTo(published);
    }

    record Op(String name, JsonNode node) {
    }

    static List<Op> operations(JsonNode description) {
        List<Op> ops = new ArrayList<>();
        description.path("paths").properties().forEach(path -> path.getValue().properties().forEach(method -> {
            if (METHODS.contains(method.getKey())) {
                ops.add(new Op(method.getKey().toUpperCase() + " " + path.getKey(), method.getValue()));
            }
        }));
        return ops;
    }
}
