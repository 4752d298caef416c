package uk.safeshare.marac;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;

import com.jayway.jsonpath.JsonPath;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import uk.safeshare.risk.RiskGrade;
import uk.safeshare.support.MaracFixture;
import uk.safeshare.support.MaracFixture.Victim;
import uk.safeshare.support.SafeShareTest;
import uk.safeshare.support.Tokens;

/** Referrals are made automatically, with the criterion named, when a completed risk assessment meets one. */
@SafeShareTest
class MaracReferralsTest {

    @Autowired MockMvc mvc;
    @Autowired Tokens tokens;
    @Autowired JdbcClient jdbc;
    @Autowired MaracFixture fixture;

    private Map<String, Object> queued(Victim victim) throws Exception {
        String body = mvc.perform(get("/api/v1/marac/referrals").header("Authorization", tokens.bearer("marac")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        List<Map<String, Object>> found = JsonPath.read(body, "$[?(@.personId == '" + victim.personId() + "')]");
        return found.isEmpty() ? null : found.get(0);
    }

    private long referralsOf(Victim victim) {
        return jdbc.sql("SELECT COUNT(*) FROM marac_referral WHERE person_id = ?").param(victim.personId()).query(Long.class).single();
    }

    @Test
    void a_high_risk_checklist_puts_the_victim_in_the_coordinators_queue_as_referral_due() throws Exception {
        Victim victim = fixture.newVictim();
        fixture.assess(victim, 14);
        Map<String, Object> referral = queued(victim);
        assertThat(referral).isNotNull();
        assertThat(referral.get("criterion")).isEqualTo("HIGH_RISK_CHECKLIST");
        assertThat(referral.get("status")).isEqualTo("DUE");
        assertThat(referral.get("personName")).isEqualTo(victim.fullName());
        assertThat(referral.get("repeat")).isEqualTo(false);
        var audit = jdbc.sql("SELECT action FROM audit_entry WHERE case_id = ? AND details LIKE 'referred a victim%'")
                .param(victim.caseId()).query(String.class).list();
        assertThat(audit).containsExactly("COLLECTION");
    }

    @Test
    void high_risk_on_professional_judgement_names_that_criterion() throws Exception {
        Victim victim = fixture.newVictim();
        fixture.assess(victim, 4, RiskGrade.HIGH, "He has her passport and threatens to report her to the Home Office");
        assertThat(queued(victim).get("criterion")).isEqualTo("PROFESSIONAL_JUDGEMENT");
    }

    @Test
    void standard_or_medium_risk_with_no_history_makes_no_referral() throws Exception {
        Victim victim = fixture.newVictim();
        fixture.assess(victim, 13);
        fixture.assess(victim, 9, RiskGrade.MEDIUM, "Recent separation");
        assertThat(referralsOf(victim)).isZero();
    }

    @Test
    void a_third_domestic_abuse_incident_in_twelve_months_is_potential_escalation() throws Exception {
        Victim first = fixture.newVictim();
        fixture.victimOnNewCase(first.given(), first.family());
        Victim third = fixture.victimOnNewCase(first.given(), first.family());
        fixture.assess(third, 5);
        assertThat(queued(third).get("criterion")).isEqualTo("POTENTIAL_ESCALATION");
    }

    @Test
    void a_checklist_that_makes_a_referral_on_escalation_says_so_and_that_a_referral_is_needed() throws Exception {
        Victim first = fixture.newVictim();
        fixture.victimOnNewCase(first.given(), first.family());
        Victim third = fixture.victimOnNewCase(first.given(), first.family());
        UUID assessment = fixture.assess(third, 5);
        mvc.perform(get("/api/v1/cases/" + third.caseId() + "/people/" + third.personId() + "/risk-assessments/" + assessment)
                        .header("Authorization", tokens.bearer("officer.a")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.grade").value("STANDARD"))
                .andExpect(jsonPath("$.maracReferralNeeded").value(true))
                .andExpect(jsonPath("$.maracCriteria[0]").value(containsString("Potential escalation")))
                .andExpect(jsonPath("$.explanation").value(containsString("MARAC referral criteria met: Potential escalation")));
        // Standard risk and no other criterion: no referral, and the result says none is needed.
        Victim alone = fixture.newVictim();
        UUID standard = fixture.assess(alone, 5);
        mvc.perform(get("/api/v1/cases/" + alone.caseId() + "/people/" + alone.personId() + "/risk-assessments/" + standard)
                        .header("Authorization", tokens.bearer("officer.a")))
                .andExpect(jsonPath("$.maracReferralNeeded").value(false))
                .andExpect(jsonPath("$.maracCriteria").isEmpty())
                .andExpect(jsonPath("$.explanation").value(not(containsString("MARAC"))));
    }

    @Test
    void high_risk_escalation_and_repeat_are_all_named_in_the_result() throws Exception {
        Victim victim = fixture.newVictim();
        fixture.assess(victim, 15);
        jdbc.sql("UPDATE marac_referral SET referred_at = referred_at - INTERVAL '30' DAY, status = 'HEARD' WHERE person_id = ?")
                .param(victim.personId()).update();
        fixture.victimOnNewCase(victim.given(), victim.family());
        Victim third = fixture.victimOnNewCase(victim.given(), victim.family());
        UUID assessment = fixture.assess(third, 16);
        mvc.perform(get("/api/v1/cases/" + third.caseId() + "/people/" + third.personId() + "/risk-assessments/" + assessment)
                        .header("Authorization", tokens.bearer("officer.a")))
                .andExpect(jsonPath("$.maracReferralNeeded").value(true))
                .andExpect(jsonPath("$.maracCriteria.length()").value(3))
                .andExpect(jsonPath("$.explanation").value(containsString("High risk on the checklist")))
                .andExpect(jsonPath("$.explanation").value(containsString("Potential escalation")))
                .andExpect(jsonPath("$.explanation").value(containsString("Repeat")));
    }

    @Test
    void two_incidents_are_not_escalation() throws Exception {
        Victim first = fixture.newVictim();
        Victim second = fixture.victimOnNewCase(first.given(), first.family());
        fixture.assess(second, 5);
        assertThat(referralsOf(second)).isZero();
    }

    @Test
    void a_new_incident_within_twelve_months_of_the_last_referral_is_a_repeat_referral() throws Exception {
        Victim victim = fixture.newVictim();
        fixture.assess(victim, 15);
        // The first referral was made a month before the new incident.
        jdbc.sql("UPDATE marac_referral SET referred_at = referred_at - INTERVAL '30' DAY WHERE person_id = ?")
                .param(victim.personId()).update();
        Victim again = fixture.victimOnNewCase(victim.given(), victim.family());
        fixture.assess(again, 3);
        Map<String, Object> referral = queued(again);
        assertThat(referral.get("criterion")).isEqualTo("REPEAT");
        assertThat(referral.get("repeat")).isEqualTo(true);
        jdbc.sql("UPDATE marac_referral SET referred_at = referred_at - INTERVAL '30' DAY WHERE person_id = ?")
                .param(again.personId()).update();
        // A third incident after both referrals: high risk, escalation and repeat, all named; high risk first.
        fixture.assess(fixture.victimOnNewCase(victim.given(), victim.family()), 20);
        List<Map<String, Object>> all = JsonPath.read(mvc.perform(get("/api/v1/marac/referrals")
                .header("Authorization", tokens.bearer("marac"))).andReturn().getResponse().getContentAsString(), "$");
        var third = all.stream().filter(r -> r.get("personName").equals(victim.fullName()) && !r.get("personId").equals(victim.personId().toString())
                && !r.get("personId").equals(again.personId().toString())).findFirst().orElseThrow();
        assertThat(third.get("criteria")).isEqualTo(List.of("HIGH_RISK_CHECKLIST", "POTENTIAL_ESCALATION", "REPEAT"));
    }

    @Test
    void an_open_referral_is_not_duplicated_by_a_second_high_assessment() throws Exception {
        Victim victim = fixture.newVictim();
        fixture.assess(victim, 14);
        fixture.assess(victim, 18);
        assertThat(referralsOf(victim)).isEqualTo(1);
    }

    @Test
    void the_queue_is_the_coordinators_and_viewing_it_is_audited() throws Exception {
        Victim victim = fixture.newVictim();
        fixture.assess(victim, 14);
        for (String user : new String[]{"officer.a", "caseworker", "partner.harbour", "analyst", "dpo"}) {
            mvc.perform(get("/api/v1/marac/referrals").header("Authorization", tokens.bearer(user))).andExpect(status().isForbidden());
        }
        queued(victim);
        long views = jdbc.sql("""
                SELECT COUNT(*) FROM audit_entry e JOIN audit_entry_person p ON p.seq = e.seq
                WHERE e.actor = 'marac' AND e.action = 'CONSULTATION' AND p.person_id = ?""")
                .param(victim.personId()).query(Long.class).single();
        assertThat(views).isEqualTo(1);
    }
}
