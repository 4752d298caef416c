package uk.safeshare.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import uk.safeshare.support.Accounts;
import uk.safeshare.support.SafeShareTest;
import uk.safeshare.support.TestData;
import uk.safeshare.support.Tokens;

/** F-1: nobody holds a token that acts as another person; every token and every use of one is attributable. */
@SafeShareTest
class TokenRulesTest {

    private static final String ONE_DAY = "{\"label\":\"script\",\"days\":1}";

    @Autowired MockMvc mvc;
    @Autowired Tokens tokens;
    @Autowired Accounts accounts;
    @Autowired JdbcClient jdbc;

    @ParameterizedTest
    @EnumSource(Role.class)
    void nobody_whatever_their_role_can_issue_a_token_for_another_person(Role role) throws Exception {
        var holder = accounts.person(role);
        var victim = accounts.person(Role.OFFICER);
        mvc.perform(post("/api/v1/users/" + victim.id() + "/tokens").header("Authorization", tokens.bearer(holder.username()))
                        .contentType(MediaType.APPLICATION_JSON).content(ONE_DAY))
                .andExpect(status().isForbidden());
        assertThat(jdbc.sql("SELECT COUNT(*) FROM api_token WHERE user_id = ?").param(victim.id()).query(Long.class).single())
                .isZero();
    }

    @ParameterizedTest
    @EnumSource(Role.class)
    void everyone_issues_their_own_tokens_and_the_token_records_them_as_its_issuer(Role role) throws Exception {
        var person = accounts.person(role);
        String body = mvc.perform(post("/api/v1/tokens").header("Authorization", tokens.bearer(person.username()))
                        .contentType(MediaType.APPLICATION_JSON).content(ONE_DAY))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        String id = JsonPath.read(body, "$.id");
        assertThat(jdbc.sql("SELECT issued_by FROM api_token WHERE id = ?").param(java.util.UUID.fromString(id))
                .query(String.class).single()).isEqualTo(person.username());
    }

    @Test
    void an_administrator_issues_tokens_for_a_service_account_and_is_recorded_as_the_issuer() throws Exception {
        var service = accounts.serviceAccount(Role.ANALYST);
        String admin = tokens.bearer("admin");
        mvc.perform(post("/api/v1/users/" + service.id() + "/tokens").header("Authorization", admin)
                        .contentType(MediaType.APPLICATION_JSON).content(ONE_DAY))
                .andExpect(status().isCreated());
        mvc.perform(get("/api/v1/users/" + service.id() + "/tokens").header("Authorization", admin))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[0].issuedBy").value("admin"));
    }

    @Test
    void a_service_account_cannot_mint_itself_more_tokens() throws Exception {
        var service = accounts.serviceAccount(Role.ANALYST);
        String admin = tokens.bearer("admin");
        String body = mvc.perform(post("/api/v1/users/" + service.id() + "/tokens").header("Authorization", admin)
                        .contentType(MediaType.APPLICATION_JSON).content(ONE_DAY))
                .andReturn().getResponse().getContentAsString();
        String serviceToken = JsonPath.read(body, "$.token");
        mvc.perform(post("/api/v1/tokens").header("Authorization", "Bearer " + serviceToken)
                        .contentType(MediaType.APPLICATION_JSON).content(ONE_DAY))
                .andExpect(status().isNotFound());
    }

    @Test
    void an_audit_entry_made_with_a_token_names_the_token_as_well_as_its_owner() throws Exception {
        var token = tokens.issue("officer.a");
        mvc.perform(post("/api/v1/cases").header("Authorization", "Bearer " + token.token())
                        .contentType(MediaType.APPLICATION_JSON).content(TestData.aReport().withArea("Token Lane").json()))
                .andExpect(status().isCreated());
        List<String> details = jdbc.sql("SELECT details FROM audit_entry WHERE actor = 'officer.a' AND action = 'COLLECTION' "
                + "AND details LIKE ?").param("%" + token.id() + "%").query(String.class).list();
        assertThat(details).isNotEmpty().allSatisfy(d -> assertThat(d).contains("API token 'test' (" + token.id() + ")"));
    }

    @Test
    void a_token_used_from_a_new_address_is_a_security_event() throws Exception {
        var token = tokens.issue("officer.b");
        mvc.perform(get("/api/v1/me").header("Authorization", "Bearer " + token.token()).with(r -> { r.setRemoteAddr("192.0.2.10"); return r; }))
                .andExpect(status().isOk());
        mvc.perform(get("/api/v1/me").header("Authorization", "Bearer " + token.token()).with(r -> { r.setRemoteAddr("198.51.100.7"); return r; }))
                .andExpect(status().isOk());
        assertThat(jdbc.sql("SELECT details FROM audit_entry WHERE action = 'SECURITY_EVENT' AND details LIKE ?")
                .param("TOKEN_USED_FROM_NEW_ADDRESS%" + token.id() + "%").query(String.class).list())
                .singleElement().asString().contains("198.51.100.7");
    }
}
