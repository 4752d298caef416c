package uk.safeshare.governance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import uk.safeshare.support.SafeShareTest;

/** The demo force's tracker six months in: something of every status, forums met, an early report frozen. */
@SafeShareTest
class DemoGovernanceTest extends GovernanceTestSupport {

    @Test
    void the_demo_tracker_shows_northmoor_six_months_into_its_response() throws Exception {
        Map<String, JsonNode> items = new HashMap<>();
        json(apiGet("governance", "/api/v1/governance/items").andExpect(status().isOk())).forEach(i -> items.put(i.get("code").asString(), i));
        assertThat(items.get("R1").get("rag").asString()).isEqualTo("GREEN");
        assertThat(items.get("R5").get("workedOut").asString()).as("the late publicity campaign").isEqualTo("RED");
        assertThat(items.get("R3").get("workedOut").asString()).isEqualTo("RED");
        assertThat(items.get("R3").get("rag").asString()).isEqualTo("AMBER");
        assertThat(items.get("R3").get("overrideReason").asString()).contains("national timetable");
        assertThat(items.get("A1").get("rag").asString()).isEqualTo("GREEN");
        assertThat(items.get("R1").get("forceResponse").asString()).contains("Northmoor Constabulary");

        JsonNode meetings = json(apiGet("dpo", "/api/v1/governance/meetings").andExpect(status().isOk()));
        assertThat(meetings.size()).isGreaterThanOrEqualTo(5);

        JsonNode early = null;
        for (JsonNode r : json(apiGet("dpo", "/api/v1/governance/reports"))) {
            if (r.get("title").asString().equals("Early findings of the Safe to Share working group")) {
                early = r;
            }
        }
        assertThat(early).isNotNull();
        JsonNode doc = json(apiGet("dpo", "/api/v1/governance/reports/" + early.get("id").asString())).get("document");
        assertThat(doc.toString()).as("as of three months in, later actions are not there yet")
                .contains("Assess access to specialist victim support")
                .doesNotContain("Send the six-month update to HMICFRS");
    }
}
