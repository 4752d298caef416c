package uk.safeshare.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import jakarta.servlet.http.Cookie;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import uk.safeshare.support.Accounts;
import uk.safeshare.support.SafeShareTest;
import uk.safeshare.support.TestData;
import uk.safeshare.support.Tokens;

/** F-6 (security events) and F-7 (throttling per account and per address, growing delays, failures told at next sign-in). */
@SafeShareTest
@ExtendWith(OutputCaptureExtension.class)
class SignInProtectionTest {

    private static final AtomicInteger NEXT_ADDRESS = new AtomicInteger(1);

    @Autowired MockMvc mvc;
    @Autowired JdbcClient jdbc;
    @Autowired Accounts accounts;
    @Autowired Tokens tokens;

    /** Each test signs in from its own documentation-range address, so address counts never leak between tests. */
    private final String address = "203.0.113." + NEXT_ADDRESS.getAndIncrement();

    @AfterEach
    void forgetFailures() {
        jdbc.sql("DELETE FROM sign_in_throttle").update();
    }

    private ResultActions signIn(String username, String password, String from) throws Exception {
        return mvc.perform(post("/sign-in").param("username", username).param("password", password).with(csrf())
                .with(r -> { r.setRemoteAddr(from); return r; }));
    }

    private Duration waitOf(String key) {
        OffsetDateTime until = jdbc.sql("SELECT locked_until FROM sign_in_throttle WHERE username_key = ?").param(key)
                .query(OffsetDateTime.class).single();
        return Duration.between(OffsetDateTime.now(ZoneOffset.UTC), until);
    }

    private void waitIsOver(String key) {
        jdbc.sql("UPDATE sign_in_throttle SET locked_until = ? WHERE username_key = ?")
                .params(OffsetDateTime.now(ZoneOffset.UTC).minusSeconds(1), key).update();
    }

    @Test
    void the_delay_after_repeated_failures_grows_and_stops_at_a_minute_so_nobody_can_lock_a_person_out() throws Exception {
        var person = accounts.person(Role.ANALYST);
        String key = "account:" + person.username();
        for (int i = 0; i < 5; i++) {
            signIn(person.username(), "wrong guess " + i, address).andExpect(redirectedUrl("/sign-in?error"));
        }
        assertThat(waitOf(key)).isBetween(Duration.ZERO, Duration.ofSeconds(1));
        signIn(person.username(), TestData.PASSWORD, address).andExpect(redirectedUrlPattern("/sign-in?wait=*"));

        waitIsOver(key);
        signIn(person.username(), "wrong again", address).andExpect(redirectedUrl("/sign-in?error"));
        assertThat(waitOf(key)).isBetween(Duration.ofSeconds(1), Duration.ofSeconds(2));
        for (int i = 0; i < 12; i++) {
            waitIsOver(key);
            signIn(person.username(), "wrong " + i, "198.51.100." + (i + 1)).andExpect(redirectedUrl("/sign-in?error"));
        }
        assertThat(waitOf(key)).isBetween(Duration.ofSeconds(55), Duration.ofSeconds(60));

        waitIsOver(key);
        signIn(person.username(), TestData.PASSWORD, address).andExpect(redirectedUrl("/"));
    }

    @Test
    void one_password_tried_across_many_accounts_from_one_address_is_slowed_whatever_it_forwards() throws Exception {
        for (int i = 0; i < 20; i++) {
            String from = address;
            mvc.perform(post("/sign-in").param("username", "sprayed." + i).param("password", "Winter2026!x").with(csrf())
                            .header("X-Forwarded-For", "192.0.2." + i)
                            .with(r -> { r.setRemoteAddr(from); return r; }))
                    .andExpect(redirectedUrl("/sign-in?error"));
        }
        var innocent = accounts.person(Role.ANALYST);
        signIn(innocent.username(), TestData.PASSWORD, address).andExpect(redirectedUrlPattern("/sign-in?wait=*"));
        signIn(innocent.username(), TestData.PASSWORD, "198.51.100.200").andExpect(redirectedUrl("/"));
    }

    @Test
    void the_person_is_told_at_their_next_sign_in_how_many_failures_there_were(CapturedOutput output) throws Exception {
        var person = accounts.person(Role.ANALYST);
        for (int i = 0; i < 3; i++) {
            signIn(person.username(), "secret-guess-" + i, address).andExpect(redirectedUrl("/sign-in?error"));
        }
        Cookie session = signIn(person.username(), TestData.PASSWORD, address).andExpect(redirectedUrl("/"))
                .andReturn().getResponse().getCookie("SAFESHARE_SESSION");
        mvc.perform(get("/").cookie(session))
                .andExpect(content().string(containsString("There were 3 failed attempts to sign in to your account since you last signed in")));
        mvc.perform(get("/").cookie(session)).andExpect(content().string(not(containsString("failed attempts"))));

        assertThat(output.getOut()).contains("SIGN_IN_FAILED").doesNotContain("secret-guess-");
    }

    @Test
    void sign_in_failure_throttling_and_sign_out_are_security_events_an_auditor_filters(CapturedOutput output) throws Exception {
        var person = accounts.person(Role.ANALYST);
        for (int i = 0; i < 5; i++) {
            signIn(person.username(), "wrong-" + i, address);
        }
        waitIsOver("account:" + person.username());
        Cookie session = signIn(person.username(), TestData.PASSWORD, address).andExpect(redirectedUrl("/"))
                .andReturn().getResponse().getCookie("SAFESHARE_SESSION");
        mvc.perform(post("/sign-out").cookie(session).with(csrf())).andExpect(redirectedUrl("/sign-in?signed-out"));

        List<String> kinds = jdbc.sql("SELECT details FROM audit_entry WHERE action = 'SECURITY_EVENT' AND actor = ? ORDER BY seq")
                .param(person.username()).query(String.class).list().stream().map(d -> d.substring(0, d.indexOf(':'))).distinct().toList();
        assertThat(kinds).containsExactly("SIGN_IN_FAILED", "SIGN_IN_THROTTLED", "SIGN_IN", "SIGN_OUT");

        mvc.perform(get("/api/v1/audit/entries").param("action", "SECURITY_EVENT").param("actor", person.username())
                        .header("Authorization", tokens.bearer("auditor")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.entries[0].action").value("SECURITY_EVENT"));
        assertThat(output.getOut()).contains("SIGN_IN_THROTTLED").doesNotContain("wrong-");
    }

    @Test
    void a_name_that_is_no_account_is_never_written_to_either_log(CapturedOutput output) throws Exception {
        signIn("MyPasswordTypedAsName", "x", address).andExpect(redirectedUrl("/sign-in?error"));
        assertThat(output.getOut()).contains("SIGN_IN_FAILED").doesNotContain("MyPasswordTypedAsName");
        assertThat(jdbc.sql("SELECT COUNT(*) FROM audit_entry WHERE details LIKE '%MyPasswordTypedAsName%'").query(Long.class).single()).isZero();
    }
}
