package uk.safeshare.governance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import uk.safeshare.support.SafeShareTest;

/** The tracker over the API: who may read and change it, what it refuses, and that every change is kept. */
@SafeShareTest
class TrackerApiTest extends GovernanceTestSupport {

    static final LocalDate TODAY = LocalDate.now(java.time.ZoneId.of("Europe/London"));

    private JsonNode item(String code) throws Exception {
        return json(apiGet("governance", "/api/v1/governance/items/" + code).andExpect(status().isOk())).get("item");
    }

    @Test
    void the_tracker_lists_the_eight_recommendations_and_three_actions_with_their_addressees() throws Exception {
        JsonNode items = json(apiGet("dpo", "/api/v1/governance/items").andExpect(status().isOk()));
        assertThat(items.size()).isEqualTo(11);
        assertThat(items.get(0).get("code").asString()).isEqualTo("R1");
        assertThat(items.get(0).get("addressees").asString()).isEqualTo("Chief constables");
        assertThat(items.get(5).get("appliesTo").asString()).isEqualTo("OPCC");
        assertThat(items.get(10).get("code").asString()).isEqualTo("A3");
        assertThat(items.get(10).get("addressees").asString()).isEqualTo("HMICFRS");
    }

    @Test
    void a_blocked_action_turns_the_item_red_and_an_override_shows_its_reason_beside_the_status() throws Exception {
        String id = action("A2", "Ask the College of Policing for its draft guidance", TODAY.plusDays(60), "IN_PROGRESS");
        apiPost("governance", "/api/v1/governance/actions/" + id + "/updates",
                "{\"on\":\"" + TODAY + "\",\"note\":\"The College has paused its work\",\"status\":\"BLOCKED\"}")
                .andExpect(status().isCreated());
        JsonNode item = item("A2");
        assertThat(item.get("workedOut").asString()).isEqualTo("RED");
        assertThat(item.get("rag").asString()).isEqualTo("RED");

        apiPut("governance", "/api/v1/governance/items/A2/rag", "{\"rag\":\"AMBER\",\"reason\":\"\"}")
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith("application/problem+json"))
                .andExpect(content().string(containsString("Enter the reason")));
        assertThat(item("A2").get("rag").asString()).isEqualTo("RED");
        apiPut("governance", "/api/v1/governance/items/A2/rag", "{\"rag\":\"ON_TRACK\",\"reason\":\"x\"}")
                .andExpect(status().isBadRequest());

        apiPut("governance", "/api/v1/governance/items/A2/rag",
                "{\"rag\":\"AMBER\",\"reason\":\"The College expects to resume next month\"}").andExpect(status().isOk());
        item = item("A2");
        assertThat(item.get("rag").asString()).isEqualTo("AMBER");
        assertThat(item.get("workedOut").asString()).isEqualTo("RED");
        assertThat(item.get("overrideReason").asString()).isEqualTo("The College expects to resume next month");

