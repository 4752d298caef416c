package uk.safeshare.retention;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import java.util.UUID;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import uk.safeshare.support.SafeShareTest;
import uk.safeshare.support.Tokens;

/** Retention and rights are the DPO's team's alone: every other role is refused on every page and endpoint, and nothing changes. */
@SafeShareTest
class RetentionAndRightsAccessTest {

    @Autowired MockMvc mvc;
    @Autowired Tokens tokens;
    @Autowired JdbcClient jdbc;

    private static final UUID ANY = UUID.randomUUID();

    private static List<MockHttpServletRequestBuilder> api() {
        String json = "{}";
        return List.of(
                get("/api/v1/retention/schedule"), get("/api/v1/retention/schedule/versions"),
                put("/api/v1/retention/schedule").contentType(MediaType.APPLICATION_JSON).content(
                        "{\"years\":{\"PUBLIC_PROTECTION\":1,\"SERIOUS_OFFENCE\":1,\"OTHER_OFFENCE\":1,\"VICTIM_WITNESS_ONLY\":1},\"reason\":\"x\"}"),
                get("/api/v1/retention/reviews"), get("/api/v1/retention/reviews/" + ANY),
                post("/api/v1/retention/reviews/" + ANY + "/retention").contentType(MediaType.APPLICATION_JSON).content(json),
                post("/api/v1/retention/disposals/preview").contentType(MediaType.APPLICATION_JSON).content("{\"recordIds\":[\"" + ANY + "\"]}"),
                post("/api/v1/retention/disposals").contentType(MediaType.APPLICATION_JSON).content("{\"recordIds\":[\"" + ANY + "\"],\"reason\":\"x\"}"),
                get("/api/v1/rights/requests"), post("/api/v1/rights/requests").contentType(MediaType.APPLICATION_JSON).content(json),
                get("/api/v1/rights/requests/" + ANY), get("/api/v1/rights/requests/" + ANY + "/candidates"),
                put("/api/v1/rights/requests/" + ANY + "/people").contentType(MediaType.APPLICATION_JSON).content(json),
                post("/api/v1/rights/requests/" + ANY + "/extension").contentType(MediaType.APPLICATION_JSON).content(json),
                post("/api/v1/rights/requests/" + ANY + "/withholdings").contentType(MediaType.APPLICATION_JSON).content(json),
                post("/api/v1/rights/requests/" + ANY + "/decision").contentType(MediaType.APPLICATION_JSON).content(json),
                post("/api/v1/rights/requests/" + ANY + "/completion").contentType(MediaType.APPLICATION_JSON).content(json),
                post("/api/v1/rights/requests/" + ANY + "/bundle"),
                post("/api/v1/rights/restrictions/" + ANY + "/lifting").contentType(MediaType.APPLICATION_JSON).content(json));
    }

    private static List<MockHttpServletRequestBuilder> pages() {
        return List.of(get("/retention"), get("/retention/schedule"), get("/retention/reviews/" + ANY), post("/retention/schedule"),
                post("/retention/disposals/preview").param("recordIds", ANY.toString()),
                post("/retention/disposals").param("recordIds", ANY.toString()).param("reason", "x"),
                post("/retention/reviews/" + ANY + "/retention"), get("/rights"), get("/rights/new"), post("/rights"),
                get("/rights/" + ANY), post("/rights/" + ANY + "/people"), post("/rights/" + ANY + "/decision"),
                post("/rights/" + ANY + "/bundle"), post("/rights/" + ANY + "/completion"), post("/rights/" + ANY + "/withholdings"),
                post("/rights/" + ANY + "/extension"), post("/rights/restrictions/" + ANY + "/lifting").param("requestId", ANY.toString()));
    }

    @ParameterizedTest
    @ValueSource(strings = {"officer.a", "caseworker", "sergeant", "marac", "analyst", "governance", "auditor", "admin", "partner.harbour"})
    void every_role_but_the_dpos_is_refused_every_retention_and_rights_endpoint(String username) throws Exception {
        long schedules = jdbc.sql("SELECT COUNT(*) FROM retention_schedule").query(Long.class).single();
        String bearer = tokens.bearer(username);
        for (MockHttpServletRequestBuilder request : api()) {
            mvc.perform(request.header("Authorization", bearer)).andExpect(status().isForbidden());
        }
        org.assertj.core.api.Assertions.assertThat(jdbc.sql("SELECT COUNT(*) FROM retention_schedule").query(Long.class).single()).isEqualTo(schedules);
    }

    @ParameterizedTest
    @ValueSource(strings = {"officer.a", "caseworker", "sergeant", "marac", "analyst", "governance", "auditor", "admin", "partner.harbour"})
    void every_role_but_the_dpos_is_refused_every_retention_and_rights_page(String username) throws Exception {
        for (MockHttpServletRequestBuilder request : pages()) {
            mvc.perform(request.with(SecurityMockMvcRequestPostProcessors.user(username).roles(role(username)))
                            .with(SecurityMockMvcRequestPostProcessors.csrf()))
                    .andExpect(status().isForbidden());
        }
    }

    @org.junit.jupiter.api.Test
    void the_dpo_opens_the_queue_the_schedule_and_the_register() throws Exception {
        String dpo = tokens.bearer("dpo");
        mvc.perform(get("/api/v1/retention/schedule").header("Authorization", dpo)).andExpect(status().isOk());
        mvc.perform(get("/api/v1/retention/reviews").header("Authorization", dpo)).andExpect(status().isOk());
        mvc.perform(get("/api/v1/rights/requests").header("Authorization", dpo)).andExpect(status().isOk());
    }

    private static String role(String username) {
        return switch (username) {
            case "officer.a" -> "OFFICER";
            case "caseworker" -> "CASEWORKER";
            case "sergeant" -> "SUPERVISOR";
            case "marac" -> "MARAC_COORDINATOR";
            case "analyst" -> "ANALYST";
            case "governance" -> "GOVERNANCE";
            case "auditor" -> "AUDITOR";
            case "admin" -> "ADMIN";
            default -> "PARTNER";
        };
    }
}
