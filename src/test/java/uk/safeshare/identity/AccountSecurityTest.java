package uk.safeshare.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import uk.safeshare.support.Accounts;
import uk.safeshare.support.SafeShareTest;
import uk.safeshare.support.TestData;
import uk.safeshare.support.Tokens;

/**
 * An administrator resets another person's second factor; the groups-to-roles table needs a second
 * administrator for roles that reach people; linking to single sign-on is never one's own; the demo
 * force has two administrators.
 */
@SafeShareTest
class AccountSecurityTest {

    @Autowired MockMvc mvc;
    @Autowired Tokens tokens;
    @Autowired Accounts accounts;
    @Autowired JdbcClient jdbc;

    private void enrolled(UUID user) {
        jdbc.sql("UPDATE user_account SET totp_secret = 'x', totp_enabled = TRUE WHERE id = ?").param(user).update();
        jdbc.sql("INSERT INTO recovery_code (id, user_id, code_hash) VALUES (?, ?, 'h')").params(UUID.randomUUID(), user).update();
    }

    private jakarta.servlet.http.Cookie signIn(String username) throws Exception {
        return mvc.perform(formLogin("/sign-in").user(username).password(TestData.PASSWORD))
                .andReturn().getResponse().getCookie("SAFESHARE_SESSION");
    }

    @Test
    void revoking_a_token_asks_first_and_only_the_confirmation_revokes_it() throws Exception {
        var person = accounts.person(Role.ANALYST);
        var issued = tokens.issue(person.username());
        var session = signIn(person.username());
        String revoke = "/account/tokens/" + issued.id() + "/revoke";

        String list = mvc.perform(get("/account/tokens").cookie(session)).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(list).contains("href=\"" + revoke + "\"").doesNotContain("action=\"" + revoke + "\"");
        String ask = mvc.perform(get(revoke).cookie(session)).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(ask).contains("Are you sure you want to revoke the token ‘test’?").contains("action=\"" + revoke + "\"");
        assertThat(revoked(issued.id())).as("asking changes nothing").isFalse();
        // Someone else's token is not theirs to be asked about.
        mvc.perform(get("/account/tokens/" + tokens.issue("officer.a").id() + "/revoke").cookie(session)).andExpect(status().isNotFound());

        mvc.perform(post(revoke).cookie(session).with(org.springframework.security.test.web.servlet.request
                        .SecurityMockMvcRequestPostProcessors.csrf()))
                .andExpect(redirectedUrl("/account/tokens"));
        assertThat(revoked(issued.id())).isTrue();
        mvc.perform(get(revoke).cookie(session)).andExpect(status().isNotFound());
    }

    private boolean revoked(UUID token) {
        return jdbc.sql("SELECT COUNT(*) FROM api_token WHERE id = ? AND revoked_at IS NOT NULL").param(token).query(Long.class).single() > 0;
    }

    @Test
    void removing_a_group_mapping_asks_first_and_only_the_confirmation_removes_it() throws Exception {
        var admin = accounts.person(Role.ADMIN);
        var session = signIn(admin.username());
        String group = "analysts-" + UUID.randomUUID();
        mvc.perform(post("/admin/sso-groups").cookie(session).with(org.springframework.security.test.web.servlet.request
                        .SecurityMockMvcRequestPostProcessors.csrf()).param("group", group).param("role", "ANALYST"))
                .andExpect(redirectedUrl("/admin/sso-groups"));
        UUID id = jdbc.sql("SELECT id FROM sso_group_role WHERE group_name = ?").param(group).query(UUID.class).single();
        String removal = "/admin/sso-groups/" + id + "/removal";

        String ask = mvc.perform(get(removal).cookie(session)).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(ask).contains("Are you sure you want to stop group ‘" + group + "’ giving the role").contains("action=\"" + removal + "\"");
        assertThat(mappings(group)).as("asking changes nothing").isOne();
        mvc.perform(get("/admin/sso-groups/" + UUID.randomUUID() + "/removal").cookie(session)).andExpect(status().isNotFound());

        mvc.perform(post(removal).cookie(session).with(org.springframework.security.test.web.servlet.request
                        .SecurityMockMvcRequestPostProcessors.csrf()))
                .andExpect(redirectedUrl("/admin/sso-groups"));
        assertThat(mappings(group)).isZero();
    }

    private long mappings(String group) {
        return jdbc.sql("SELECT COUNT(*) FROM sso_group_role WHERE group_name = ?").param(group).query(Long.class).single();
    }

