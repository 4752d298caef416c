package uk.safeshare.marac;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import jakarta.servlet.http.Cookie;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import uk.safeshare.risk.RiskGrade;
import uk.safeshare.support.MaracFixture;
import uk.safeshare.support.MaracFixture.Victim;
import uk.safeshare.support.SafeShareTest;
import uk.safeshare.support.TestData;
import uk.safeshare.support.Tokens;

/** The quarterly MARAC summary for the steering group: its figures, small-count suppression, CSV, bad quarters and roles. */
@SafeShareTest
class MaracQuarterlySummaryTest {

    static final LocalDate TODAY = LocalDate.now(ZoneId.of("Europe/London"));
    static final String QUARTER = "2024-Q3";

    @Autowired MockMvc mvc;
    @Autowired Tokens tokens;
    @Autowired JdbcClient jdbc;
    @Autowired MaracFixture fixture;

    /**
     * Six referrals made in 2024-Q3 (moved there from today): five on the checklist, one on professional
     * judgement; two repeats; every victim self-defined "Arab" but one whose ethnicity is not recorded;
     * every assessment with fear of removal. Five are heard at a meeting held in the quarter, one a repeat.
     */
    private void sixReferralsInTheQuarter() {
        List<UUID> ids = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            Victim victim = fixture.newVictim();
            if (i < 5) {
                fixture.assess(victim, 16);
            } else {
                fixture.assess(victim, 5, RiskGrade.HIGH, "She says he has threatened to have her deported if she leaves");
            }
            ids.add(jdbc.sql("SELECT id FROM marac_referral WHERE person_id = ?").param(victim.personId()).query(UUID.class).single());
        }
        String stored = jdbc.sql("SELECT ethnicity_self_defined FROM marac_referral WHERE id = ?").param(ids.get(0))
                .query(String.class).single();
        assertThat(stored).startsWith("v1:").doesNotContain("O2");
        Instant inQuarter = Instant.parse("2024-08-15T10:00:00Z");
        for (UUID id : ids) {
            jdbc.sql("UPDATE marac_referral SET referred_at = ? WHERE id = ?").params(inQuarter.atOffset(ZoneOffset.UTC), id).update();
        }
        jdbc.sql("UPDATE marac_referral SET repeat_referral = TRUE WHERE id IN (?, ?)").params(ids.get(0), ids.get(5)).update();
        jdbc.sql("UPDATE marac_referral SET ethnicity_self_defined = NULL WHERE id = ?").param(ids.get(1)).update();
        UUID meeting = UUID.randomUUID();
        jdbc.sql("""
                INSERT INTO marac_meeting (id, meets_on, area, chair, agreement_version, status, minutes, created_by, created_at,
                closed_at, version) VALUES (?, ?, 'Eastfield', 'DI Grace Mensah', 1, 'CLOSED', NULL, 'marac', ?, ?, 0)""")
                .params(meeting, LocalDate.of(2024, 9, 10), inQuarter.atOffset(ZoneOffset.UTC), inQuarter.atOffset(ZoneOffset.UTC))
                .update();
        for (UUID id : ids.subList(0, 5)) {
            jdbc.sql("UPDATE marac_referral SET status = 'HEARD', meeting_id = ? WHERE id = ?").params(meeting, id).update();
        }
    }

    private static String count(String json, String table, String category) {
        List<String> found = JsonPath.read(json, "$.tables[?(@.id == '" + table + "')].rows[?(@.category == '" + category + "')].count");
        assertThat(found).as(table + " / " + category).hasSize(1);
        return found.get(0);
    }

    private Cookie signIn(String username) throws Exception {
        return mvc.perform(formLogin("/sign-in").user(username).password(TestData.PASSWORD))
                .andExpect(redirectedUrl("/"))
                .andReturn().getResponse().getCookie("SAFESHARE_SESSION");
    }

    @Test
    void the_figures_for_a_quarter_count_cases_heard_repeats_and_referrals_with_counts_of_1_to_4_suppressed() throws Exception {
        sixReferralsInTheQuarter();
        String json = mvc.perform(get("/api/v1/marac/summary").param("quarter", QUARTER).header("Authorization", tokens.bearer("marac")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.quarter").value(QUARTER))
                .andExpect(jsonPath("$.from").value("2024-07-01"))
                .andExpect(jsonPath("$.to").value("2024-09-30"))
                .andExpect(jsonPath("$.complete").value(true))
                .andReturn().getResponse().getContentAsString();
        assertThat(count(json, "headline", "Meetings held (closed)")).isEqualTo("[c]");
        assertThat(count(json, "headline", "Cases heard")).isEqualTo("5");
        assertThat(count(json, "headline", "Cases heard that were repeats")).isEqualTo("[c]");
        assertThat(count(json, "headline", "Referrals made")).isEqualTo("6");
        assertThat(count(json, "headline", "Referrals made that were repeats")).isEqualTo("[c]");
        assertThat(count(json, "criterion", "High risk on the checklist")).isEqualTo("5");
        assertThat(count(json, "criterion", "Professional judgement")).isEqualTo("[c]");
        assertThat(count(json, "criterion", "Potential escalation")).isEqualTo("0");
        assertThat(count(json, "criterion", "All referrals")).isEqualTo("6");
        assertThat(count(json, "ethnicity", "Other ethnic group: Arab")).isEqualTo("5");
        assertThat(count(json, "ethnicity", "Not recorded")).isEqualTo("[c]");
        assertThat(count(json, "ethnicity", "White: Irish")).isEqualTo("0");
        assertThat(count(json, "immigration-factors", "Fear of removal")).isEqualTo("6");
        assertThat(count(json, "immigration-factors", "No recourse to public funds")).isEqualTo("0");
        assertThat(count(json, "immigration-factors", "At least one immigration-related factor")).isEqualTo("6");
        assertThat(json).doesNotContain("\"1\"", "\"2\"", "\"3\"", "\"4\"");

        // The same figures as CSV, from the API and from the page, for the coordinator and for governance.
        for (String path : List.of("/api/v1/marac/summary.csv")) {
            mvc.perform(get(path).param("quarter", QUARTER).header("Authorization", tokens.bearer("governance")))
                    .andExpect(status().isOk())
                    .andExpect(header().string("Content-Type", containsString("text/csv")))
                    .andExpect(header().string("Content-Disposition", containsString("marac-summary-2024-Q3.csv")))
                    .andExpect(content().string(containsString("quarter,table,category,count\r\n")))
                    .andExpect(content().string(containsString("2024-Q3,Referrals made by source (criterion),High risk on the checklist,5\r\n")))
                    .andExpect(content().string(containsString("2024-Q3,Referrals made by source (criterion),Professional judgement,[c]\r\n")))
                    .andExpect(content().string(containsString("2024-Q3,Referrals made by self-defined ethnicity,\"Black, Black British, Caribbean or African: African\",0\r\n")))
                    .andExpect(content().string(containsString("2024-Q3,\"Meetings, cases heard and referrals\",Cases heard,5\r\n")));
        }
        mvc.perform(get("/marac/summary.csv").param("quarter", QUARTER).cookie(signIn("marac")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("2024-Q3,Referrals made by immigration-related risk factors present,Fear of removal,6\r\n")));
        mvc.perform(get("/marac/summary").param("quarter", QUARTER).cookie(signIn("governance")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Quarterly MARAC summary: 2024-Q3")))
                .andExpect(content().string(containsString("[c]")))
                .andExpect(content().string(containsString("Download the summary as CSV")))
                .andExpect(content().string(not(containsString("provisional"))));
    }

    @Test
    void a_quarter_that_is_not_one_or_has_not_started_is_refused_clearly() throws Exception {
        String coordinator = tokens.bearer("marac");
        LocalDate next = TODAY.plusMonths(3);
        String future = next.getYear() + "-Q" + ((next.getMonthValue() - 1) / 3 + 1);
        for (String bad : List.of("2026-Q5", "abc", "2026-Q0", "1999-Q1", future)) {
            mvc.perform(get("/api/v1/marac/summary").param("quarter", bad).header("Authorization", coordinator))
                    .andExpect(status().isBadRequest())
                    .andExpect(jsonPath("$.errors.quarter").exists());
            mvc.perform(get("/api/v1/marac/summary.csv").param("quarter", bad).header("Authorization", coordinator))
                    .andExpect(status().isBadRequest());
        }
        mvc.perform(get("/api/v1/marac/summary").param("quarter", future).header("Authorization", coordinator))
                .andExpect(jsonPath("$.errors.quarter").value(containsString("has not started yet")));
        mvc.perform(get("/api/v1/marac/summary").param("quarter", "2026-Q5").header("Authorization", coordinator))
                .andExpect(jsonPath("$.errors.quarter").value(containsString("1, 2, 3 or 4")));
        Cookie page = signIn("marac");
        mvc.perform(get("/marac/summary").param("quarter", "abc").cookie(page))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("There is a problem")))
                .andExpect(content().string(containsString("Enter the quarter as a year and quarter number, like 2026-Q4")))
                .andExpect(content().string(not(containsString("Download the summary as CSV"))));
        mvc.perform(get("/marac/summary.csv").param("quarter", future).cookie(page))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("has not started yet")));
        // No quarter: the one we are in, marked provisional.
        mvc.perform(get("/marac/summary").cookie(page))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("provisional")));
    }

    @Test
    void officers_partners_and_analysts_may_not_see_it() throws Exception {
        for (String user : List.of("officer.a", "partner.harbour", "analyst")) {
            String bearer = tokens.bearer(user);
            mvc.perform(get("/api/v1/marac/summary").param("quarter", QUARTER).header("Authorization", bearer))
                    .andExpect(status().isForbidden());
            mvc.perform(get("/api/v1/marac/summary.csv").param("quarter", QUARTER).header("Authorization", bearer))
                    .andExpect(status().isForbidden());
            Cookie page = signIn(user);
            mvc.perform(get("/marac/summary").param("quarter", QUARTER).cookie(page)).andExpect(status().isForbidden());
            mvc.perform(get("/marac/summary.csv").param("quarter", QUARTER).cookie(page)).andExpect(status().isForbidden());
        }
        mvc.perform(get("/api/v1/marac/summary").param("quarter", QUARTER).header("Authorization", tokens.bearer("governance")))
                .andExpect(status().isOk());
        // Governance reads the summary; the rest of MARAC stays the coordinator's.
        mvc.perform(get("/api/v1/marac/referrals").header("Authorization", tokens.bearer("governance")))
                .andExpect(status().isForbidden());
    }
}
