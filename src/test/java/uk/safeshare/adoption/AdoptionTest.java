package uk.safeshare.adoption;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.ClassPathResource;
import org.springframework.modulith.test.EnableScenarios;
import org.springframework.modulith.test.Scenario;
import tools.jackson.databind.JsonNode;
import uk.safeshare.identity.Role;
import uk.safeshare.support.Accounts;
import uk.safeshare.support.Registered;
import uk.safeshare.support.SafeShareTest;

/** Staff are asked to read each published protocol version, and reviewers see who asked before reading it. */
@SafeShareTest
@EnableScenarios
class AdoptionTest extends AdoptionTestSupport {

    @Autowired Accounts accounts;

    @Test
    void a_newly_published_version_asks_everyone_who_shares_or_reviews_to_read_what_changed_in_plain_words(Scenario scenario) throws Exception {
        String officer = accounts.person(Role.OFFICER).username();
        String id = "adoption-test-" + UUID.randomUUID();
        try {
            scenario.stimulate(() -> publish(id, 2190, 2191))
                    .andWaitForStateChange(() -> jdbc.sql("SELECT COUNT(*) FROM adoption_version WHERE protocol_id = ?").param(id)
                            .query(Long.class).single(), n -> n == 1)
                    .andVerify(n -> assertThat(n).isEqualTo(1));
            JsonNode toRead = json(apiGet(officer, "/api/v1/protocol-reading").andExpect(status().isOk()));
            assertThat(toRead.get("protocolId").asString()).isEqualTo(id);
            assertThat(toRead.get("readAt").isNull()).isTrue();
            assertThat(toRead.get("changes").toString())
                    .contains("Days after a disclosure when the record of it is reviewed for deletion", "was 2190, now 2191.")
                    .doesNotContain("safeshare-default");
            assertThat(toRead.get("changes").size()).as("only the setting that changed, not the comments or title").isEqualTo(1);
            mvc.perform(get("/").cookie(session(officer))).andExpect(content().string(containsString("Read what changed")));
            assertThat(notRead(officer)).isTrue();

            mvc.perform(post("/protocol-reading").cookie(session(officer)).with(csrf()).param("version", id))
                    .andExpect(status().is3xxRedirection());
            assertThat(json(apiGet(officer, "/api/v1/protocol-reading")).get("readAt").isNull()).isFalse();
            mvc.perform(get("/").cookie(session(officer))).andExpect(content().string(not(containsString("Read what changed"))));
            assertThat(notRead(officer)).isFalse();
            assertThat(jdbc.sql("SELECT COUNT(*) FROM audit_entry WHERE actor = ? AND details LIKE ?")
                    .params(officer, "recorded having read safeguarding protocol version " + id + "%").query(Long.class).single()).isEqualTo(1);
        } finally {
            restoreDefault();
        }
    }

    @Test
    void reading_a_version_that_is_not_in_force_is_refused_and_changes_nothing() throws Exception {
        String officer = accounts.person(Role.OFFICER).username();
        apiPost(officer, "/api/v1/protocol-reading", "{\"version\":\"no-such-version\"}").andExpect(status().isConflict());
        apiPost(officer, "/api/v1/protocol-reading", "{\"version\":\"\"}").andExpect(status().isBadRequest());
        apiPost(officer, "/api/v1/protocol-reading", "{\"version\":\"x\",\"extra\":1}").andExpect(status().isBadRequest());
        assertThat(jdbc.sql("SELECT COUNT(*) FROM adoption_reading WHERE username = ?").param(officer).query(Long.class).single()).isZero();
    }

    @Test
    void a_request_asked_before_reading_is_shown_to_the_reviewer_and_the_dpo_can_make_it_a_block() throws Exception {
        String officer = accounts.person(Role.OFFICER).username();
        String request = json(ask(officer).andExpect(status().isCreated())).get("id").asString();
        mvc.perform(get("/sharing-requests/" + request).cookie(session("sergeant")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("the requester had not recorded reading protocol version")));
        try {
            apiPut("dpo", "/api/v1/protocol-reading/setting", "{\"unreadBlocksSharing\":true}").andExpect(status().isOk());
            long before = jdbc.sql("SELECT COUNT(*) FROM sharing_request").query(Long.class).single();
            ask(officer).andExpect(status().isForbidden())
                    .andExpect(jsonPath("$.detail").value(containsString("/protocol-reading")));
            assertThat(jdbc.sql("SELECT COUNT(*) FROM sharing_request").query(Long.class).single()).isEqualTo(before);
            String inForce = json(apiGet(officer, "/api/v1/protocol-reading")).get("protocolId").asString();
            apiPost(officer, "/api/v1/protocol-reading", "{\"version\":\"" + inForce + "\"}").andExpect(status().isCreated());
            String after = json(ask(officer).andExpect(status().isCreated())).get("id").asString();
            mvc.perform(get("/sharing-requests/" + after).cookie(session("sergeant")))
                    .andExpect(content().string(not(containsString("had not recorded reading"))));
        } finally {
            apiPut("dpo", "/api/v1/protocol-reading/setting", "{\"unreadBlocksSharing\":false}").andExpect(status().isOk());
        }
    }

