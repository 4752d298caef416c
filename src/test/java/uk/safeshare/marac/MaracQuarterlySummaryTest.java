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
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import uk.safeshare.monitoring.Attacker;
import uk.safeshare.risk.RiskGrade;
import uk.safeshare.shared.statistics.LinearModel;
import uk.safeshare.shared.statistics.OdsWriter;
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
        // Sealed, not the code itself: the rest is random-looking Base64 (which may contain "O2" by chance, so
        // the test asks that the code is not what is stored, rather than that its two letters appear nowhere).
        assertThat(stored).startsWith("v1:").isNotEqualTo("O2");
        assertThat(java.util.Base64.getDecoder().decode(stored.substring(3))).hasSizeGreaterThan(12 + 16);
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
        // 5 and [c] would give away the [c] as 6 - 5, so the 5 is suppressed too (secondary suppression).
        assertThat(count(json, "criterion", "High risk on the checklist")).isEqualTo("[c]");
        assertThat(count(json, "criterion", "Professional judgement")).isEqualTo("[c]");
        assertThat(count(json, "criterion", "Potential escalation")).isEqualTo("0");
        assertThat(count(json, "criterion", "All referrals")).isEqualTo("6");
        assertThat(count(json, "ethnicity", "Other ethnic group: Arab")).isEqualTo("[c]");
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
                    .andExpect(content().string(containsString("2024-Q3,Referrals made by source (criterion),High risk on the checklist,[c]\r\n")))
                    .andExpect(content().string(containsString("2024-Q3,Referrals made by source (criterion),Professional judgement,[c]\r\n")))
                    .andExpect(content().string(containsString("2024-Q3,Referrals made by self-defined ethnicity,\"Black, Black British, Caribbean or African: African\",0\r\n")))
                    .andExpect(content().string(containsString("2024-Q3,\"Meetings, cases heard and referrals\",Cases heard,5\r\n")));
        }
        mvc.perform(get("/marac/summary.csv").param("quarter", QUARTER).cookie(signIn("marac")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("2024-Q3,Referrals made by immigration-related risk factors present,Fear of removal,6\r\n")));
        byte[] ods = mvc.perform(get("/api/v1/marac/summary.ods").param("quarter", QUARTER).header("Authorization", tokens.bearer("governance")))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Type", containsString(OdsWriter.MIME_TYPE)))
                .andExpect(header().string("Content-Disposition", containsString("marac-summary-2024-Q3.ods")))
                .andReturn().getResponse().getContentAsByteArray();
        String content = odsContent(ods);
        assertThat(content).contains("office:value-type=\"float\" office:value=\"6\"", "<text:p>[c]</text:p>",
                "<text:p>Fear of removal</text:p>");
        assertThat(odsContent(mvc.perform(get("/marac/summary.ods").param("quarter", QUARTER).cookie(signIn("marac")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray())).isEqualTo(content);
        mvc.perform(get("/marac/summary").param("quarter", QUARTER).cookie(signIn("governance")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("as a spreadsheet (ODS)")))
                .andExpect(content().string(containsString("Quarterly MARAC summary: 2024-Q3")))
                .andExpect(content().string(containsString("[c]")))
                .andExpect(content().string(containsString("Download the summary as CSV")))
                .andExpect(content().string(not(containsString("provisional"))));
    }

    private static String odsContent(byte[] ods) throws Exception {
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(ods))) {
            assertThat(zip.getNextEntry().getName()).isEqualTo("mimetype");
            for (ZipEntry e = zip.getNextEntry(); e != null; e = zip.getNextEntry()) {
                if (e.getName().equals("content.xml")) {
                    return new String(zip.readAllBytes(), StandardCharsets.UTF_8);
                }
            }
        }
        throw new AssertionError("no content.xml in the spreadsheet");
    }

    /**
     * Eight referrals: five by a self-defined ethnicity and three with none recorded; seven on the
     * checklist and one on judgement. Without secondary suppression the three "not recorded" was
     * 8 minus the rest. An intruder with every published figure, every total and what the notes say
     * (the tables count the same referrals; repeats and each factor are subsets) cannot pin any [c].
     */
    @Test
    void the_summary_attacked_with_every_total_and_every_link_between_its_tables_gives_away_no_suppressed_count()
            throws Exception {
        List<UUID> ids = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            Victim victim = fixture.newVictim();
            if (i < 7) {
                fixture.assess(victim, 15);
            } else {
                fixture.assess(victim, 3, RiskGrade.HIGH, "He has threatened to take the children abroad");
            }
            ids.add(jdbc.sql("SELECT id FROM marac_referral WHERE person_id = ?").param(victim.personId()).query(UUID.class).single());
        }
        OffsetDateTime inQuarter = Instant.parse("2024-05-20T10:00:00Z").atOffset(ZoneOffset.UTC);
        for (UUID id : ids) {
            jdbc.sql("UPDATE marac_referral SET referred_at = ? WHERE id = ?").params(inQuarter, id).update();
        }
        for (UUID id : ids.subList(5, 8)) {
            jdbc.sql("UPDATE marac_referral SET ethnicity_self_defined = NULL WHERE id = ?").param(id).update();
        }
        String json = mvc.perform(get("/api/v1/marac/summary").param("quarter", "2024-Q2").header("Authorization", tokens.bearer("marac")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(count(json, "ethnicity", "Not recorded")).isEqualTo("[c]");
        assertThat(count(json, "ethnicity", "All referrals")).isEqualTo("8");

        Attacker attacker = new Attacker();
        Attacker.Published headline = published(json, "headline", false);
        Attacker.Published criterion = published(json, "criterion", true);
        Attacker.Published ethnicity = published(json, "ethnicity", true);
        Attacker.Published factors = published(json, "immigration-factors", false);
        int f = factors.rowLabels().size();
        // "At least one" and "none" add up to all referrals: a table of their own for the intruder.
        Long[][] anyCells = {factors.cells()[f - 2], factors.cells()[f - 1], criterion.cells()[criterion.cells().length - 1]};
        Attacker.Published any = new Attacker.Published("any-factor", List.of("any", "none", "all"), List.of("Count"), anyCells, true, false);
        Long[][] each = java.util.Arrays.copyOf(factors.cells(), f - 2);
        Attacker.Published eachFactor = new Attacker.Published("each-factor", factors.rowLabels().subList(0, f - 2), List.of("Count"),
                each, false, false);
        List.of(headline, criterion, ethnicity, any, eachFactor).forEach(attacker::add);
        attacker.same(new Attacker.Ref("headline", 3, 0), new Attacker.Ref("criterion", criterion.cells().length - 1, 0));
        attacker.same(new Attacker.Ref("headline", 3, 0), new Attacker.Ref("ethnicity", ethnicity.cells().length - 1, 0));
        attacker.same(new Attacker.Ref("headline", 3, 0), new Attacker.Ref("any-factor", 2, 0));
        attacker.subset(new Attacker.Ref("headline", 2, 0), new Attacker.Ref("headline", 1, 0));
        attacker.subset(new Attacker.Ref("headline", 4, 0), new Attacker.Ref("headline", 3, 0));
        attacker.subset(new Attacker.Ref("criterion", criterion.rowLabels().indexOf("Repeat"), 0), new Attacker.Ref("headline", 4, 0));
        for (int r = 0; r < each.length; r++) {
            attacker.subset(new Attacker.Ref("each-factor", r, 0), new Attacker.Ref("any-factor", 0, 0));
        }
        Map<Attacker.Ref, LinearModel.Range> ranges = attacker.ranges();
        assertThat(ranges).as("suppressed cells").isNotEmpty();
        assertThat(ranges).allSatisfy((ref, range) -> assertThat(range.pinned()).as(ref + " " + range).isFalse());
    }

    /** A table of the summary as an intruder reads it: null where [c]; totals, when {@code totalRow}, last. */
    private static Attacker.Published published(String json, String table, boolean totalRow) {
        List<String> labels = JsonPath.read(json, "$.tables[?(@.id == '" + table + "')].rows[*].category");
        List<String> counts = JsonPath.read(json, "$.tables[?(@.id == '" + table + "')].rows[*].count");
        Long[][] cells = new Long[counts.size()][1];
        for (int r = 0; r < counts.size(); r++) {
            cells[r][0] = counts.get(r).equals("[c]") ? null : Long.valueOf(counts.get(r));
        }
        return new Attacker.Published(table, labels, List.of("Count"), cells, totalRow, false);
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
            mvc.perform(get("/api/v1/marac/summary.ods").param("quarter", QUARTER).header("Authorization", bearer))
                    .andExpect(status().isForbidden());
            Cookie page = signIn(user);
            mvc.perform(get("/marac/summary").param("quarter", QUARTER).cookie(page)).andExpect(status().isForbidden());
            mvc.perform(get("/marac/summary.csv").param("quarter", QUARTER).cookie(page)).andExpect(status().isForbidden());
            mvc.perform(get("/marac/summary.ods").param("quarter", QUARTER).cookie(page)).andExpect(status().isForbidden());
        }
        mvc.perform(get("/api/v1/marac/summary").param("quarter", QUARTER).header("Authorization", tokens.bearer("governance")))
                .andExpect(status().isOk());
        // Governance reads the summary; the rest of MARAC stays the coordinator's.
        mvc.perform(get("/api/v1/marac/referrals").header("Authorization", tokens.bearer("governance")))
                .andExpect(status().isForbidden());
    }
}
