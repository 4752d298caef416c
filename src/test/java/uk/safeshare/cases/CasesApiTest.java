package uk.safeshare.cases;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import uk.safeshare.support.SafeShareTest;
import uk.safeshare.support.TestData;
import uk.safeshare.support.Tokens;

@SafeShareTest
class CasesApiTest {

    @Autowired MockMvc mvc;
    @Autowired Tokens tokens;
    @Autowired JdbcClient jdbc;

    String officer;

    @BeforeEach
    void signIn() {
        officer = tokens.bearer("officer.a");
    }

    private ResultActions postJson(String url, String body) throws Exception {
        return mvc.perform(post(url).header("Authorization", officer).contentType(MediaType.APPLICATION_JSON).content(body));
    }

    private String openCase() throws Exception {
        String body = postJson("/api/v1/cases", TestData.aReport().json()).andExpect(status().isCreated())
                .andReturn().getResponse().getContentAsString();
        return JsonPath.read(body, "$.id");
    }

    private long count(String table) {
        return jdbc.sql("SELECT COUNT(*) FROM " + table).query(Long.class).single();
    }

    @Test
    void an_officer_opens_a_case_adds_a_victim_and_sees_both_in_their_teams_list() throws Exception {
        String caseId = openCase();
        postJson("/api/v1/cases/" + caseId + "/people", TestData.aVictim().json())
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.statusBasis").value("CONCERNS_OR_DOUBTS_ONLY"))
                .andExpect(jsonPath("$.nationality").value("SY"));

        mvc.perform(get("/api/v1/cases/" + caseId).header("Authorization", officer))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.reference").value(org.hamcrest.Matchers.startsWith("SS-")))
                .andExpect(jsonPath("$.people[0].givenName").value("Amina"));
        mvc.perform(get("/api/v1/cases").header("Authorization", officer))
                .andExpect(jsonPath("$[?(@.id == '" + caseId + "')].people").value(org.hamcrest.Matchers.contains(1)));
    }