        apiPut("governance", "/api/v1/governance/items/A2/rag", "{\"rag\":null,\"reason\":\"The College resumed\"}")
                .andExpect(status().isOk());
        assertThat(item("A2").get("rag").asString()).isEqualTo("RED");
        assertThat(item("A2").get("overrideReason").isNull()).isTrue();
    }

    @Test
    void every_change_is_kept_in_the_history_and_written_to_the_audit_log() throws Exception {
        long audited = jdbc.sql("SELECT COUNT(*) FROM audit_entry WHERE details LIKE 'Governance tracker R6 %'").query(Long.class).single();
        apiPut("governance", "/api/v1/governance/items/R6",
                "{\"appliesTo\":\"OPCC\",\"forceResponse\":null,\"opccResponse\":\"A needs assessment is commissioned.\"}")
                .andExpect(status().isOk());
        String id = action("R6", "Commission the needs assessment", TODAY.plusDays(90), "NOT_STARTED");
        apiPut("governance", "/api/v1/governance/actions/" + id, "{\"description\":\"Commission the needs assessment\","
                + "\"ownerUser\":\"governance\",\"dueOn\":\"" + TODAY.plusDays(20) + "\",\"status\":\"NOT_STARTED\"}")
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Amira Haddad")));
        List<String> history = json(apiGet("analyst", "/api/v1/governance/items/R6/history").andExpect(status().isOk()))
                .valueStream().map(c -> c.get("summary").asString()).toList();
        assertThat(history.get(0)).contains("owner now governance").contains("due date moved from " + TODAY.plusDays(90));
        assertThat(history.get(1)).startsWith("Action added: Commission the needs assessment");
        assertThat(history.get(2)).contains("OPCC's response changed");
        assertThat(jdbc.sql("SELECT COUNT(*) FROM audit_entry WHERE details LIKE 'Governance tracker R6 %'").query(Long.class).single())
                .isEqualTo(audited + 3);
        assertThat(item("R6").get("opccResponse").asString()).isEqualTo("A needs assessment is commissioned.");
        assertThat(jdbc.sql("SELECT COUNT(*) FROM gov_item_state WHERE item_code = 'R6'").query(Long.class).single())
                .as("the earlier state is kept").isGreaterThanOrEqualTo(2);
    }

    @Test
    void bad_input_is_refused_with_a_problem_and_changes_nothing() throws Exception {
        long before = jdbc.sql("SELECT COUNT(*) FROM gov_change").query(Long.class).single();
        apiPost("governance", "/api/v1/governance/items/R4/actions", "{\"description\":\"<script>alert(1)</script>\","
                + "\"ownerUser\":\"nobody.here\",\"ownerRole\":\"Chief\",\"dueOn\":\"2019-01-01\"}")
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith("application/problem+json"))
                .andExpect(content().string(containsString("plain text")))
                .andExpect(content().string(containsString("not both")))
                .andExpect(content().string(containsString("between 17 December 2020")));
        apiPost("governance", "/api/v1/governance/items/R4/actions", "{\"description\":\"x\",\"ownerRole\":\"Chief\","
                + "\"dueOn\":\"2026-02-30\",\"status\":\"NOT_STARTED\"}").andExpect(status().isBadRequest());
        apiPost("governance", "/api/v1/governance/items/R4/actions", "{\"description\":\"x\",\"ownerRole\":\"Chief\","
                + "\"dueOn\":\"" + TODAY + "\",\"status\":\"MAYBE\"}").andExpect(status().isBadRequest());
        apiPost("governance", "/api/v1/governance/items/R4/actions", "{not json").andExpect(status().isBadRequest());
        apiPut("governance", "/api/v1/governance/items/R4", "{\"appliesTo\":\"FORCE\",\"forceResponse\":\""
                + "x".repeat(20_001) + "\"}").andExpect(status().is4xxClientError());
        apiGet("governance", "/api/v1/governance/items/R99").andExpect(status().isNotFound())
                .andExpect(content().contentTypeCompatibleWith("application/problem+json"));
        apiPost("governance", "/api/v1/governance/actions/" + java.util.UUID.randomUUID() + "/updates",
                "{\"on\":\"" + TODAY + "\",\"note\":\"x\"}").andExpect(status().isNotFound());
        assertThat(jdbc.sql("SELECT COUNT(*) FROM gov_change").query(Long.class).single()).isEqualTo(before);
    }

    @Test
    void readers_may_read_but_not_change_and_everyone_else_is_refused() throws Exception {
        for (String reader : List.of("dpo", "sergeant", "analyst", "governance")) {
            apiGet(reader, "/api/v1/governance/items").andExpect(status().isOk());
            apiGet(reader, "/api/v1/governance/history").andExpect(status().isOk());
        }
        for (String reader : List.of("dpo", "sergeant", "analyst")) {
            apiPut(reader, "/api/v1/governance/items/R1/rag", "{\"rag\":\"GREEN\",\"reason\":\"x\"}")
                    .andExpect(status().isForbidden());
            apiPost(reader, "/api/v1/governance/items/R1/actions", "{\"description\":\"x\",\"ownerRole\":\"y\",\"dueOn\":\""
                    + TODAY + "\"}").andExpect(status().isForbidden());
        }
        for (String outsider : List.of("officer.a", "caseworker", "marac", "partner.harbour", "auditor", "admin")) {
            apiGet(outsider, "/api/v1/governance/items").andExpect(status().isForbidden())
                    .andExpect(content().contentTypeCompatibleWith("application/problem+json"));
            apiGet(outsider, "/api/v1/governance/evidence").andExpect(status().isForbidden());
            apiPut(outsider, "/api/v1/governance/items/R1/rag", "{\"rag\":\"GREEN\",\"reason\":\"x\"}")
                    .andExpect(status().isForbidden());
        }
        mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get("/api/v1/governance/items"))
                .andExpect(status().isUnauthorized());
    }
}
