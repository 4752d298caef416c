package uk.safeshare.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import uk.safeshare.support.SafeShareTest;
import uk.safeshare.support.TestData;
import uk.safeshare.support.Tokens;

@SafeShareTest
class AuthorisationTest {

    @Autowired MockMvc mvc;
    @Autowired Tokens tokens;
    @Autowired JdbcClient jdbc;

    private String caseOfTeamNorth() throws Exception {
        String body = mvc.perform(post("/api/v1/cases").header("Authorization", tokens.bearer("officer.a"))
                        .contentType(MediaType.APPLICATION_JSON).content(TestData.aReport().json()))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        return JsonPath.read(body, "$.id");
    }

    @Test
    void no_token_is_unauthorised_with_a_problem_document() throws Exception {
        mvc.perform(get("/api/v1/cases"))
                .andExpect(status().isUnauthorized())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
    }

    @Test
    void an_unknown_token_is_unauthorised() throws Exception {
        mvc.perform(get("/api/v1/cases").header("Authorization", "Bearer ss_0000000000000000000000000000000000000000000000000000000000000000"))
                .andExpect(status().isUnauthorized());
    }

    @Test
    void an_expired_token_is_unauthorised() throws Exception {
        var token = tokens.issue("officer.a");
        jdbc.sql("UPDATE api_token SET expires_at = ? WHERE id = ?")
                .params(OffsetDateTime.now(ZoneOffset.UTC).minusMinutes(1), token.id()).update();
        mvc.perform(get("/api/v1/cases").header("Authorization", "Bearer " + token.token()))
                .andExpect(status().isUnauthorized());
    }

    @Test
    void a_revoked_token_is_unauthorised() throws Exception {
        var token = tokens.issue("officer.a");
        mvc.perform(get("/api/v1/cases").header("Authorization", "Bearer " + token.token())).andExpect(status().isOk());
        mvc.perform(delete("/api/v1/tokens/" + token.id()).header("Authorization", "Bearer " + token.token()))
                .andExpect(status().isNoContent());
        mvc.perform(get("/api/v1/cases").header("Authorization", "Bearer " + token.token()))
                .andExpect(status().isUnauthorized());
    }

    @Test
    void tokens_are_stored_only_as_hashes() {
        var token = tokens.issue("officer.a");
        long plain = jdbc.sql("SELECT COUNT(*) FROM api_token WHERE token_hash = ?").param(token.token()).query(Long.class).single();
        assertThat(plain).isZero();
    }

    @Test
    void roles_that_do_not_work_cases_cannot_reach_them() throws Exception {
        String caseId = caseOfTeamNorth();
        for (String user : new String[]{"partner.harbour", "analyst", "admin", "auditor", "governance", "marac"}) {
            String bearer = tokens.bearer(user);
            mvc.perform(get("/api/v1/cases").header("Authorization", bearer)).andExpect(status().isForbidden());
            mvc.perform(get("/api/v1/cases/" + caseId).header("Authorization", bearer)).andExpect(status().isForbidden());
            mvc.perform(post("/api/v1/cases/" + caseId + "/break-glass").header("Authorization", bearer)
                    .contentType(MediaType.APPLICATION_JSON).content("{\"reason\":\"I would like to look please\"}"))
                    .andExpect(status().isForbidden());
        }
    }

    @Test
    void only_admins_manage_users_and_only_auditors_read_the_audit_log() throws Exception {
        String officer = tokens.bearer("officer.a");
        mvc.perform(get("/api/v1/users").header("Authorization", officer)).andExpect(status().isForbidden());
        mvc.perform(get("/api/v1/audit/entries").header("Authorization", officer)).andExpect(status().isForbidden());
        mvc.perform(get("/api/v1/users").header("Authorization", tokens.bearer("admin"))).andExpect(status().isOk());
        mvc.perform(get("/api/v1/audit/entries").header("Authorization", tokens.bearer("admin"))).andExpect(status().isForbidden());
        mvc.perform(get("/api/v1/audit/entries").header("Authorization", tokens.bearer("auditor"))).andExpect(status().isOk());
    }

