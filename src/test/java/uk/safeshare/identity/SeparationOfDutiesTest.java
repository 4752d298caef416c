package uk.safeshare.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import jakarta.servlet.http.Cookie;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import uk.safeshare.identity.UserCommands.UserSummary;
import uk.safeshare.support.Accounts;
import uk.safeshare.support.SafeShareTest;
import uk.safeshare.support.TestData;
import uk.safeshare.support.Tokens;

/** F-3: nobody changes their own roles; administrator is never combined with case work or audit; a second administrator approves. */
@SafeShareTest
class SeparationOfDutiesTest {

    @Autowired MockMvc mvc;
    @Autowired Tokens tokens;
    @Autowired Accounts accounts;
    @Autowired JdbcClient jdbc;

    private static String update(UserSummary user, Set<Role> roles, Object teamId) {
        return "{\"displayName\":\"" + user.displayName() + "\",\"organisationId\":\"" + user.organisationId() + "\",\"teamId\":"
                + (teamId == null ? "null" : "\"" + teamId + "\"") + ",\"roles\":["
                + roles.stream().map(r -> "\"" + r.name() + "\"").collect(Collectors.joining(",")) + "],\"enabled\":true}";
    }

    private String update(String bearer, UserSummary user, Set<Role> roles) throws Exception {
        return mvc.perform(put("/api/v1/users/" + user.id()).header("Authorization", bearer).contentType(MediaType.APPLICATION_JSON)
                .content(update(user, roles, user.teamId()))).andReturn().getResponse().getContentAsString();
    }

    @ParameterizedTest
    @EnumSource(value = Role.class, names = "ADMIN", mode = EnumSource.Mode.EXCLUDE)
    void an_administrator_cannot_give_themselves_any_role(Role role) throws Exception {
        var admin = accounts.person(Role.ADMIN);
        mvc.perform(put("/api/v1/users/" + admin.id()).header("Authorization", tokens.bearer(admin.username()))
                        .contentType(MediaType.APPLICATION_JSON).content(update(admin, Set.of(Role.ADMIN, role), null)))
                .andExpect(status().is4xxClientError());
        assertThat(roles(admin)).containsExactly("ADMIN");
        assertThat(jdbc.sql("SELECT COUNT(*) FROM role_grant_request WHERE user_id = ?").param(admin.id()).query(Long.class).single()).isZero();
    }

    @Test
    void an_administrator_cannot_move_themselves_into_a_team_but_may_correct_their_own_name() throws Exception {
        var admin = accounts.person(Role.ADMIN);
        String bearer = tokens.bearer(admin.username());
        String team = jdbc.sql("SELECT CAST(id AS VARCHAR(36)) FROM team WHERE name = 'Safeguarding Team North'").query(String.class).single();
        mvc.perform(put("/api/v1/users/" + admin.id()).header("Authorization", bearer).contentType(MediaType.APPLICATION_JSON)
                .content(update(admin, Set.of(Role.ADMIN), team))).andExpect(status().isForbidden());
        assertThat(jdbc.sql("SELECT COUNT(*) FROM user_account WHERE id = ? AND team_id IS NULL").param(admin.id()).query(Long.class).single()).isOne();
        mvc.perform(put("/api/v1/users/" + admin.id()).header("Authorization", bearer).contentType(MediaType.APPLICATION_JSON)
                .content(update(admin, Set.of(Role.ADMIN), null).replace(admin.displayName(), "Corrected Name")))
                .andExpect(status().isOk()).andExpect(jsonPath("$.displayName").value("Corrected Name"));
    }

    @ParameterizedTest
    @EnumSource(value = Role.class, names = {"OFFICER", "CASEWORKER", "SUPERVISOR", "DPO", "AUDITOR"})
    void administrator_cannot_be_combined_with_case_roles_dpo_or_auditor(Role role) throws Exception {
        var target = accounts.person(role);
        mvc.perform(put("/api/v1/users/" + target.id()).header("Authorization", tokens.bearer("admin"))
                        .contentType(MediaType.APPLICATION_JSON).content(update(target, Set.of(Role.ADMIN, role), target.teamId())))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors.roles").exists());
        assertThat(roles(target)).containsExactly(role.name());
    }

