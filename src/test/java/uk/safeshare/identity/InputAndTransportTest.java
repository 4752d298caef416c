package uk.safeshare.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.time.Instant;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import uk.safeshare.support.SafeShareTest;
import uk.safeshare.support.TestData;
import uk.safeshare.support.Tokens;

/** F-9 (strict JSON), F-10 (one-line fields), F-4 (bounded dates), F-11 (redirects never built from the Host header). */
@SafeShareTest
class InputAndTransportTest {

    @Autowired MockMvc mvc;
    @Autowired Tokens tokens;
    @Autowired JdbcClient jdbc;

    private ResultActions send(org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder request, String user,
                               String json) throws Exception {
        return mvc.perform(request.header("Authorization", tokens.bearer(user)).contentType(MediaType.APPLICATION_JSON).content(json));
    }

    @ParameterizedTest
    @ValueSource(strings = {"{\"label\":\"a\",\"days\":1.5}", "{\"label\":\"a\",\"days\":\"1\"}", "{\"label\":1,\"days\":1}",
            "{\"label\":\"a\",\"days\":1,\"days\":30}", "{\"label\":\"a\",\"label\":\"b\",\"days\":1}"})
    void numbers_and_strings_are_never_coerced_and_a_key_given_twice_is_refused(String body) throws Exception {
        long before = jdbc.sql("SELECT COUNT(*) FROM api_token").query(Long.class).single();
        send(post("/api/v1/tokens"), "officer.a", body)
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
        // The token issued to authenticate this request is the only new one.
        assertThat(jdbc.sql("SELECT COUNT(*) FROM api_token").query(Long.class).single()).isEqualTo(before + 1);
    }

    @Test
    void a_fractional_threshold_is_refused_not_cut_to_a_whole_number() throws Exception {
        send(put("/api/v1/statistics/settings"), "analyst", "{\"threshold\":4.5}").andExpect(status().isBadRequest());
        mvc.perform(get("/api/v1/statistics/settings").header("Authorization", tokens.bearer("analyst")))
                .andExpect(jsonPath("$.threshold").value(5));
    }

    @ParameterizedTest
    @ValueSource(strings = {"Eastfield\\nFORGED AUDIT LINE", "Eastfield\\r\\nX", "East\\tfield", "East\\u2028field"})
    void line_breaks_and_control_characters_are_refused_in_one_line_fields(String area) throws Exception {
        send(post("/api/v1/cases"), "officer.a", TestData.aReport().withArea(area).json())
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors.area").exists());
        send(post("/api/v1/tokens"), "officer.a", "{\"label\":\"" + area + "\",\"days\":1}")
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors.label").exists());
    }

    @ParameterizedTest
    @ValueSource(strings = {"-999999999-01-01T00:00:00Z", "0000-01-01T00:00:00Z", "1000-06-01T12:00:00Z", "+999999999-12-31T23:59:59Z"})
    void an_instant_out_of_bounds_is_a_400_naming_the_field_on_cases(String when) throws Exception {
        String report = "{\"crimeTypes\":[\"DOMESTIC_ABUSE\"],\"occurredAt\":\"" + when + "\",\"area\":\"Eastfield\",\"summary\":\"s\"}";
        send(post("/api/v1/cases"), "officer.a", report)
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail").value(containsString("occurredAt")));
    }

    @ParameterizedTest
    @ValueSource(strings = {"-999999999-01-01", "0000-01-01", "1000-01-01"})
    void a_date_of_birth_out_of_bounds_is_a_400_naming_the_field_on_people(String born) throws Exception {
        String caseId = JsonPath.read(send(post("/api/v1/cases"), "officer.a", TestData.aReport().json())
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString(), "$.id");
        send(post("/api/v1/cases/" + caseId + "/people"), "officer.a", TestData.aVictim().json().replace("1990-05-17", born))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail").value(containsString("dateOfBirth")));
    }

    @Test
    void a_consent_time_out_of_bounds_is_a_400_naming_the_field_on_referrals() throws Exception {
        String caseId = JsonPath.read(send(post("/api/v1/cases"), "officer.a", TestData.aReport().json())
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString(), "$.id");
        String personId = JsonPath.read(send(post("/api/v1/cases/" + caseId + "/people"), "officer.a", TestData.aVictim().json())
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString(), "$.id");
        String referral = """
                {"supportServiceId":"00000000-0000-0000-0000-000000000001","needs":["IMMIGRATION_ADVICE"],"basis":"CONSENT",
                 "consentGivenBy":"the victim","consentGivenAt":"-999999999-01-01T00:00:00Z","consentMethod":"IN_PERSON",
                 "sharedFields":["NAME"],"intermediary":false}""";
        send(post("/api/v1/cases/" + caseId + "/people/" + personId + "/referrals"), "officer.a", referral)
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail").value(containsString("consentGivenAt")));
    }

    @Test
    void redirects_are_relative_and_never_carry_the_host_the_caller_sent() throws Exception {
        mvc.perform(get("/cases").header("Host", "evil.example"))
                .andExpect(status().is3xxRedirection())
                .andExpect(header().string("Location", startsWith("/sign-in")))
                .andExpect(header().string("Location", not(containsString("evil.example"))));
    }

    @Test
    void a_valid_instant_still_works() throws Exception {
        send(post("/api/v1/cases"), "officer.a", TestData.aReport().json()).andExpect(status().isCreated());
        assertThat(Instant.parse("1900-01-01T00:00:00Z")).isBefore(Instant.now());
    }
}
