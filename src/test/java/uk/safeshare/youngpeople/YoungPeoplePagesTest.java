package uk.safeshare.youngpeople;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static uk.safeshare.youngpeople.YoungPeopleFixture.TODAY;

import jakarta.servlet.http.Cookie;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import uk.safeshare.support.SafeShareTest;
import uk.safeshare.support.TestData;

/** The tracker's pages: a young person added and worked on through forms, form errors shown again, roles and teams. */
@SafeShareTest
class YoungPeoplePagesTest {

    @Autowired MockMvc mvc;
    @Autowired YoungPeopleFixture fixture;
    @Autowired org.springframework.jdbc.core.simple.JdbcClient jdbc;

    private Cookie signIn(String username) throws Exception {
        return mvc.perform(formLogin("/sign-in").user(username).password(TestData.PASSWORD))
                .andExpect(redirectedUrl("/")).andReturn().getResponse().getCookie("SAFESHARE_SESSION");
    }

    private String addYoungPerson(Cookie officer) throws Exception {
        return mvc.perform(post("/young-people").cookie(officer).with(csrf())
                        .param("givenName", "Aziz").param("familyName", "Rahimi").param("dateOfBirth", TODAY.minusYears(16).toString())
                        .param("leadAgency", "CHILDRENS_SERVICES").param("riskLevel", "HIGH")
                        .param("riskReason", "Arrived alone; approached by adults at the hotel")
                        .param("nextReviewOn", TODAY.plusDays(3).toString()))
                .andExpect(redirectedUrlPattern("/young-people/*"))
                .andReturn().getResponse().getRedirectedUrl();
    }

    @Test
    void the_person_on_a_case_is_found_by_case_reference_and_chosen_by_name_never_typed_as_ids() throws Exception {
        Cookie officer = signIn("officer.a");
        String page = addYoungPerson(officer);
        YoungPeopleFixture.CasePerson kofi = fixture.victimOnNewCase("officer.a", "MODERN_SLAVERY", null);
        String reference = jdbc.sql("SELECT reference FROM case_file WHERE id = ?").param(java.util.UUID.fromString(kofi.caseId()))
                .query(String.class).single();
        mvc.perform(get(page).cookie(officer)).andExpect(status().isOk())
                .andExpect(content().string(not(containsString("Case identifier"))))
                .andExpect(content().string(not(containsString("Person identifier"))))
                .andExpect(content().string(containsString("Case reference or the person’s name")));
        mvc.perform(get(page).param("find", reference).cookie(officer)).andExpect(status().isOk())
                .andExpect(content().string(containsString("Kofi Mensah (victim), case " + reference)))
                .andExpect(content().string(containsString("value=\"" + kofi.caseId() + "/" + kofi.personId() + "\"")));
        mvc.perform(post(page + "/cases").cookie(officer).with(csrf()).param("casePerson", kofi.caseId() + "/" + kofi.personId()))
                .andExpect(redirectedUrl(page));
        mvc.perform(get(page).cookie(officer))
                .andExpect(content().string(containsString("/cases/" + kofi.caseId() + "/people/" + kofi.personId())));
        mvc.perform(get(page).param("find", " ").cookie(officer)).andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("Enter a case reference, a name")));
    }

    @Test
    void an_officer_adds_a_young_person_records_what_happens_and_sees_the_review_due() throws Exception {
        Cookie officer = signIn("officer.a");
        mvc.perform(get("/young-people/new").cookie(officer)).andExpect(status().isOk())
                .andExpect(content().string(containsString("Add a young person to the tracker")))
                .andExpect(content().string(not(containsString("immigrationStatus"))));
        String page = addYoungPerson(officer);
        mvc.perform(post(page + "/vulnerabilities").cookie(officer).with(csrf())
                        .param("kind", "UNACCOMPANIED_OR_SEPARATED_MIGRANT_CHILD").param("identifiedOn", TODAY.toString()))
                .andExpect(redirectedUrl(page));
        mvc.perform(post(page + "/missing-episodes").cookie(officer).with(csrf())
                        .param("wentMissingAt", TODAY.minusDays(1) + "T21:30").param("fromCare", "true"))
                .andExpect(redirectedUrl(page));
        mvc.perform(post(page + "/actions").cookie(officer).with(csrf()).param("description", "Independent child trafficking guardian referral")
                        .param("owner", "Ama Boateng").param("ownerAgency", "CHILDRENS_SERVICES").param("dueOn", TODAY.plusDays(2).toString()))
                .andExpect(redirectedUrl(page));
        mvc.perform(get(page).cookie(officer)).andExpect(status().isOk())
                .andExpect(content().string(containsString("Aziz Rahimi")))
                .andExpect(content().string(containsString("Unaccompanied or separated migrant child")))
                .andExpect(content().string(containsString("Still missing")))
                .andExpect(content().string(containsString("Independent child trafficking guardian referral")))
                .andExpect(content().string(containsString("decided under the children rule")));
        mvc.perform(get("/young-people").cookie(signIn("sergeant"))).andExpect(status().isOk())
                .andExpect(content().string(containsString("Aziz Rahimi")))
                .andExpect(content().string(containsString("Due")));
    }

    @Test
    void a_form_with_problems_is_shown_again_with_them_and_nothing_changes() throws Exception {
        Cookie officer = signIn("officer.a");
        mvc.perform(post("/young-people").cookie(officer).with(csrf()).param("givenName", "<b>x</b>").param("dateOfBirth", "31/02/2012"))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("There is a problem")))
                .andExpect(content().string(containsString("Enter a real date")))
                .andExpect(content().string(not(containsString("<b>x</b>"))));
        String page = addYoungPerson(officer);
        mvc.perform(post(page + "/reviews").cookie(officer).with(csrf()).param("heldOn", TODAY.toString())
                        .param("agencies", "Police").param("outcome", "Plan agreed").param("nextReviewOn", TODAY.minusDays(3).toString()))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("The next review must be after this one")))
                .andExpect(content().string(not(containsString("Review on "))));
        mvc.perform(post(page + "/risk").cookie(officer).with(csrf()).param("riskLevel", "CATASTROPHIC").param("reason", "x"))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("Select one of the options")));
    }

    @Test
    void another_team_and_other_roles_cannot_open_the_tracker_and_the_board_reads_only_figures() throws Exception {
        String page = addYoungPerson(signIn("officer.a"));
        mvc.perform(get(page).cookie(signIn("officer.b"))).andExpect(status().isNotFound())
                .andExpect(content().string(not(containsString("Rahimi"))));
        for (String user : List.of("analyst", "governance", "partner.harbour", "dpo")) {
            Cookie cookie = signIn(user);
            mvc.perform(get("/young-people").cookie(cookie)).andExpect(status().isForbidden());
            mvc.perform(get(page).cookie(cookie)).andExpect(status().isForbidden());
        }
        mvc.perform(get("/young-people/figures").cookie(signIn("governance"))).andExpect(status().isOk())
                .andExpect(content().string(containsString("All young people on the tracker")));
        mvc.perform(get("/young-people/figures").param("month", "2026-13").cookie(signIn("analyst")))
                .andExpect(status().isBadRequest()).andExpect(content().string(containsString("Enter the month")));
        mvc.perform(get("/young-people/figures").cookie(signIn("officer.a"))).andExpect(status().isForbidden());
    }
}