    @ParameterizedTest
    @EnumSource(value = Role.class, names = {"OFFICER", "CASEWORKER", "SUPERVISOR", "DPO", "AUDITOR", "ADMIN"})
    void granting_a_sensitive_role_waits_for_a_second_administrator_and_both_are_audited(Role role) throws Exception {
        var first = accounts.person(Role.ADMIN);
        var second = accounts.person(Role.ADMIN);
        var target = accounts.person(Role.ANALYST);
        String body = update(tokens.bearer(first.username()), target, Set.of(Role.ANALYST, role));
        assertThat(JsonPath.<List<String>>read(body, "$.roles")).containsExactly("ANALYST");
        assertThat(JsonPath.<List<String>>read(body, "$.pendingRoles")).containsExactly(role.name());
        assertThat(roles(target)).containsExactly("ANALYST");

        String grants = mvc.perform(get("/api/v1/role-grants").header("Authorization", tokens.bearer(second.username())))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        String grantId = JsonPath.<List<String>>read(grants, "$[?(@.username == '" + target.username() + "')].id").getFirst();

        mvc.perform(post("/api/v1/role-grants/" + grantId + "/approval").header("Authorization", tokens.bearer(first.username())))
                .andExpect(status().isForbidden());
        assertThat(roles(target)).containsExactly("ANALYST");

        mvc.perform(post("/api/v1/role-grants/" + grantId + "/approval").header("Authorization", tokens.bearer(second.username())))
                .andExpect(status().isOk());
        assertThat(roles(target)).containsExactlyInAnyOrder("ANALYST", role.name());
        assertThat(securityEvents(first.username(), "ROLE_GRANT_REQUESTED: " + role + " for " + target.username())).hasSize(1);
        assertThat(securityEvents(second.username(), "ROLE_GRANT_APPROVED: " + role + " granted to " + target.username())).hasSize(1);
    }

    @Test
    void a_role_granted_on_a_new_account_also_waits_for_approval() throws Exception {
        String orgId = jdbc.sql("SELECT organisation_id FROM team WHERE name = 'Safeguarding Team North'").query(String.class).single();
        String username = "new.sod." + System.nanoTime();
        mvc.perform(post("/api/v1/users").header("Authorization", tokens.bearer("admin")).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"username\":\"" + username + "\",\"displayName\":\"New Auditor\",\"organisationId\":\"" + orgId
                                + "\",\"roles\":[\"AUDITOR\"],\"serviceAccount\":false,\"password\":\"" + TestData.PASSWORD + "\"}"))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.roles").isEmpty())
                .andExpect(jsonPath("$.pendingRoles[0]").value("AUDITOR"));
        mvc.perform(get("/api/v1/audit").header("Authorization", tokens.bearer(username))).andExpect(status().isForbidden());
    }

    @ParameterizedTest
    @EnumSource(value = Role.class, names = {"ANALYST", "GOVERNANCE", "MARAC_COORDINATOR"})
    void roles_that_see_no_people_are_granted_at_once(Role role) throws Exception {
        var target = accounts.person(Role.GOVERNANCE == role ? Role.ANALYST : Role.GOVERNANCE);
        update(tokens.bearer("admin"), target, Set.of(target.roles().iterator().next(), role));
        assertThat(roles(target)).contains(role.name());
    }

    @Test
    void removing_a_role_takes_effect_at_once() throws Exception {
        var target = accounts.person(Role.OFFICER);
        String officer = tokens.bearer(target.username());
        mvc.perform(get("/api/v1/cases").header("Authorization", officer)).andExpect(status().isOk());
        update(tokens.bearer("admin"), target, Set.of(Role.ANALYST));
        mvc.perform(get("/api/v1/cases").header("Authorization", officer)).andExpect(status().isForbidden());
        assertThat(securityEvents("admin", "ROLE_REMOVED: OFFICER removed from " + target.username())).hasSize(1);
    }

    @Test
    void an_administrators_own_page_offers_no_roles_or_team_and_the_queue_offers_no_approval_of_their_own_request() throws Exception {
        var admin = accounts.person(Role.ADMIN);
        var target = accounts.person(Role.ANALYST);
        Cookie session = mvc.perform(formLogin("/sign-in").user(admin.username()).password(TestData.PASSWORD))
                .andExpect(redirectedUrl("/")).andReturn().getResponse().getCookie("SAFESHARE_SESSION");
        mvc.perform(get("/admin/users/" + admin.id()).cookie(session))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"own-account\"")))
                .andExpect(content().string(not(containsString("name=\"roles\""))))
                .andExpect(content().string(not(containsString("name=\"teamId\""))));
        mvc.perform(post("/admin/users/" + target.id()).cookie(session).with(csrf())
                        .param("displayName", target.displayName()).param("organisationId", target.organisationId().toString())
                        .param("roles", "ANALYST", "DPO").param("enabled", "true"))
                .andExpect(redirectedUrl("/admin/users"));
        mvc.perform(get("/admin/role-grants").cookie(session))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString(target.username())))
                .andExpect(content().string(not(containsString("/approval"))));
        mvc.perform(get("/admin/role-grants").cookie(signIn("admin")))
                .andExpect(content().string(containsString("/approval")));
    }

    private Cookie signIn(String username) throws Exception {
        return mvc.perform(formLogin("/sign-in").user(username).password(TestData.PASSWORD))
                .andExpect(redirectedUrl("/")).andReturn().getResponse().getCookie("SAFESHARE_SESSION");
    }

    private List<String> roles(UserSummary user) {
        return jdbc.sql("SELECT role FROM user_role WHERE user_account = ?").param(user.id()).query(String.class).list();
    }

    private List<String> securityEvents(String actor, String detailsStart) {
        return jdbc.sql("SELECT details FROM audit_entry WHERE action = 'SECURITY_EVENT' AND actor = ? AND details LIKE ?")
                .params(actor, detailsStart + "%").query(String.class).list();
    }
}