    @Test
    void every_change_to_a_person_is_kept_as_history() throws Exception {
        String caseId = openCase();
        String person = postJson("/api/v1/cases/" + caseId + "/people", TestData.aVictim().json())
                .andReturn().getResponse().getContentAsString();
        String personId = JsonPath.read(person, "$.id");
        mvc.perform(put("/api/v1/cases/" + caseId + "/people/" + personId).header("Authorization", officer)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(TestData.aVictim().withStatus(StatusBasis.CONFIRMED_LAWFUL_STATUS, null).json()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.statusBasis").value("CONFIRMED_LAWFUL_STATUS"));

        mvc.perform(get("/api/v1/cases/" + caseId + "/people/" + personId + "/history").header("Authorization", officer))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.length()").value(2))
                .andExpect(jsonPath("$[0].changes['Immigration status basis'].before").value("Concerns or doubts only"))
                .andExpect(jsonPath("$[0].changes['Immigration status basis'].after").value("Confirmed lawful status"))
                .andExpect(jsonPath("$[1].changeKind").value("CREATED"));
    }

    @Test
    void a_change_made_on_a_stale_version_is_refused_with_a_conflict() throws Exception {
        String caseId = openCase();
        mvc.perform(put("/api/v1/cases/" + caseId + "?expectedVersion=0").header("Authorization", officer)
                .contentType(MediaType.APPLICATION_JSON).content(TestData.aReport().withArea("Westfield").json()))
                .andExpect(status().isOk());
        mvc.perform(put("/api/v1/cases/" + caseId + "?expectedVersion=0").header("Authorization", officer)
                        .contentType(MediaType.APPLICATION_JSON).content(TestData.aReport().withArea("Northfield").json()))
                .andExpect(status().isConflict())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
    }

    @Test
    void evidence_of_an_offence_must_be_described_and_doubts_are_not_evidence() throws Exception {
        String caseId = openCase();
        long people = count("case_person");
        postJson("/api/v1/cases/" + caseId + "/people",
                TestData.aVictim().withStatus(StatusBasis.EVIDENCE_OF_IMMIGRATION_OFFENCE, null).json())
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors.statusEvidence").value("Describe the evidence of an immigration offence"));
        postJson("/api/v1/cases/" + caseId + "/people",
                TestData.aVictim().withStatus(StatusBasis.CONCERNS_OR_DOUBTS_ONLY, "Seems nervous").json())
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors.statusEvidence").value(org.hamcrest.Matchers.containsString("not evidence")));
        assertThat(count("case_person")).isEqualTo(people);
    }

    // ---- Bad input: a clear 4xx problem, and nothing stored ----

    @Test
    void malformed_json_is_a_clear_problem_and_stores_nothing() throws Exception {
        long cases = count("case_file");
        postJson("/api/v1/cases", "{\"crimeTypes\": [\"DOMESTIC_ABUSE\"")
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.detail").value("The request body is not valid JSON"));
        assertThat(count("case_file")).isEqualTo(cases);
    }

    @Test
    void an_unknown_code_names_the_field_and_the_codes_allowed() throws Exception {
        long cases = count("case_file");
        postJson("/api/v1/cases", TestData.aReport().json().replace("DOMESTIC_ABUSE", "BURGLARY"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.allOf(
                        org.hamcrest.Matchers.containsString("crimeTypes"),
                        org.hamcrest.Matchers.containsString("DOMESTIC_ABUSE, MODERN_SLAVERY"))));
        assertThat(count("case_file")).isEqualTo(cases);
    }

    @Test
    void a_value_of_the_wrong_type_is_refused() throws Exception {
        postJson("/api/v1/cases", TestData.aReport().json().replaceFirst("\"occurredAt\":\"[^\"]+\"", "\"occurredAt\":42.5x"))
                .andExpect(status().isBadRequest());
        postJson("/api/v1/cases", "{\"crimeTypes\":\"DOMESTIC_ABUSE\",\"occurredAt\":true,\"area\":[1],\"summary\":{}}")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.title").value("Unreadable request body"));
    }

    @Test
    void missing_required_fields_are_each_named() throws Exception {
        postJson("/api/v1/cases", "{}")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors.crimeTypes").exists())
                .andExpect(jsonPath("$.errors.occurredAt").exists())
                .andExpect(jsonPath("$.errors.area").exists())
                .andExpect(jsonPath("$.errors.summary").exists());
    }

    @Test
    void an_unknown_nationality_code_is_refused() throws Exception {
        String caseId = openCase();
        postJson("/api/v1/cases/" + caseId + "/people", TestData.aVictim().withNationality("XX").json())
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors.nationality").value(org.hamcrest.Matchers.containsString("ISO 3166")));
    }

    @Test
    void html_in_text_is_refused_and_nothing_is_stored() throws Exception {
        long cases = count("case_file");
        postJson("/api/v1/cases", TestData.aReport().withSummary("<script>alert(1)</script>").json())
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors.summary").value(org.hamcrest.Matchers.containsString("HTML")));
        assertThat(count("case_file")).isEqualTo(cases);
    }

    @Test
    void sql_in_a_name_is_refused_and_sql_in_free_text_is_stored_as_plain_words() throws Exception {
        String caseId = openCase();
        postJson("/api/v1/cases/" + caseId + "/people", TestData.aVictim().named("Robert'); DROP TABLE case_person;--", "Tables").json())
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors.givenName").exists());
        String sql = "x' OR '1'='1'; DROP TABLE case_file; --";
        String body = postJson("/api/v1/cases", TestData.aReport().withSummary(sql).json())
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        assertThat((String) JsonPath.read(body, "$.summary")).isEqualTo(sql);
        assertThat(count("case_file")).isPositive();
    }

    @Test
    void a_name_with_an_apostrophe_or_accents_is_accepted() throws Exception {
        String caseId = openCase();
        postJson("/api/v1/cases/" + caseId + "/people", TestData.aVictim().named("Siobhán", "O'Brien-Nguyễn").json())
                .andExpect(status().isCreated());
    }

    @Test
    void very_long_strings_are_refused() throws Exception {
        postJson("/api/v1/cases", TestData.aReport().withArea("a".repeat(201)).json())
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors.area").exists());
    }

    @Test
    void an_oversized_body_is_refused_before_it_is_read() throws Exception {
        long cases = count("case_file");
        postJson("/api/v1/cases", TestData.aReport().withSummary("a".repeat(70_000)).json())
                .andExpect(status().isPayloadTooLarge())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
        assertThat(count("case_file")).isEqualTo(cases);
    }

    @Test
    void an_unknown_field_is_refused() throws Exception {
        postJson("/api/v1/cases", TestData.aReport().json().replace("{", "{\"teamId\":\"x\","))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail").value("Unknown field 'teamId'"));
    }

    @Test
    void a_malformed_id_in_the_path_is_a_bad_request_not_an_error() throws Exception {
        mvc.perform(get("/api/v1/cases/not-a-uuid").header("Authorization", officer))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
    }

    @Test
    void an_unknown_case_is_not_found() throws Exception {
        mvc.perform(get("/api/v1/cases/" + java.util.UUID.randomUUID()).header("Authorization", officer))
                .andExpect(status().isNotFound())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
    }
}
