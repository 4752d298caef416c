package uk.safeshare.cases;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import jakarta.servlet.http.Cookie;
import org.springframework.test.web.servlet.MockMvc;
import uk.safeshare.support.SafeShareTest;
import uk.safeshare.support.TestData;

@SafeShareTest
class CasePagesTest {

    @Autowired MockMvc mvc;
    @Autowired JdbcClient jdbc;

    private Cookie signIn(String username) throws Exception {
        // Sessions live in the database (Spring Session), so the session is the cookie, as in a browser.
        return mvc.perform(formLogin("/sign-in").user(username).password(TestData.PASSWORD))
                .andExpect(redirectedUrl("/"))
                .andReturn().getResponse().getCookie("SAFESHARE_SESSION");
    }

    private String createCase(Cookie session) throws Exception {
        String location = mvc.perform(post("/cases").cookie(session).with(csrf())
                        .param("crimeTypes", "DOMESTIC_ABUSE").param("day", "3").param("month", "11").param("year", "2026")
                        .param("time", "21:30").param("area", "Eastfield").param("summary", "Reported by a neighbour"))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrlPattern("/cases/*"))
                .andReturn().getResponse().getRedirectedUrl();
        return location.substring("/cases/".length());
    }

    @Test
    void an_officer_creates_a_case_and_adds_a_victim_through_the_pages() throws Exception {
        Cookie session = signIn("officer.a");
        String caseId = createCase(session);
        mvc.perform(post("/cases/" + caseId + "/people").cookie(session).with(csrf())
                        .param("role", "VICTIM").param("givenName", "Mariam").param("familyName", "Yusuf")
                        .param("statusBasis", "CONCERNS_OR_DOUBTS_ONLY").param("safeContactMethod", "TEXT_MESSAGE")
                        .param("nationality", "ER").param("language", "ti").param("vulnerabilities", "ISOLATED"))
                .andExpect(redirectedUrl("/cases/" + caseId));
        mvc.perform(get("/cases/" + caseId).cookie(session))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Mariam Yusuf")))
                .andExpect(content().string(containsString("Concerns or doubts only")));
        mvc.perform(get("/cases").cookie(session))
                .andExpect(content().string(containsString("Eastfield")));
    }

    @Test
    void an_empty_case_form_shows_every_problem_in_an_error_summary_and_stores_nothing() throws Exception {
        Cookie session = signIn("officer.a");
        long before = jdbc.sql("SELECT COUNT(*) FROM case_file").query(Long.class).single();
        mvc.perform(post("/cases").cookie(session).with(csrf()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("There is a problem")))
                .andExpect(content().string(containsString("Enter when it happened as day, month and year")))
                .andExpect(content().string(containsString("Select at least one crime type")))
                .andExpect(content().string(containsString("href=\"#crimeTypes\"")));
        assertThat(jdbc.sql("SELECT COUNT(*) FROM case_file").query(Long.class).single()).isEqualTo(before);
    }

    @Test
    void html_typed_into_a_form_is_refused_and_shown_back_escaped() throws Exception {
        Cookie session = signIn("officer.a");
        mvc.perform(post("/cases").cookie(session).with(csrf())
                        .param("crimeTypes", "OTHER").param("day", "1").param("month", "1").param("year", "2026")
                        .param("area", "Eastfield").param("summary", "<img src=x onerror=alert(1)>"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Summary must be plain text")))
                .andExpect(content().string(not(containsString("<img src=x"))));
    }

    @Test
    void an_impossible_date_is_explained() throws Exception {
        Cookie session = signIn("officer.a");
        mvc.perform(post("/cases").cookie(session).with(csrf())
                        .param("crimeTypes", "OTHER").param("day", "31").param("month", "2").param("year", "2026")
                        .param("area", "Eastfield").param("summary", "x"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("must be a real date")));
    }

    @Test
    void an_unknown_code_posted_to_a_form_is_a_clear_error_not_a_crash() throws Exception {
        Cookie session = signIn("officer.a");
        String caseId = createCase(session);
        mvc.perform(post("/cases/" + caseId + "/people").cookie(session).with(csrf())
                        .param("role", "KING").param("givenName", "A").param("familyName", "B")
                        .param("statusBasis", "NOT_KNOWN").param("safeContactMethod", "PHONE_CALL"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("There is a problem")));
    }

    @Test
    void a_form_posted_without_its_csrf_token_is_refused() throws Exception {
        Cookie session = signIn("officer.a");
        mvc.perform(post("/cases").cookie(session).param("area", "x")).andExpect(status().isForbidden());
    }

    @Test
    void opening_another_teams_case_asks_for_a_break_glass_reason_first() throws Exception {
        String caseId = createCase(signIn("officer.a"));
        Cookie other = signIn("officer.b");
        mvc.perform(get("/cases/" + caseId).cookie(other)).andExpect(redirectedUrl("/cases/" + caseId + "/break-glass"));
        mvc.perform(post("/cases/" + caseId + "/break-glass").cookie(other).with(csrf()).param("reason", ""))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Enter why you need to open this case")));
        mvc.perform(post("/cases/" + caseId + "/break-glass").cookie(other).with(csrf())
                        .param("reason", "Victim has moved into the south area; safeguarding visit tonight"))
                .andExpect(redirectedUrl("/cases/" + caseId));
        mvc.perform(get("/cases/" + caseId).cookie(other)).andExpect(status().isOk());
        mvc.perform(get("/break-glass").cookie(signIn("sergeant")))
                .andExpect(content().string(containsString("Victim has moved into the south area")));
    }

    @Test
    void partners_and_analysts_cannot_open_case_pages_and_officers_cannot_open_admin_pages() throws Exception {
        mvc.perform(get("/cases").cookie(signIn("partner.harbour"))).andExpect(status().isForbidden());
        mvc.perform(get("/cases").cookie(signIn("analyst"))).andExpect(status().isForbidden());
        mvc.perform(get("/admin/users").cookie(signIn("officer.a"))).andExpect(status().isForbidden());
        mvc.perform(get("/audit").cookie(signIn("officer.a"))).andExpect(status().isForbidden());
    }

    @Test
    void pages_need_a_signed_in_user() throws Exception {
        mvc.perform(get("/cases")).andExpect(status().is3xxRedirection()).andExpect(redirectedUrl("/sign-in"));
    }

    @Test
    void an_unknown_page_gets_the_not_found_page() throws Exception {
        mvc.perform(get("/cases/" + java.util.UUID.randomUUID()).cookie(signIn("officer.a")))
                .andExpect(status().isNotFound())
                .andExpect(content().string(containsString("Page not found")));
    }
}
