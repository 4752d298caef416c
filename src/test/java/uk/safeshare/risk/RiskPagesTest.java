package uk.safeshare.risk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import jakarta.servlet.http.Cookie;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import uk.safeshare.cases.Cases;
import uk.safeshare.identity.Identity;
import uk.safeshare.support.SafeShareTest;
import uk.safeshare.support.TestData;

@SafeShareTest
class RiskPagesTest {

    @Autowired MockMvc mvc;
    @Autowired JdbcClient jdbc;
    @Autowired Cases cases;
    @Autowired Identity identity;

    UUID caseId;
    UUID victimId;
    String base;

    @BeforeEach
    void aVictim() {
        identity.runAs("officer.a", () -> {
            caseId = cases.openCase(TestData.aReport().build());
            victimId = cases.addPerson(caseId, TestData.aVictim().build());
            return null;
        });
        base = "/cases/" + caseId + "/people/" + victimId + "/risk-assessments";
    }

    private Cookie signIn(String username) throws Exception {
        return mvc.perform(formLogin("/sign-in").user(username).password(TestData.PASSWORD))
                .andExpect(redirectedUrl("/"))
                .andReturn().getResponse().getCookie("SAFESHARE_SESSION");
    }

    /** The checklist form with the first {@code yes} questions answered yes and the rest no. */
    private static MockHttpServletRequestBuilder checklist(MockHttpServletRequestBuilder form, int yes) {
        for (RiskQuestion q : RiskQuestion.values()) {
            form.param("answer[" + q.name() + "]", q.ordinal() < yes ? "YES" : "NO");
        }
        for (ImmigrationFactor f : ImmigrationFactor.values()) {
            form.param("factor[" + f.name() + "]", f == ImmigrationFactor.NO_ACCESS_TO_OWN_DOCUMENTS ? "YES" : "NOT_KNOWN");
        }
        return form;
    }

    private long stored() {
        return jdbc.sql("SELECT COUNT(*) FROM risk_assessment WHERE person_id = ?").param(victimId).query(Long.class).single();
    }

    @Test
    void an_officer_completes_the_checklist_from_the_victims_page_and_sees_the_grade_why_and_the_immigration_factors() throws Exception {
        Cookie session = signIn("officer.a");
        mvc.perform(get("/cases/" + caseId + "/people/" + victimId).cookie(session))
                .andExpect(content().string(containsString("href=\"" + base + "\"")));
        mvc.perform(get(base).cookie(session))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Amina Haddad’s risk assessments")))
                .andExpect(content().string(containsString("Start a risk assessment")));
        mvc.perform(get(base + "/new").cookie(session))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("27. Does the victim know of the abuser having a criminal history")))
                .andExpect(content().string(containsString("Immigration-related risk factors")));
        String location = mvc.perform(checklist(post(base).cookie(session).with(csrf()), 14).param("action", "complete")
                        .param("note[INJURY]", "Bruising to the arms"))
                .andExpect(redirectedUrlPattern(base + "/*"))
                .andReturn().getResponse().getRedirectedUrl();
        mvc.perform(get(location).cookie(session))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("High risk")))
                .andExpect(content().string(containsString("14 of 27 answers are yes (14 or more is high risk).")))
                .andExpect(content().string(containsString("This assessment meets the MARAC referral criteria")))
                .andExpect(content().string(containsString("Documents kept from the victim")))
                .andExpect(content().string(containsString("Bruising to the arms")));
    }

    @Test
    void a_draft_is_saved_and_resumed_with_its_answers() throws Exception {
        Cookie session = signIn("officer.a");
        String location = mvc.perform(post(base).cookie(session).with(csrf()).param("action", "draft")
                        .param("answer[INJURY]", "YES").param("note[FEARS_FURTHER_HARM]", "Afraid he will come back"))
                .andExpect(redirectedUrlPattern(base + "/*"))
                .andReturn().getResponse().getRedirectedUrl();
        mvc.perform(get(location).cookie(session))
                .andExpect(content().string(containsString("1</span> of 27 questions answered")));
        mvc.perform(get(base).cookie(session)).andExpect(content().string(containsString("Resume the draft")));
        mvc.perform(get(location + "/edit").cookie(session))
                .andExpect(status().isOk())
                .andExpect(content().string(matchesPattern("(?s).*id=\"answer-INJURY-YES\"\\s+value=\"YES\" checked=\"checked\".*")))
                .andExpect(content().string(containsString("Afraid he will come back")));
        mvc.perform(checklist(post(location).cookie(session).with(csrf()), 2).param("action", "complete").param("version", "0"))
                .andExpect(redirectedUrl(location));
        mvc.perform(get(location).cookie(session)).andExpect(content().string(containsString("Standard risk")));
    }

    @Test
    void unanswered_questions_are_listed_in_the_error_summary_and_nothing_is_stored() throws Exception {
        Cookie session = signIn("officer.a");
        mvc.perform(post(base).cookie(session).with(csrf()).param("action", "complete").param("answer[INJURY]", "YES"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("There is a problem")))
                .andExpect(content().string(containsString("26 not answered")))
                .andExpect(content().string(containsString("href=\"#answer\"")))
                .andExpect(content().string(matchesPattern("(?s).*id=\"answer-INJURY-YES\"\\s+value=\"YES\" checked=\"checked\".*")));
        assertThat(stored()).isZero();
    }

    @Test
    void lowering_the_grade_is_refused_on_the_form() throws Exception {
        Cookie session = signIn("officer.a");
        mvc.perform(checklist(post(base).cookie(session).with(csrf()), 20).param("action", "complete")
                        .param("judgementGrade", "STANDARD").param("judgementConcern", "She has moved in with her sister"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("can raise a grade but never lower it")));
        assertThat(stored()).isZero();
    }

    @Test
    void forged_codes_and_html_are_form_errors_not_crashes() throws Exception {
        Cookie session = signIn("officer.a");
        mvc.perform(checklist(post(base).cookie(session).with(csrf()), 3).param("action", "complete").param("answer[INJURY]", "PERHAPS"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("yes, no, not known or declined to answer")));
        mvc.perform(checklist(post(base).cookie(session).with(csrf()), 3).param("action", "complete").param("answer[ASTROLOGY]", "YES"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("There is no checklist question")));
        mvc.perform(checklist(post(base).cookie(session).with(csrf()), 3).param("action", "complete").param("judgementGrade", "SEVERE"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Select standard, medium or high")));
        mvc.perform(checklist(post(base).cookie(session).with(csrf()), 3).param("action", "complete")
                        .param("note[INJURY]", "<img src=x onerror=alert(1)>"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("must be plain text")))
                .andExpect(content().string(not(containsString("<img src=x"))));
        assertThat(stored()).isZero();
    }

    @Test
    void another_team_cannot_open_the_risk_pages_without_break_glass_and_other_roles_not_at_all() throws Exception {
        mvc.perform(get(base).cookie(signIn("officer.b")))
                .andExpect(status().isForbidden())
                .andExpect(content().string(containsString("break-glass")));
        for (String user : new String[]{"partner.harbour", "analyst", "marac"}) {
            mvc.perform(get(base).cookie(signIn(user))).andExpect(status().isForbidden());
        }
    }
}
