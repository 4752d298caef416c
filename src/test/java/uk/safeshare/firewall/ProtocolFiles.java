package uk.safeshare.firewall;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.UUID;
import org.springframework.core.io.ClassPathResource;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import uk.safeshare.support.Tokens;

/** Protocol files for the tests, and publishing through the API as the DPO. */
final class ProtocolFiles {

    private final MockMvc mvc;
    private final Tokens tokens;

    ProtocolFiles(MockMvc mvc, Tokens tokens) {
        this.mvc = mvc;
        this.tokens = tokens;
    }

    static String resource(String path) {
        try {
            return new ClassPathResource(path).getContentAsString(StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    static String defaultProtocol() {
        return resource("protocol/default-protocol.yaml");
    }

    /** The example that extends the doubt-only prohibition to all victims and witnesses, under a fresh id. */
    static String allVictimsExample() {
        return withId(resource("protocol/example-all-victims-protocol.yaml"), "safeshare-all-victims-example-2026.1",
                "all-victims-" + UUID.randomUUID());
    }

    static String withId(String file, String oldId, String newId) {
        return file.replace("id: " + oldId + "\n", "id: " + newId + "\n");
    }

    String draft(String file) throws Exception {
        String body = mvc.perform(post("/api/v1/protocol/drafts").header("Authorization", tokens.bearer("dpo"))
                        .contentType("application/yaml").content(file))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        return JsonPath.read(body, "$.id");
    }

    void publish(String draftId) throws Exception {
        mvc.perform(post("/api/v1/protocol/drafts/" + draftId + "/publish").header("Authorization", tokens.bearer("dpo")))
                .andExpect(status().isCreated());
    }

    /**
     * Publishes the default protocol again under a fresh id, so that the tests after one that
     * published another version are decided as under the default (published versions are never
     * removed, so this is how a force would go back too).
     */
    void restoreDefault() throws Exception {
        publish(draft(withId(defaultProtocol(), "safeshare-default-2026.1", "safeshare-default-restored-" + UUID.randomUUID())));
    }

    String inForce() throws Exception {
        String body = mvc.perform(get("/api/v1/protocol").header("Authorization", tokens.bearer("officer.a"))
                        .accept(MediaType.APPLICATION_JSON))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        return JsonPath.read(body, "$.id");
    }

    /** Waits for a replay to finish and returns its JSON. */
    String finished(String replayId) throws Exception {
        for (int i = 0; i < 200; i++) {
            String body = mvc.perform(get("/api/v1/protocol/replays/" + replayId).header("Authorization", tokens.bearer("dpo")))
                    .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
            if (!"RUNNING".equals(JsonPath.read(body, "$.status"))) {
                return body;
            }
            Thread.sleep(50);
        }
        throw new AssertionError("the replay did not finish within 10 seconds");
    }
}