    @Test
    void roles_that_do_not_share_or_oversee_cannot_read_coverage_or_change_the_setting() throws Exception {
        for (String user : new String[] {"analyst", "auditor", "admin", "partner.harbour", "marac"}) {
            apiGet(user, "/api/v1/protocol-reading/coverage").andExpect(status().isForbidden());
            mvc.perform(get("/protocol-reading/coverage").cookie(session(user))).andExpect(status().isForbidden());
        }
        for (String user : new String[] {"officer.a", "caseworker"}) {
            apiGet(user, "/api/v1/protocol-reading/coverage").andExpect(status().isForbidden());
        }
        for (String user : new String[] {"sergeant", "governance", "officer.a"}) {
            apiPut(user, "/api/v1/protocol-reading/setting", "{\"unreadBlocksSharing\":true}").andExpect(status().isForbidden());
        }
        apiPost("governance", "/api/v1/protocol-reading", "{\"version\":\"x\"}").andExpect(status().isForbidden());
        mvc.perform(post("/protocol-reading/setting").cookie(session("dpo")).with(csrf()))
                .andExpect(status().isBadRequest()).andExpect(content().string(containsString("Error: ")));
    }

    @Test
    void a_supervisor_sees_only_their_own_teams_coverage_and_governance_sees_everyone() throws Exception {
        JsonNode team = json(apiGet("sergeant", "/api/v1/protocol-reading/coverage").andExpect(status().isOk()));
        assertThat(team.get("scope").asString()).isEqualTo("Safeguarding Team North");
        assertThat(team.get("notRead").toString()).doesNotContain("\"officer.b\"");
        assertThat(team.get("coverage").get("byTeam").toString()).doesNotContain("Safeguarding Team South");
        JsonNode all = json(apiGet("governance", "/api/v1/protocol-reading/coverage").andExpect(status().isOk()));
        assertThat(all.get("coverage").get("byTeam").toString()).contains("Safeguarding Team South");
        assertThat(all.get("coverage").get("required").asLong()).isGreaterThan(team.get("coverage").get("required").asLong());
    }

    @Test
    void the_tracker_shows_who_has_read_the_version_in_force_as_live_evidence_by_role() throws Exception {
        JsonNode r3 = json(apiGet("governance", "/api/v1/governance/items/R3").andExpect(status().isOk())).get("evidence");
        JsonNode read = null;
        for (JsonNode e : r3) {
            if (e.get("title").asString().equals("Staff who have read the protocol version in force")) {
                read = e;
            }
        }
        assertThat(read).isNotNull();
        assertThat(read.get("columns").toString()).contains("Asked to read", "Have read");
        assertThat(read.get("rows").toString()).contains("Officer", "Everyone asked").doesNotContain("officer.a");
    }

    private boolean notRead(String username) throws Exception {
        return json(apiGet("governance", "/api/v1/protocol-reading/coverage")).get("notRead").toString().contains("\"" + username + "\"");
    }

    private org.springframework.test.web.servlet.ResultActions ask(String officer) throws Exception {
        String caseId = json(apiPost(officer, "/api/v1/cases", """
                {"crimeTypes":["DOMESTIC_ABUSE"],"occurredAt":"2026-01-10T21:30:00Z","area":"Eastfield","summary":"Reported by a neighbour"}""")
                .andExpect(status().isCreated())).get("id").asString();
        String personId = json(apiPost(officer, "/api/v1/cases/" + caseId + "/people", """
                {"role":"VICTIM","givenName":"Amina","familyName":"Haddad","dateOfBirth":"1990-05-17","statusBasis":"CONFIRMED_LAWFUL_STATUS",
                 "nationality":"SY","language":"ar","interpreterNeeded":true,"safeContactMethod":"THROUGH_SUPPORT_ORGANISATION"}""")
                .andExpect(status().isCreated())).get("id").asString();
        return apiPost(officer, "/api/v1/sharing-requests", """
                {"caseId":"%s","personId":"%s","organisationId":"%s","purpose":"SAFEGUARDING","pathwayStage":"INITIAL_REPORT",
                 "dataCategories":["IDENTITY","CONTACT_DETAILS"],"lawfulBasis":"LAW_ENFORCEMENT_NECESSITY",
                 "justification":"The victim is at continuing risk of harm from the suspect.","consent":"GIVEN",
                 "suspectedOfOtherOffence":false,"threatToLife":false}""".formatted(caseId, personId, Registered.in("LOCAL_AUTHORITY")));
    }

    private void publish(String id, int retentionBefore, int retentionAfter) {
        try {
            String file = new ClassPathResource("protocol/default-protocol.yaml").getContentAsString(StandardCharsets.UTF_8)
                    .replace("id: safeshare-default-2026.1\n", "id: " + id + "\n")
                    .replace("retentionDays: " + retentionBefore + "\n", "retentionDays: " + retentionAfter + "\n")
                    .replace("# SafeShare safeguarding protocol.", "# SafeShare safeguarding protocol, a comment changed.");
            String draft = json(mvc.perform(post("/api/v1/protocol/drafts").header("Authorization", bearer("dpo"))
                    .contentType("application/yaml").content(file)).andExpect(status().isCreated())).get("id").asString();
            mvc.perform(post("/api/v1/protocol/drafts/" + draft + "/publish").header("Authorization", bearer("dpo")))
                    .andExpect(status().isCreated());
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private void restoreDefault() {
        publish("safeshare-default-restored-" + UUID.randomUUID(), 2190, 2190);
    }
}