    @Test
    void an_administrator_resets_someone_elses_second_factor_and_they_must_set_up_a_new_one_at_their_next_sign_in() throws Exception {
        var person = accounts.person(Role.ANALYST);
        enrolled(person.id());
        var admin = accounts.person(Role.ADMIN);

        mvc.perform(post("/api/v1/users/" + person.id() + "/second-factor/reset").header("Authorization", tokens.bearer(admin.username())))
                .andExpect(status().isNoContent());

        assertThat(jdbc.sql("SELECT COUNT(*) FROM user_account WHERE id = ? AND totp_enabled = FALSE AND totp_secret IS NULL "
                + "AND totp_enrol_required = TRUE").param(person.id()).query(Long.class).single()).isOne();
        assertThat(jdbc.sql("SELECT COUNT(*) FROM recovery_code WHERE user_id = ?").param(person.id()).query(Long.class).single()).isZero();
        assertThat(jdbc.sql("SELECT details FROM audit_entry WHERE action = 'SECURITY_EVENT' AND actor = ?").param(admin.username())
                .query(String.class).list()).anyMatch(d -> d.startsWith("SECOND_FACTOR_RESET: second factor of " + person.username()
                + " reset by " + admin.username()));
        mvc.perform(formLogin("/sign-in").user(person.username()).password(TestData.PASSWORD))
                .andExpect(redirectedUrl("/account/second-factor"));
    }

    @Test
    void nobody_resets_their_own_second_factor_and_only_administrators_reset_anyones() throws Exception {
        var admin = accounts.person(Role.ADMIN);
        enrolled(admin.id());
        mvc.perform(post("/api/v1/users/" + admin.id() + "/second-factor/reset").header("Authorization", tokens.bearer(admin.username())))
                .andExpect(status().isForbidden());
        var person = accounts.person(Role.ANALYST);
        enrolled(person.id());
        for (Role role : new Role[]{Role.DPO, Role.AUDITOR, Role.SUPERVISOR, Role.ANALYST}) {
            mvc.perform(post("/api/v1/users/" + person.id() + "/second-factor/reset")
                    .header("Authorization", tokens.bearer(accounts.person(role).username()))).andExpect(status().isForbidden());
        }
        assertThat(jdbc.sql("SELECT COUNT(*) FROM user_account WHERE id IN (?, ?) AND totp_enabled = TRUE").params(admin.id(), person.id())
                .query(Long.class).single()).isEqualTo(2);
    }

    @Test
    void a_group_mapped_to_a_role_that_reaches_people_waits_for_a_second_administrator() throws Exception {
        var first = accounts.person(Role.ADMIN);
        var second = accounts.person(Role.ADMIN);
        String group = "officers-" + UUID.randomUUID();
        String body = mvc.perform(post("/api/v1/sso/group-roles").header("Authorization", tokens.bearer(first.username()))
                        .contentType(MediaType.APPLICATION_JSON).content("{\"group\":\"" + group + "\",\"role\":\"OFFICER\"}"))
                .andExpect(status().isCreated()).andExpect(jsonPath("$.status").value("PENDING"))
                .andReturn().getResponse().getContentAsString();
        String id = body.replaceAll(".*\"id\":\"([^\"]+)\".*", "$1");

        mvc.perform(post("/api/v1/sso/group-roles/" + id + "/approval").header("Authorization", tokens.bearer(first.username())))
                .andExpect(status().isForbidden());
        mvc.perform(post("/api/v1/sso/group-roles/" + id + "/approval").header("Authorization", tokens.bearer(second.username())))
                .andExpect(status().isOk()).andExpect(jsonPath("$.status").value("APPROVED"))
                .andExpect(jsonPath("$.decidedBy").value(second.username()));
        mvc.perform(post("/api/v1/sso/group-roles").header("Authorization", tokens.bearer(first.username()))
                        .contentType(MediaType.APPLICATION_JSON).content("{\"group\":\"" + group + "\",\"role\":\"OFFICER\"}"))
                .andExpect(status().isConflict());
    }

