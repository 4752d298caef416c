package uk.safeshare.risk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import uk.safeshare.cases.CrimeType;
import uk.safeshare.cases.PersonRole;
import uk.safeshare.support.RiskData;
import uk.safeshare.support.SafeShareTest;
import uk.safeshare.support.TestData;
import uk.safeshare.support.Tokens;

@SafeShareTest
class RiskAssessmentApiTest {

    @Autowired MockMvc mvc;
    @Autowired Tokens tokens;
    @Autowired JdbcClient jdbc;

    String officer;
    String caseId;
    String victimId;
    String url;

    @BeforeEach
    void aVictimOnADomesticAbuseCase() throws Exception {
        officer = tokens.bearer("officer.a");
        caseId = openCase(TestData.aReport().json());
        victimId = addPerson(caseId, TestData.aVictim().json());
        url = "/api/v1/cases/" + caseId + "/people/" + victimId + "/risk-assessments";
    }

    private String openCase(String json) throws Exception {
        return JsonPath.read(send(post("/api/v1/cases"), json).andExpect(status().isCreated())
                .andReturn().getResponse().getContentAsString(), "$.id");
    }

    private String addPerson(String caseId, String json) throws Exception {
        return JsonPath.read(send(post("/api/v1/cases/" + caseId + "/people"), json).andExpect(status().isCreated())
                .andReturn().getResponse().getContentAsString(), "$.id");
    }

    private ResultActions send(org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder request, String json)
            throws Exception {
        return mvc.perform(request.header("Authorization", officer).contentType(MediaType.APPLICATION_JSON).content(json));
    }

    private long assessments() {
        return jdbc.sql("SELECT COUNT(*) FROM risk_assessment WHERE person_id = ?").param(UUID.fromString(victimId))
                .query(Long.class).single();
    }

    @Test
    void fourteen_yes_answers_complete_as_high_risk_with_the_immigration_factors_shown_apart() throws Exception {
        send(post(url), "{\"answers\":" + RiskData.answers(14) + ",\"immigrationFactors\":" + RiskData.factors("YES") + "}")
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.status").value("COMPLETED"))
                .andExpect(jsonPath("$.yesCount").value(14))
                .andExpect(jsonPath("$.grade").value("HIGH"))
                .andExpect(jsonPath("$.maracReferralNeeded").value(true))
                .andExpect(jsonPath("$.answers.length()").value(27))
                .andExpect(jsonPath("$.immigrationFactors.length()").value(5))
                .andExpect(jsonPath("$.immigrationFactorsPresent.length()").value(5))
                .andExpect(jsonPath("$.explanation").value(containsString("14 or more is high risk")));
        mvc.perform(get(url).header("Authorization", officer))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.subject.personName").value("Amina Haddad"))
                .andExpect(jsonPath("$.assessments.length()").value(1));
        var actions = jdbc.sql("SELECT action FROM audit_entry WHERE case_id = ? AND details LIKE '%risk assessment%' ORDER BY seq")
                .param(UUID.fromString(caseId)).query(String.class).list();
        assertThat(actions).containsExactly("COLLECTION", "CONSULTATION", "CONSULTATION");
    }

    @Test
    void thirteen_yes_answers_is_standard_and_immigration_factors_do_not_change_it() throws Exception {
        // A victim with no other incidents (the shared test victim has many), so no MARAC criterion is met.
        victimId = addPerson(caseId, TestData.aVictim().named("Noor", uk.safeshare.support.MaracFixture.uniqueName()).json());
        url = "/api/v1/cases/" + caseId + "/people/" + victimId + "/risk-assessments";
        send(post(url), "{\"answers\":" + RiskData.answers(13) + ",\"immigrationFactors\":" + RiskData.factors("YES") + "}")
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.yesCount").value(13))
                .andExpect(jsonPath("$.grade").value("STANDARD"))
                .andExpect(jsonPath("$.maracReferralNeeded").value(false));
    }

