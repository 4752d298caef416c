package uk.safeshare.cases;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import jakarta.servlet.http.Cookie;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import uk.safeshare.support.MaracFixture;
import uk.safeshare.support.SafeShareTest;
import uk.safeshare.support.TestData;

@SafeShareTest
class CaseSearchTest {

    @Autowired MockMvc mvc;
    @Autowired MaracFixture fixture;
    @Autowired uk.safeshare.audit.AuditLog log;
    @Autowired uk.safeshare.identity.Identity identity;

    private Cookie signIn(String username) throws Exception {
        return mvc.perform(formLogin("/sign-in").user(username).password(TestData.PASSWORD))
                .andReturn().getResponse().getCookie("SAFESHARE_SESSION");
    }

    @Test
    void an_officer_finds_their_teams_case_by_a_persons_name_with_who_matched() throws Exception {
        MaracFixture.Victim victim = fixture.newVictim();
        mvc.perform(get("/cases/search").param("text", victim.family().toLowerCase()).cookie(signIn("officer.a")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("1 case found")))
                .andExpect(content().string(containsString(victim.fullName() + " (victim)")));
    }

    @Test
    void another_teams_case_is_named_by_its_reference_only_and_offers_break_glass() throws Exception {
        MaracFixture.Victim victim = fixture.newVictim();
        mvc.perform(get("/cases/search").param("text", victim.fullName()).cookie(signIn("officer.b")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Another team’s case")))
                .andExpect(content().string(containsString("/cases/" + victim.caseId() + "/break-glass")))
                .andExpect(content().string(not(containsString(victim.fullName() + " ("))));
    }

    @Test
    void every_search_is_audited_with_what_was_searched_for() throws Exception {
        MaracFixture.Victim victim = fixture.newVictim();
        mvc.perform(get("/cases/search").param("text", victim.given()).cookie(signIn("officer.a"))).andExpect(status().isOk());
        var entries = identity.runAs("auditor", () -> log.search(new uk.safeshare.audit.AuditFilter(null, null, "officer.a",
                uk.safeshare.shared.audit.AuditAction.CONSULTATION, null, null), 0, 50).entries());
        org.assertj.core.api.Assertions.assertThat(entries).anyMatch(e -> e.details().equals("searched cases for '" + victim.given() + "': 1 found"));
    }

    @Test
    void an_empty_or_impossible_search_is_explained_on_the_page_and_roles_without_cases_are_refused() throws Exception {
        Cookie officer = signIn("officer.a");
        mvc.perform(get("/cases/search").param("text", "").cookie(officer))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("Enter a case reference, a name, a date of birth or an area")));
        mvc.perform(get("/cases/search").param("dobDay", "31").param("dobMonth", "2").param("dobYear", "1990").cookie(officer))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("Date of birth must be a real date")));
        mvc.perform(get("/cases/search").param("text", "x").cookie(signIn("partner.harbour"))).andExpect(status().isForbidden());
        mvc.perform(get("/cases/search").param("text", "x").cookie(signIn("analyst"))).andExpect(status().isForbidden());
    }
}