    @Test
    void an_officer_of_another_team_must_give_a_break_glass_reason_which_is_audited_and_shown_to_supervisors() throws Exception {
        String caseId = caseOfTeamNorth();
        String otherTeam = tokens.bearer("officer.b");

        mvc.perform(get("/api/v1/cases/" + caseId).header("Authorization", otherTeam))
                .andExpect(status().isForbidden())
                .andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.containsString("break-glass")));
        mvc.perform(post("/api/v1/cases/" + caseId + "/break-glass").header("Authorization", otherTeam)
                        .contentType(MediaType.APPLICATION_JSON).content("{\"reason\":\"short\"}"))
                .andExpect(status().isBadRequest());
        mvc.perform(post("/api/v1/cases/" + caseId + "/break-glass").header("Authorization", otherTeam)
                        .contentType(MediaType.APPLICATION_JSON).content("{\"reason\":\"Suspect arrested in my area tonight; checking for risk\"}"))
                .andExpect(status().isOk());
        mvc.perform(get("/api/v1/cases/" + caseId).header("Authorization", otherTeam)).andExpect(status().isOk());

        var actions = jdbc.sql("SELECT action FROM audit_entry WHERE case_id = ? AND actor = 'officer.b' ORDER BY seq")
                .param(java.util.UUID.fromString(caseId)).query(String.class).list();
        assertThat(actions).containsExactly("ACCESS_DENIED", "BREAK_GLASS", "CONSULTATION");
        String stored = jdbc.sql("SELECT justification FROM audit_entry WHERE case_id = ? AND action = 'BREAK_GLASS'")
                .param(java.util.UUID.fromString(caseId)).query(String.class).single();
        assertThat(stored).startsWith("ps1:").doesNotContain("Suspect arrested");
        mvc.perform(get("/api/v1/audit/entries").param("caseId", caseId).param("action", "BREAK_GLASS")
                        .header("Authorization", tokens.bearer("auditor")))
                .andExpect(jsonPath("$.entries[0].justification").value("Suspect arrested in my area tonight; checking for risk"));

        mvc.perform(get("/api/v1/break-glass").header("Authorization", tokens.bearer("sergeant")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[?(@.caseId == '" + caseId + "')].username").value(org.hamcrest.Matchers.contains("officer.b")));
        mvc.perform(get("/api/v1/break-glass").header("Authorization", tokens.bearer("officer.a")))
                .andExpect(status().isForbidden());
    }

    @Test
    void every_view_of_a_case_is_audited_as_a_consultation_naming_the_people_shown() throws Exception {
        String caseId = caseOfTeamNorth();
        String officer = tokens.bearer("officer.a");
        String person = mvc.perform(post("/api/v1/cases/" + caseId + "/people").header("Authorization", officer)
                        .contentType(MediaType.APPLICATION_JSON).content(TestData.aVictim().json()))
                .andReturn().getResponse().getContentAsString();
        String personId = JsonPath.read(person, "$.id");
        long before = jdbc.sql("SELECT COUNT(*) FROM audit_entry_person WHERE person_id = ?")
                .param(java.util.UUID.fromString(personId)).query(Long.class).single();
        mvc.perform(get("/api/v1/cases/" + caseId).header("Authorization", officer)).andExpect(status().isOk());
        long after = jdbc.sql("SELECT COUNT(*) FROM audit_entry_person WHERE person_id = ?")
                .param(java.util.UUID.fromString(personId)).query(Long.class).single();
        assertThat(after).isEqualTo(before + 1);
    }

    @Test
    void a_partner_cannot_be_given_police_roles() throws Exception {
        String admin = tokens.bearer("admin");
        String orgs = mvc.perform(get("/api/v1/organisations").header("Authorization", admin)).andReturn().getResponse().getContentAsString();
        String partnerOrg = JsonPath.<java.util.List<String>>read(orgs, "$[?(@.kind == 'PARTNER')].id").getFirst();
        mvc.perform(post("/api/v1/users").header("Authorization", admin).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"username\":\"sneaky\",\"displayName\":\"Sneaky\",\"organisationId\":\"" + partnerOrg
                                + "\",\"roles\":[\"OFFICER\"],\"serviceAccount\":false,\"password\":\"long-enough-password\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors.roles").exists());
    }
}