    @Test
    void every_completed_assessment_is_kept_as_history_and_cannot_be_changed() throws Exception {
        String first = JsonPath.read(send(post(url), RiskData.completed(3)).andReturn().getResponse().getContentAsString(), "$.id");
        send(post(url), RiskData.completed(15)).andExpect(status().isCreated());
        mvc.perform(get(url).header("Authorization", officer))
                .andExpect(jsonPath("$.assessments.length()").value(2))
                .andExpect(jsonPath("$.assessments[0].grade").value("HIGH"))
                .andExpect(jsonPath("$.assessments[1].grade").value("STANDARD"));
        send(put(url + "/" + first), RiskData.completed(20)).andExpect(status().isConflict());
    }

    @Test
    void a_draft_is_saved_resumed_and_completed_and_only_one_draft_is_kept_per_victim() throws Exception {
        String draft = JsonPath.read(send(post(url), "{\"answers\":{\"INJURY\":{\"answer\":\"YES\",\"note\":\"Cut to the lip\"}},\"draft\":true}")
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.status").value("DRAFT"))
                .andExpect(jsonPath("$.grade").doesNotExist())
                .andExpect(jsonPath("$.answers[0].note").value("Cut to the lip"))
                .andReturn().getResponse().getContentAsString(), "$.id");
        send(post(url), "{\"draft\":true}").andExpect(status().isConflict())
                .andExpect(jsonPath("$.detail").value(containsString("Resume that draft")));
        send(put(url + "/" + draft + "?expectedVersion=0"), RiskData.completed(14, "HIGH", "Agrees with the checklist"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("COMPLETED"))
                .andExpect(jsonPath("$.grade").value("HIGH"));
        send(put(url + "/" + draft), RiskData.completed(2)).andExpect(status().isConflict());
    }

    @Test
    void professional_judgement_raises_a_grade_with_its_concern() throws Exception {
        send(post(url), RiskData.completed(5, "HIGH", "He holds her passport and threatens to have her deported"))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.checklistGrade").value("STANDARD"))
                .andExpect(jsonPath("$.grade").value("HIGH"))
                .andExpect(jsonPath("$.raisedByJudgement").value(true))
                .andExpect(jsonPath("$.judgementConcern").value("He holds her passport and threatens to have her deported"))
                .andExpect(jsonPath("$.maracReferralNeeded").value(true));
    }

    // ---- Bad input: a clear 400 and nothing stored ----

    @Test
    void lowering_a_grade_is_refused_with_a_message_and_nothing_is_stored() throws Exception {
        send(post(url), RiskData.completed(16, "MEDIUM", "She says it has calmed down"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors.judgementGrade").value(containsString("never lower it")));
        assertThat(assessments()).isZero();
    }

    @Test
    void missing_answers_are_refused_when_completing() throws Exception {
        send(post(url), "{\"answers\":{\"INJURY\":{\"answer\":\"YES\"}}}")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors.answers").value(containsString("26 not answered")))
                .andExpect(jsonPath("$.errors.immigrationFactors").exists());
        send(post(url), "{}").andExpect(status().isBadRequest());
        assertThat(assessments()).isZero();
    }

    @Test
    void an_answer_outside_yes_no_not_known_and_declined_is_refused() throws Exception {
        send(post(url), RiskData.completed(3).replaceFirst("\"YES\"", "\"MAYBE\""))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail").value(containsString("YES, NO, NOT_KNOWN, DECLINED")));
        assertThat(assessments()).isZero();
    }

    @Test
    void an_unknown_question_or_factor_code_is_refused() throws Exception {
        send(post(url), RiskData.completed(3).replaceFirst("\"INJURY\"", "\"HOROSCOPE\""))
                .andExpect(status().isBadRequest());
        send(post(url), RiskData.completed(3).replaceFirst("\"STATUS_USED_AS_CONTROL\"", "\"VISA_TYPE\""))
                .andExpect(status().isBadRequest());
        send(post(url), "{\"answers\":{},\"judgementGrade\":\"EXTREME\"}").andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail").value(containsString("STANDARD, MEDIUM, HIGH")));
        send(post(url), "{\"answers\":{},\"score\":99}").andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail").value("Unknown field 'score'"));
        assertThat(assessments()).isZero();
    }

    @Test
    void html_or_oversized_text_is_refused() throws Exception {
        send(post(url), RiskData.completed(3).replaceFirst("\\{\"answer\":\"YES\"\\}", "{\"answer\":\"YES\",\"note\":\"<script>alert(1)</script>\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors.answers").value(containsString("question 1 (Injury) must be plain text")));
        send(post(url), RiskData.completed(3).replaceFirst("\\{\"answer\":\"YES\"\\}", "{\"answer\":\"YES\",\"note\":\"" + "x".repeat(1001) + "\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors.answers").value(containsString("1000 characters or fewer")));
        send(post(url), RiskData.completed(3, "HIGH", "y".repeat(2001))).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors.judgementConcern").exists());
        send(post(url), RiskData.completed(3, "HIGH", "<b>bold</b>")).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors.judgementConcern").value(containsString("plain text")));
        assertThat(assessments()).isZero();
    }

    @Test
    void only_a_victim_on_a_domestic_abuse_case_is_assessed() throws Exception {
        String witness = addPerson(caseId, TestData.aVictim().withRole(PersonRole.WITNESS).named("Jon", "Bell").json());
        send(post("/api/v1/cases/" + caseId + "/people/" + witness + "/risk-assessments"), RiskData.completed(3))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors.personId").value(containsString("only a victim is risk assessed")));
        String otherCase = openCase(TestData.aReport().withCrimeTypes(CrimeType.OTHER).json());
        String victim = addPerson(otherCase, TestData.aVictim().json());
        send(post("/api/v1/cases/" + otherCase + "/people/" + victim + "/risk-assessments"), RiskData.completed(3))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors.personId").value(containsString("not recorded as domestic abuse")));
    }

    @Test
    void a_person_on_another_case_is_not_found() throws Exception {
        String otherCase = openCase(TestData.aReport().json());
        send(post("/api/v1/cases/" + otherCase + "/people/" + victimId + "/risk-assessments"), RiskData.completed(3))
                .andExpect(status().isNotFound());
    }

    // ---- Authorisation ----

    @Test
    void another_teams_officer_needs_break_glass_and_the_refusal_is_audited() throws Exception {
        send(post(url), RiskData.completed(3)).andExpect(status().isCreated());
        String south = tokens.bearer("officer.b");
        mvc.perform(get(url).header("Authorization", south))
                .andExpect(status().isForbidden())
                .andExpect(jsonPath("$.detail").value(containsString("break-glass")));
        mvc.perform(post(url).header("Authorization", south).contentType(MediaType.APPLICATION_JSON).content(RiskData.completed(3)))
                .andExpect(status().isForbidden());
        assertThat(assessments()).isEqualTo(1);
        long denied = jdbc.sql("SELECT COUNT(*) FROM audit_entry WHERE case_id = ? AND actor = 'officer.b' AND action = 'ACCESS_DENIED'")
                .param(UUID.fromString(caseId)).query(Long.class).single();
        assertThat(denied).isEqualTo(2);
    }

    @Test
    void partners_analysts_and_the_marac_coordinator_cannot_reach_risk_assessments() throws Exception {
        for (String user : new String[]{"partner.harbour", "analyst", "marac", "auditor", "admin"}) {
            String bearer = tokens.bearer(user);
            mvc.perform(get(url).header("Authorization", bearer)).andExpect(status().isForbidden());
            mvc.perform(post(url).header("Authorization", bearer).contentType(MediaType.APPLICATION_JSON)
                    .content(RiskData.completed(20))).andExpect(status().isForbidden());
            mvc.perform(get("/api/v1/risk-checklist").header("Authorization", bearer)).andExpect(status().isForbidden());
        }
        assertThat(assessments()).isZero();
    }

    @Test
    void the_checklist_is_published_for_api_clients() throws Exception {
        mvc.perform(get("/api/v1/risk-checklist").header("Authorization", officer))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.questions.length()").value(27))
                .andExpect(jsonPath("$.immigrationFactors.length()").value(5))
                .andExpect(jsonPath("$.highRiskThreshold").value(14))
                .andExpect(content().string(containsString("do not count toward the score")));
    }
}
