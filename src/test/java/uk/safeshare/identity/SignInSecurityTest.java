package uk.safeshare.identity;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.hamcrest.Matchers.containsString;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import uk.safeshare.support.SafeShareTest;
import uk.safeshare.support.TestData;

@SafeShareTest
class SignInSecurityTest {

    @Autowired MockMvc mvc;
    @Autowired JdbcClient jdbc;

    @Test
    void a_wrong_password_is_refused() throws Exception {
        mvc.perform(formLogin("/sign-in").user("caseworker").password("wrong")).andExpect(redirectedUrl("/sign-in?error"));
        jdbc.sql("DELETE FROM sign_in_throttle").update();
    }

    @Test
    void after_five_failures_even_the_right_password_must_wait_a_moment() throws Exception {
        for (int i = 0; i < 5; i++) {
            mvc.perform(formLogin("/sign-in").user("governance").password("guess-" + i)).andExpect(redirectedUrl("/sign-in?error"));
        }
        mvc.perform(formLogin("/sign-in").user("governance").password(TestData.PASSWORD)).andExpect(redirectedUrl("/sign-in?wait=1"));
        jdbc.sql("DELETE FROM sign_in_throttle").update();
        mvc.perform(formLogin("/sign-in").user("governance").password(TestData.PASSWORD)).andExpect(redirectedUrl("/"));
    }

    @Test
    void unknown_usernames_are_throttled_like_real_ones() throws Exception {
        for (int i = 0; i < 5; i++) {
            mvc.perform(formLogin("/sign-in").user("nobody.at.all").password("x")).andExpect(redirectedUrl("/sign-in?error"));
        }
        mvc.perform(formLogin("/sign-in").user("nobody.at.all").password("x")).andExpect(redirectedUrl("/sign-in?wait=1"));
        jdbc.sql("DELETE FROM sign_in_throttle").update();
    }

    @Test
    void pages_carry_the_security_headers() throws Exception {
        mvc.perform(get("/sign-in"))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Security-Policy", containsString("script-src 'self'")))
                .andExpect(header().string("Content-Security-Policy", containsString("frame-ancestors 'none'")))
                .andExpect(header().string("Referrer-Policy", "no-referrer"))
                .andExpect(header().string("X-Content-Type-Options", "nosniff"))
                .andExpect(header().string("X-Frame-Options", "DENY"));
    }

    @Test
    void the_api_carries_the_security_headers_too() throws Exception {
        mvc.perform(get("/api/v1/cases"))
                .andExpect(status().isUnauthorized())
                .andExpect(header().string("Content-Security-Policy", containsString("frame-ancestors 'none'")))
                .andExpect(header().string("X-Content-Type-Options", "nosniff"));
    }

    @Test
    void passwords_are_stored_with_argon2() {
        String hash = jdbc.sql("SELECT password_hash FROM user_account WHERE username = 'officer.a'").query(String.class).single();
        org.assertj.core.api.Assertions.assertThat(hash).startsWith("{argon2}$argon2id$");
    }
}
