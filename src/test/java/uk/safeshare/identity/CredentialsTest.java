package uk.safeshare.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import jakarta.servlet.http.Cookie;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import uk.safeshare.support.Accounts;
import uk.safeshare.support.SafeShareTest;
import uk.safeshare.support.TestData;
import uk.safeshare.support.Tokens;

/** F-5 (a reset or change ends sessions and tokens) and F-8 (NIST SP 800-63B passwords). */
@SafeShareTest
class CredentialsTest {

    @Autowired MockMvc mvc;
    @Autowired Tokens tokens;
    @Autowired Accounts accounts;

    private Cookie signIn(String username, String password) throws Exception {
        return mvc.perform(formLogin("/sign-in").user(username).password(password))
                .andExpect(redirectedUrl("/")).andReturn().getResponse().getCookie("SAFESHARE_SESSION");
    }

    private static String json(String s) {
        return "\"" + s + "\"";
    }

    @ParameterizedTest
    @ValueSource(strings = {"passwordpassword", "123456789012", "PasswordPassword", "qwertyuiop123", "aaaaaaaaaaaaaaa"})
    void common_breached_or_trivial_passwords_are_refused_on_reset(String password) throws Exception {
        var person = accounts.person(Role.OFFICER);
        mvc.perform(post("/api/v1/users/" + person.id() + "/password").header("Authorization", tokens.bearer("admin"))
                        .contentType(MediaType.APPLICATION_JSON).content("{\"password\":" + json(password) + "}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors.password").exists());
        signIn(person.username(), TestData.PASSWORD);
    }

    @Test
    void a_long_passphrase_without_digits_or_capitals_is_accepted_and_a_common_one_refused_on_creation() throws Exception {
        String org = accounts.person(Role.ANALYST).organisationId().toString();
        String common = "{\"username\":\"pw.%s\",\"displayName\":\"P W\",\"organisationId\":\"" + org
                + "\",\"roles\":[\"ANALYST\"],\"serviceAccount\":false,\"password\":\"%s\"}";
        String name = "x" + System.nanoTime();
        mvc.perform(post("/api/v1/users").header("Authorization", tokens.bearer("admin")).contentType(MediaType.APPLICATION_JSON)
                .content(common.formatted(name, "passwordpassword"))).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors.password").exists());
        mvc.perform(post("/api/v1/users").header("Authorization", tokens.bearer("admin")).contentType(MediaType.APPLICATION_JSON)
                .content(common.formatted(name, "correct horse battery staple"))).andExpect(status().isCreated());
        signIn("pw." + name, "correct horse battery staple");
    }

    @Test
    void an_administrators_reset_ends_every_session_and_token_of_the_person() throws Exception {
        var person = accounts.person(Role.OFFICER);
        Cookie session = signIn(person.username(), TestData.PASSWORD);
        String token = tokens.bearer(person.username());
        mvc.perform(get("/").cookie(session)).andExpect(status().isOk());
        mvc.perform(get("/api/v1/me").header("Authorization", token)).andExpect(status().isOk());

        mvc.perform(post("/api/v1/users/" + person.id() + "/password").header("Authorization", tokens.bearer("admin"))
                        .contentType(MediaType.APPLICATION_JSON).content("{\"password\":\"a fresh start for spring\"}"))
                .andExpect(status().isNoContent());

        mvc.perform(get("/").cookie(session)).andExpect(status().is3xxRedirection());
        mvc.perform(get("/api/v1/me").header("Authorization", token)).andExpect(status().isUnauthorized());
        signIn(person.username(), "a fresh start for spring");
    }

    @Test
    void changing_ones_own_password_keeps_this_session_and_ends_the_others_and_every_token() throws Exception {
        var person = accounts.person(Role.ANALYST);
        Cookie here = signIn(person.username(), TestData.PASSWORD);
        Cookie elsewhere = signIn(person.username(), TestData.PASSWORD);
        String token = tokens.bearer(person.username());

        var result = mvc.perform(post("/account/password").cookie(here).with(csrf())
                        .param("currentPassword", TestData.PASSWORD).param("newPassword", "river stones and quiet lanes")
                        .param("confirmPassword", "river stones and quiet lanes"))
                .andExpect(redirectedUrl("/account/password")).andReturn();
        Cookie renewed = result.getResponse().getCookie("SAFESHARE_SESSION");
        mvc.perform(get("/account/password").cookie(renewed != null ? renewed : here)).andExpect(status().isOk());
        mvc.perform(get("/").cookie(elsewhere)).andExpect(status().is3xxRedirection());
        mvc.perform(get("/api/v1/me").header("Authorization", token)).andExpect(status().isUnauthorized());
    }

    @Test
    void the_own_password_page_refuses_a_common_password_and_a_wrong_current_one_and_changes_nothing() throws Exception {
        var person = accounts.person(Role.ANALYST);
        Cookie here = signIn(person.username(), TestData.PASSWORD);
        mvc.perform(post("/account/password").cookie(here).with(csrf()).param("currentPassword", TestData.PASSWORD)
                        .param("newPassword", "123456789012").param("confirmPassword", "123456789012"))
                .andExpect(status().isOk())
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.content()
                        .string(org.hamcrest.Matchers.containsString("common or breached")));
        mvc.perform(post("/account/password").cookie(here).with(csrf()).param("currentPassword", "not my password at all")
                        .param("newPassword", "river stones and quiet lanes").param("confirmPassword", "river stones and quiet lanes"))
                .andExpect(status().isOk());
        signIn(person.username(), TestData.PASSWORD);
    }

    @Test
    void changing_ones_own_password_through_the_api_keeps_the_calling_token_only() throws Exception {
        var person = accounts.person(Role.ANALYST);
        String caller = tokens.bearer(person.username());
        String other = tokens.bearer(person.username());
        mvc.perform(post("/api/v1/me/password").header("Authorization", caller).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"currentPassword\":\"" + TestData.PASSWORD + "\",\"newPassword\":\"lanterns over the harbour wall\"}"))
                .andExpect(status().isNoContent());
        mvc.perform(get("/api/v1/me").header("Authorization", caller)).andExpect(status().isOk());
        mvc.perform(get("/api/v1/me").header("Authorization", other)).andExpect(status().isUnauthorized());
    }
}
