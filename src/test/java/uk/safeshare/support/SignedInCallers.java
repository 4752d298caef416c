package uk.safeshare.support;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;

import jakarta.servlet.http.Cookie;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Signed-in callers of pages (a session per user) and of the API (a token per user), for module tests. */
public abstract class SignedInCallers {

    protected static final JsonMapper JSON = JsonMapper.builder().build();

    @Autowired protected MockMvc mvc;
    @Autowired protected Tokens tokens;
    @Autowired protected JdbcClient jdbc;

    private final Map<String, String> bearers = new HashMap<>();
    private final Map<String, Cookie> sessions = new HashMap<>();

    public String bearer(String user) {
        return bearers.computeIfAbsent(user, tokens::bearer);
    }

    protected Cookie session(String user) throws Exception {
        Cookie c = sessions.get(user);
        if (c == null) {
            c = mvc.perform(formLogin("/sign-in").user(user).password(TestData.PASSWORD))
                    .andExpect(redirectedUrl("/")).andReturn().getResponse().getCookie("SAFESHARE_SESSION");
            sessions.put(user, c);
        }
        return c;
    }

    protected ResultActions apiGet(String user, String url) throws Exception {
        return mvc.perform(get(url).header("Authorization", bearer(user)));
    }

    protected ResultActions apiPost(String user, String url, String json) throws Exception {
        return mvc.perform(post(url).header("Authorization", bearer(user)).contentType(MediaType.APPLICATION_JSON).content(json));
    }

    protected ResultActions apiPut(String user, String url, String json) throws Exception {
        return mvc.perform(put(url).header("Authorization", bearer(user)).contentType(MediaType.APPLICATION_JSON).content(json));
    }

    protected static String body(ResultActions actions) throws Exception {
        return actions.andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
    }

    protected static JsonNode json(ResultActions actions) throws Exception {
        return JSON.readTree(body(actions));
    }

}
