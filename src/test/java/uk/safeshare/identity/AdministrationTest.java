package uk.safeshare.identity;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.hamcrest.Matchers.containsString;

import com.jayway.jsonpath.JsonPath;
import jakarta.servlet.http.Cookie;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import uk.safeshare.support.SafeShareTest;
import uk.safeshare.support.TestData;
import uk.safeshare.support.Tokens;

@SafeShareTest
class AdministrationTest {

    @Autowired MockMvc mvc;
    @Autowired Tokens tokens;
    @Autowired uk.safeshare.support.Accounts accounts;

    private String json(String url, String bearer) throws Exception {
        return mvc.perform(get(url).header("Authorization", bearer)).andReturn().getResponse().getContentAsString();
    }

    @Test
    void an_admin_creates_an_organisation_a_team_and_a_user_who_can_then_sign_in_and_work_cases() throws Exception {
        String admin = tokens.bearer("admin");
        String suffix = UUID.randomUUID().toString().substring(0, 8);
        String org = mvc.perform(post("/api/v1/organisations").header("Authorization", admin).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"name\":\"Eastmoor Police " + suffix + "\",\"kind\":\"FORCE\"}"))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        String orgId = JsonPath.read(org, "$.id");
        String team = mvc.perform(post("/api/v1/teams").header("Authorization", admin).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"organisationId\":\"" + orgId + "\",\"name\":\"Harbour Team\"}"))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        String teamId = JsonPath.read(team, "$.id");
        String username = "new.officer." + suffix;
        mvc.perform(post("/api/v1/users").header("Authorization", admin).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"username\":\"" + username + "\",\"displayName\":\"New Officer\",\"organisationId\":\"" + orgId
                                + "\",\"teamId\":\"" + teamId + "\",\"roles\":[\"OFFICER\"],\"serviceAccount\":false,"
                                + "\"password\":\"a-long-enough-password\"}"))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.roles").isEmpty())
                .andExpect(jsonPath("$.pendingRoles[0]").value("OFFICER"))
                .andExpect(jsonPath("$.passwordHash").doesNotExist());
        approveAsSecondAdministrator(username);

        mvc.perform(formLogin("/sign-in").user(username).password("a-long-enough-password")).andExpect(redirectedUrl("/"));
        mvc.perform(get("/api/v1/cases").header("Authorization", tokens.bearer(username))).andExpect(status().isOk());
    }

    /** Officer, auditor and the other sensitive roles take effect when a second administrator approves them. */
    private void approveAsSecondAdministrator(String username) throws Exception {
        String second = tokens.bearer(accounts.person(Role.ADMIN).username());
        String grants = json("/api/v1/role-grants", second);
        for (String grant : JsonPath.<java.util.List<String>>read(grants, "$[?(@.username == '" + username + "')].id")) {
            mvc.perform(post("/api/v1/role-grants/" + grant + "/approval").header("Authorization", second)).andExpect(status().isOk());
        }
    }

    @Test
    void a_disabled_users_tokens_stop_working_at_once() throws Exception {
        String admin = tokens.bearer("admin");
        var token = tokens.issue("officer.b");
        String me = json("/api/v1/me", "Bearer " + token.token());
        String userId = JsonPath.read(me, "$.id");
        String orgId = JsonPath.read(me, "$.organisationId");
        String teamId = JsonPath.read(me, "$.teamId");
        String update = "{\"displayName\":\"Priya Nair\",\"organisationId\":\"" + orgId + "\",\"teamId\":\"" + teamId
                + "\",\"roles\":[\"OFFICER\"],\"enabled\":%s}";
        mvc.perform(put("/api/v1/users/" + userId).header("Authorization", admin).contentType(MediaType.APPLICATION_JSON)
                .content(update.formatted("false"))).andExpect(status().isOk());
        try {
            mvc.perform(get("/api/v1/cases").header("Authorization", "Bearer " + token.token())).andExpect(status().isUnauthorized());
        } finally {
            mvc.perform(put("/api/v1/users/" + userId).header("Authorization", admin).contentType(MediaType.APPLICATION_JSON)
                    .content(update.formatted("true"))).andExpect(status().isOk());
        }
    }

    @Test
    void bad_account_requests_are_refused_with_reasons() throws Exception {
        String admin = tokens.bearer("admin");
        String orgs = json("/api/v1/organisations", admin);
        String forceId = JsonPath.<java.util.List<String>>read(orgs, "$[?(@.kind == 'FORCE')].id").getFirst();
        mvc.perform(post("/api/v1/users").header("Authorization", admin).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"username\":\"officer.a\",\"displayName\":\"Dup\",\"organisationId\":\"" + forceId
                                + "\",\"roles\":[\"OFFICER\"],\"serviceAccount\":false,\"password\":\"a-long-enough-password\"}"))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors.username").value(containsString("already taken")));
        mvc.perform(post("/api/v1/users").header("Authorization", admin).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"username\":\"Bad Name!\",\"displayName\":\"<b>x</b>\",\"organisationId\":\"" + forceId
                                + "\",\"roles\":[\"SHERIFF\"],\"serviceAccount\":false,\"password\":\"short\"}"))
                .andExpect(status().isBadRequest());
        mvc.perform(post("/api/v1/users").header("Authorization", admin).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"username\":\"bad.name\",\"displayName\":\"<b>x</b>\",\"organisationId\":\"" + forceId
                                + "\",\"roles\":[\"OFFICER\"],\"serviceAccount\":false,\"password\":\"short\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors.displayName").exists())
                .andExpect(jsonPath("$.errors.password").exists());
    }

    @Test
    void a_service_account_has_no_password_and_works_through_a_token_an_admin_issues() throws Exception {
        String admin = tokens.bearer("admin");
        String orgs = json("/api/v1/organisations", admin);
        String forceId = JsonPath.<java.util.List<String>>read(orgs, "$[?(@.kind == 'FORCE')].id").getFirst();
        String name = "svc." + UUID.randomUUID().toString().substring(0, 8);
        String user = mvc.perform(post("/api/v1/users").header("Authorization", admin).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"username\":\"" + name + "\",\"displayName\":\"Reporting service\",\"organisationId\":\"" + forceId
                                + "\",\"roles\":[\"AUDITOR\"],\"serviceAccount\":true}"))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        String id = JsonPath.read(user, "$.id");
        approveAsSecondAdministrator(name);
        String issued = mvc.perform(post("/api/v1/users/" + id + "/tokens").header("Authorization", admin)
                        .contentType(MediaType.APPLICATION_JSON).content("{\"label\":\"nightly verification\",\"days\":30}"))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        String token = JsonPath.read(issued, "$.token");
        mvc.perform(post("/api/v1/audit/verification").header("Authorization", "Bearer " + token))
                .andExpect(status().isOk()).andExpect(jsonPath("$.verified").value(true));
        mvc.perform(post("/api/v1/users/" + id + "/tokens").header("Authorization", admin)
                        .contentType(MediaType.APPLICATION_JSON).content("{\"label\":\"too long\",\"days\":365}"))
                .andExpect(status().isBadRequest());
    }

    @Test
    void the_admin_pages_create_a_team_and_show_form_errors() throws Exception {
        Cookie session = mvc.perform(formLogin("/sign-in").user("admin").password(TestData.PASSWORD))
                .andReturn().getResponse().getCookie("SAFESHARE_SESSION");
        mvc.perform(post("/admin/users").cookie(session).with(csrf()).param("username", "").param("displayName", ""))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("There is a problem")));
        mvc.perform(post("/admin/teams").cookie(session).with(csrf()).param("teamName", "").param("teamOrganisation", ""))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("There is a problem")));
        mvc.perform(get("/admin/users").cookie(session)).andExpect(status().isOk())
                .andExpect(content().string(containsString("officer.a")));
    }

    @Test
    void a_disabled_user_is_signed_out_of_the_pages_at_their_next_request() throws Exception {
        String admin = tokens.bearer("admin");
        Cookie session = mvc.perform(formLogin("/sign-in").user("officer.b").password(TestData.PASSWORD))
                .andReturn().getResponse().getCookie("SAFESHARE_SESSION");
        mvc.perform(get("/cases").cookie(session)).andExpect(status().isOk());
        String me = json("/api/v1/me", tokens.bearer("officer.b"));
        String update = "{\"displayName\":\"Priya Nair\",\"organisationId\":\"" + JsonPath.read(me, "$.organisationId")
                + "\",\"teamId\":\"" + JsonPath.read(me, "$.teamId") + "\",\"roles\":[\"OFFICER\"],\"enabled\":%s}";
        String userId = JsonPath.read(me, "$.id");
        mvc.perform(put("/api/v1/users/" + userId).header("Authorization", admin).contentType(MediaType.APPLICATION_JSON)
                .content(update.formatted("false"))).andExpect(status().isOk());
        try {
            mvc.perform(get("/cases").cookie(session)).andExpect(redirectedUrl("/sign-in"));
        } finally {
            mvc.perform(put("/api/v1/users/" + userId).header("Authorization", admin).contentType(MediaType.APPLICATION_JSON)
                    .content(update.formatted("true"))).andExpect(status().isOk());
        }
    }
}
