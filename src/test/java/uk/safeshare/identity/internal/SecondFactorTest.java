package uk.safeshare.identity.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import jakarta.servlet.http.Cookie;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import uk.safeshare.identity.Role;
import uk.safeshare.support.Accounts;
import uk.safeshare.support.SafeShareTest;
import uk.safeshare.support.TestData;

/** The TOTP second factor (RFC 6238) with one-time recovery codes. */
@SafeShareTest
class SecondFactorTest {

    @Autowired MockMvc mvc;
    @Autowired Accounts accounts;
    @Autowired JdbcClient jdbc;

    @Test
    void codes_match_the_rfc_6238_test_vectors() {
        byte[] key = "12345678901234567890".getBytes(StandardCharsets.US_ASCII);
        assertThat(Totp.code(key, Totp.step(Instant.ofEpochSecond(59)), 8)).isEqualTo("94287082");
        assertThat(Totp.code(key, Totp.step(Instant.ofEpochSecond(1111111109)), 8)).isEqualTo("07081804");
        assertThat(Totp.code(key, Totp.step(Instant.ofEpochSecond(1234567890)), 8)).isEqualTo("89005924");
        assertThat(Totp.code(key, Totp.step(Instant.ofEpochSecond(20000000000L)), 8)).isEqualTo("65353130");
        assertThat(Totp.unbase32(Totp.base32(key))).isEqualTo(key);
    }

    private Cookie signIn(String username) throws Exception {
        return mvc.perform(formLogin("/sign-in").user(username).password(TestData.PASSWORD))
                .andReturn().getResponse().getCookie("SAFESHARE_SESSION");
    }

    private static String find(String html, String regex) {
        Matcher m = Pattern.compile(regex).matcher(html);
        assertThat(m.find()).as(regex).isTrue();
        return m.group(1);
    }

    @Test
    void a_person_enrols_and_then_needs_a_code_or_a_recovery_code_used_only_once_to_sign_in() throws Exception {
        var person = accounts.person(Role.ANALYST);
        Cookie session = signIn(person.username());
        String page = mvc.perform(post("/account/second-factor/start").cookie(session).with(csrf()))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        String secret = find(page, "id=\"totp-secret\">([A-Z2-7]+)<");
        String code = Totp.code(Totp.unbase32(secret), Totp.step(Instant.now()), 6);
        String confirmed = mvc.perform(post("/account/second-factor/confirm").param("code", code).cookie(session).with(csrf()))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        List<String> recovery = new ArrayList<>();
        Matcher m = Pattern.compile("<code>([0-9a-f]{10})</code>").matcher(confirmed);
        while (m.find()) {
            recovery.add(m.group(1));
        }
        assertThat(recovery).hasSize(10);

        Cookie next = mvc.perform(formLogin("/sign-in").user(person.username()).password(TestData.PASSWORD))
                .andExpect(redirectedUrl("/sign-in/second-factor")).andReturn().getResponse().getCookie("SAFESHARE_SESSION");
        mvc.perform(get("/").cookie(next)).andExpect(redirectedUrl("/sign-in/second-factor"));
        mvc.perform(get("/account/tokens").cookie(next)).andExpect(redirectedUrl("/sign-in/second-factor"));
        // The code already used to confirm enrolment is never accepted again.
        mvc.perform(post("/sign-in/second-factor").param("code", code).cookie(next).with(csrf()))
                .andExpect(status().isOk()).andExpect(content().string(containsString("The code is not right")));
        Cookie renewed = mvc.perform(post("/sign-in/second-factor").param("code", recovery.getFirst()).cookie(next).with(csrf()))
                .andExpect(redirectedUrl("/")).andReturn().getResponse().getCookie("SAFESHARE_SESSION");
        // A new session id once the second factor is given (session fixation).
        assertThat(renewed).isNotNull();
        mvc.perform(get("/").cookie(renewed)).andExpect(status().isOk());

        Cookie again = signIn(person.username());
        mvc.perform(post("/sign-in/second-factor").param("code", recovery.getFirst()).cookie(again).with(csrf()))
                .andExpect(status().isOk()).andExpect(content().string(containsString("The code is not right")));
        assertThat(jdbc.sql("SELECT COUNT(*) FROM audit_entry WHERE action = 'SECURITY_EVENT' AND actor = ? AND details LIKE 'SECOND_FACTOR_%'")
                .param(person.username()).query(Long.class).single()).isGreaterThanOrEqualTo(3);
    }

    @Test
    void the_secret_is_stored_encrypted() throws Exception {
        var person = accounts.person(Role.GOVERNANCE);
        Cookie session = signIn(person.username());
        String page = mvc.perform(post("/account/second-factor/start").cookie(session).with(csrf()))
                .andReturn().getResponse().getContentAsString();
        String secret = find(page, "id=\"totp-secret\">([A-Z2-7]+)<");
        String stored = jdbc.sql("SELECT totp_secret FROM user_account WHERE id = ?").param(person.id()).query(String.class).single();
        assertThat(stored).isNotBlank().doesNotContain(secret);
    }
}