    @Test
    void administrator_is_never_given_by_a_group_and_group_names_are_one_line() throws Exception {
        String admin = tokens.bearer(accounts.person(Role.ADMIN).username());
        mvc.perform(post("/api/v1/sso/group-roles").header("Authorization", admin).contentType(MediaType.APPLICATION_JSON)
                .content("{\"group\":\"it-staff\",\"role\":\"ADMIN\"}")).andExpect(status().isBadRequest());
        mvc.perform(post("/api/v1/sso/group-roles").header("Authorization", admin).contentType(MediaType.APPLICATION_JSON)
                .content("{\"group\":\"analysts\\nROLE_GRANTED: ADMIN\",\"role\":\"ANALYST\"}")).andExpect(status().isBadRequest());
        mvc.perform(get("/api/v1/sso/group-roles").header("Authorization", tokens.bearer(accounts.person(Role.DPO).username())))
                .andExpect(status().isForbidden());
    }

    @Test
    void nobody_links_their_own_account_nor_one_holding_a_role_that_needs_approval() throws Exception {
        var admin = accounts.person(Role.ADMIN);
        mvc.perform(put("/api/v1/users/" + admin.id() + "/sso-link").header("Authorization", tokens.bearer(admin.username()))
                .contentType(MediaType.APPLICATION_JSON).content("{\"subject\":\"mine\"}")).andExpect(status().isForbidden());
        var officer = accounts.person(Role.OFFICER);
        mvc.perform(put("/api/v1/users/" + officer.id() + "/sso-link").header("Authorization", tokens.bearer(admin.username()))
                .contentType(MediaType.APPLICATION_JSON).content("{\"subject\":\"someone\"}")).andExpect(status().isBadRequest());
        assertThat(jdbc.sql("SELECT COUNT(*) FROM sso_link WHERE user_id IN (?, ?)").params(admin.id(), officer.id())
                .query(Long.class).single()).isZero();
    }

    @Test
    void the_demo_force_has_a_second_administrator_who_approves_the_first_ones_role_grants() throws Exception {
        var person = accounts.person(Role.ANALYST);
        mvc.perform(put("/api/v1/users/" + person.id()).header("Authorization", tokens.bearer("admin")).contentType(MediaType.APPLICATION_JSON)
                .content("{\"displayName\":\"" + person.displayName() + "\",\"organisationId\":\"" + person.organisationId()
                        + "\",\"teamId\":null,\"roles\":[\"ANALYST\",\"AUDITOR\"],\"enabled\":true}")).andExpect(status().isOk());
        String grant = jdbc.sql("SELECT CAST(id AS VARCHAR(36)) FROM role_grant_request WHERE user_id = ? AND status = 'PENDING'")
                .param(person.id()).query(String.class).single();
        mvc.perform(post("/api/v1/role-grants/" + grant + "/approval").header("Authorization", tokens.bearer("admin2")))
                .andExpect(status().isOk());
        assertThat(jdbc.sql("SELECT role FROM user_role WHERE user_account = ?").param(person.id()).query(String.class).list())
                .containsExactlyInAnyOrder("ANALYST", "AUDITOR");
    }

    @Test
    void the_groups_page_maps_a_group_and_refuses_a_line_break_with_an_error_summary() throws Exception {
        var admin = accounts.person(Role.ADMIN);
        var session = mvc.perform(formLogin("/sign-in").user(admin.username()).password(TestData.PASSWORD))
                .andReturn().getResponse().getCookie("SAFESHARE_SESSION");
        String group = "governance-" + UUID.randomUUID();
        mvc.perform(post("/admin/sso-groups").cookie(session).with(org.springframework.security.test.web.servlet.request
                        .SecurityMockMvcRequestPostProcessors.csrf()).param("group", group).param("role", "GOVERNANCE"))
                .andExpect(redirectedUrl("/admin/sso-groups"));
        mvc.perform(get("/admin/sso-groups").cookie(session)).andExpect(status().isOk())
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.content().string(
                        org.hamcrest.Matchers.containsString(group)));
        mvc.perform(post("/admin/sso-groups").cookie(session).with(org.springframework.security.test.web.servlet.request
                        .SecurityMockMvcRequestPostProcessors.csrf()).param("group", "a\nb").param("role", "ANALYST"))
                .andExpect(status().isBadRequest())
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.content().string(
                        org.hamcrest.Matchers.containsString("govuk-error-summary")));
        var officer = accounts.person(Role.OFFICER);
        var officerSession = mvc.perform(formLogin("/sign-in").user(officer.username()).password(TestData.PASSWORD))
                .andReturn().getResponse().getCookie("SAFESHARE_SESSION");
        mvc.perform(get("/admin/sso-groups").cookie(officerSession)).andExpect(status().isForbidden());
    }
}
