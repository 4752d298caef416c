package uk.safeshare.monitoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import jakarta.servlet.http.Cookie;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import uk.safeshare.support.SafeShareTest;

/** The statistics pages, and who may see them. */
@SafeShareTest
class StatisticsPagesTest extends MonitoringTestSupport {

    @Test
    void the_overview_draws_each_trend_as_a_chart_with_its_table_and_no_inline_script_or_style() throws Exception {
        Cookie session = signIn("analyst");
        String page = mvc.perform(get("/statistics").cookie(session)).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(page).contains("<svg", "role=\"img\"", "Figures in the chart: Requests involving immigration enforcement",
                "Figures in the chart: Live immigration markers at the end of the quarter", "Record the number of live immigration markers");
        assertThat(page.split("<svg", -1)).hasSize(7);
        assertThat(page.split("<table", -1)).hasSizeGreaterThanOrEqualTo(7);
        assertThat(page).doesNotContain("style=").doesNotContain("<script>").doesNotContain("onclick");
        mvc.perform(get("/statistics").param("from", "2019-Q4").param("to", "2019-Q2").cookie(session))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("The first quarter must be before the last quarter")));
        mvc.perform(get("/statistics/quarters/2019-Q7").cookie(session)).andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("like 2026-Q3")));
        mvc.perform(get("/statistics/quarters/2031-Q1").cookie(session)).andExpect(status().isNotFound())
                .andExpect(content().string(containsString("not published yet")));
    }

    @Test
    void the_current_quarter_is_listed_as_provisional_not_as_published() throws Exception {
        String current = java.time.LocalDate.now(java.time.ZoneOffset.UTC).getYear() + "-Q"
                + ((java.time.LocalDate.now(java.time.ZoneOffset.UTC).getMonthValue() - 1) / 3 + 1);
        String page = mvc.perform(get("/statistics").cookie(signIn("analyst"))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(page).contains("<span>" + current + "</span> <strong class=\"govuk-tag govuk-tag--yellow\">Provisional</strong>")
                .doesNotContain("/statistics/quarters/" + current + "\"");
    }

    @Test
    void the_markers_form_shows_each_problem_in_an_error_summary_and_records_a_good_count() throws Exception {
        Cookie session = signIn("analyst");
        mvc.perform(post("/statistics/markers").cookie(session).with(csrf()).param("quarter", "2019-Q1").param("count", "-4"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("There is a problem")))
                .andExpect(content().string(containsString("cannot be negative")))
                .andExpect(content().string(containsString("href=\"#count\"")));
        mvc.perform(post("/statistics/markers").cookie(session).with(csrf()).param("quarter", "spring").param("count", "lots"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Enter the quarter as a year and quarter number")))
                .andExpect(content().string(containsString("as a whole number, like 120")));
        mvc.perform(post("/statistics/markers").cookie(session).with(csrf()).param("quarter", "2017-Q4").param("count", "1,204"))
                .andExpect(redirectedUrl("/statistics/markers"));
        mvc.perform(get("/statistics/markers").cookie(session)).andExpect(content().string(containsString("1,204")));

        Cookie governance = signIn("governance");
        mvc.perform(get("/statistics").cookie(governance)).andExpect(status().isOk())
                .andExpect(content().string(not(containsString("Record the number of live immigration markers"))));
        mvc.perform(get("/statistics/markers").cookie(governance)).andExpect(status().isForbidden());
        mvc.perform(post("/statistics/markers").cookie(governance).with(csrf()).param("quarter", "2019-Q1").param("count", "5"))
                .andExpect(status().isForbidden());
        mvc.perform(post("/statistics/settings").cookie(session).with(csrf()).param("threshold", "2"))
                .andExpect(status().isOk()).andExpect(content().string(containsString("from 3 to 100")));
        mvc.perform(post("/statistics/settings").cookie(session).with(csrf()).param("threshold", "five"))
                .andExpect(status().isOk()).andExpect(content().string(containsString("whole number from 3 to 100")));
    }

    @Test
    void analysts_and_governance_see_statistics_but_never_a_person_and_case_workers_do_not_see_statistics() throws Exception {
        for (String user : List.of("analyst", "governance")) {
            String bearer = tokens.bearer(user);
            for (String url : List.of("/api/v1/cases", "/api/v1/sharing-requests", "/api/v1/third-party-reports",
                    "/api/v1/partner/referrals", "/api/v1/audit/entries", "/api/v1/reviews", "/api/v1/break-glass")) {
                mvc.perform(get(url).header("Authorization", bearer)).andExpect(status().isForbidden());
            }
            mvc.perform(get("/api/v1/statistics/quarters").header("Authorization", bearer)).andExpect(status().isOk());
            Cookie session = signIn(user);
            for (String url : List.of("/cases", "/cases/" + UUID.randomUUID(), "/sharing-requests/" + UUID.randomUUID(),
                    "/third-party-reports", "/reviews", "/break-glass", "/audit", "/partner/referrals")) {
                mvc.perform(get(url).cookie(session)).andExpect(status().isForbidden());
            }
            mvc.perform(get("/statistics").cookie(session)).andExpect(status().isOk());
        }
        for (String user : List.of("officer.a", "partner.harbour", "auditor", "admin")) {
            mvc.perform(get("/api/v1/statistics/quarters").header("Authorization", tokens.bearer(user))).andExpect(status().isForbidden());
        }
        mvc.perform(get("/statistics").cookie(signIn("officer.a"))).andExpect(status().isForbidden());
        mvc.perform(get("/api/v1/statistics/quarters")).andExpect(status().isUnauthorized());
    }
}
