package uk.safeshare.monitoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;
import org.springframework.transaction.IllegalTransactionStateException;
import uk.safeshare.cases.PersonRole;
import uk.safeshare.firewall.ImmigrationEnforcementRequestDecided.Outcome;
import uk.safeshare.support.SafeShareTest;
import uk.safeshare.support.TestData;

/** The monitoring dataset, kept from the firewall's and the pathways' events. */
@SafeShareTest
class MonitoringDatasetTest extends MonitoringTestSupport {

    @Test
    void each_decision_counts_once_and_a_review_settled_before_the_cut_off_moves_its_request() {
        Instant inQuarter = Instant.parse("2019-05-10T10:00:00Z");
        long prohibitedBefore = count("2019-Q2", "ROLE", "VICTIM", "PROHIBITED");
        long approvedBefore = count("2019-Q2", "ROLE", "SUSPECT", "APPROVED_ON_REVIEW");
        long awaitingBefore = count("2019-Q2", "ROLE", "SUSPECT", "AWAITING_REVIEW");

        publish(event(UUID.randomUUID(), UUID.randomUUID(), inQuarter, Outcome.PROHIBITED, PersonRole.VICTIM, "INVESTIGATION"));
        UUID referred = UUID.randomUUID();
        publish(event(referred, UUID.randomUUID(), inQuarter, Outcome.REFERRED_FOR_REVIEW, PersonRole.SUSPECT, "INVESTIGATION"));
        assertThat(count("2019-Q2", "ROLE", "SUSPECT", "AWAITING_REVIEW")).isEqualTo(awaitingBefore + 1);

        // Settled on 5 July 2019: before 2019-Q2's cut-off (the end of July).
        publish(event(referred, UUID.randomUUID(), Instant.parse("2019-07-05T09:00:00Z"), Outcome.APPROVED_ON_REVIEW,
                PersonRole.SUSPECT, "INVESTIGATION"));
        assertThat(count("2019-Q2", "ROLE", "VICTIM", "PROHIBITED")).isEqualTo(prohibitedBefore + 1);
        assertThat(count("2019-Q2", "ROLE", "SUSPECT", "AWAITING_REVIEW")).isEqualTo(awaitingBefore);
        assertThat(count("2019-Q2", "ROLE", "SUSPECT", "APPROVED_ON_REVIEW")).isEqualTo(approvedBefore + 1);
        assertThat(count("2019-Q2", "NATIONALITY", "SY", "APPROVED_ON_REVIEW")).isPositive();
        assertThat(count("2019-Q3", "ROLE", "SUSPECT", "APPROVED_ON_REVIEW")).as("counted in the quarter the request was made").isZero();
    }

    @Test
    void a_review_settled_after_the_cut_off_is_kept_but_the_final_figures_stay_as_they_were() {
        Instant inQuarter = Instant.parse("2019-05-20T10:00:00Z");
        UUID referred = UUID.randomUUID();
        publish(event(referred, UUID.randomUUID(), inQuarter, Outcome.REFERRED_FOR_REVIEW, PersonRole.WITNESS, "INVESTIGATION"));
        long awaiting = count("2019-Q2", "ROLE", "WITNESS", "AWAITING_REVIEW");
        long refused = count("2019-Q2", "ROLE", "WITNESS", "REFUSED_ON_REVIEW");
        publish(event(referred, UUID.randomUUID(), Instant.parse("2019-09-01T09:00:00Z"), Outcome.REFUSED_ON_REVIEW,
                PersonRole.WITNESS, "INVESTIGATION"));
        assertThat(count("2019-Q2", "ROLE", "WITNESS", "AWAITING_REVIEW")).isEqualTo(awaiting);
        assertThat(count("2019-Q2", "ROLE", "WITNESS", "REFUSED_ON_REVIEW")).isEqualTo(refused);
        assertThat(jdbc.sql("SELECT COUNT(*) FROM monitoring_request WHERE quarter = '2019-Q2' AND late_outcome = 'REFUSED_ON_REVIEW'")
                .query(Long.class).single()).isPositive();
    }

    @Test
    void the_dataset_holds_no_identifier_of_the_person_or_of_the_request() {
        UUID request = UUID.randomUUID();
        UUID person = UUID.randomUUID();
        publish(event(request, person, Instant.parse("2019-04-02T10:00:00Z"), Outcome.PROHIBITED, PersonRole.VICTIM, "INVESTIGATION"));
        List<String> columns = jdbc.sql("""
                SELECT LOWER(column_name) FROM information_schema.columns WHERE LOWER(table_name) = 'monitoring_request'""")
                .query(String.class).list();
        assertThat(columns).noneMatch(c -> c.contains("person_id") || c.contains("request_id") || c.contains("case")
                || c.contains("name") || c.contains("birth") || c.contains("_at"));
        String everything = jdbc.sql("SELECT * FROM monitoring_request").query((rs, n) -> {
            StringBuilder row = new StringBuilder();
            for (int i = 1; i <= rs.getMetaData().getColumnCount(); i++) {
                row.append(rs.getString(i)).append('|');
            }
            return row.toString();
        }).list().toString();
        assertThat(everything).doesNotContain(request.toString()).doesNotContain(person.toString())
                .doesNotContain(request.toString().replace("-", ""));
    }

    @Test
    void nothing_is_counted_outside_the_transaction_that_decides() {
        assertThatThrownBy(() -> publisher.publishEvent(event(UUID.randomUUID(), UUID.randomUUID(),
                Instant.parse("2019-04-03T10:00:00Z"), Outcome.PROHIBITED, PersonRole.VICTIM, "INVESTIGATION")))
                .isInstanceOf(IllegalTransactionStateException.class);
    }

    @Test
    void a_request_decided_by_the_firewall_and_a_third_party_report_are_counted_without_anyone_entering_them() throws Exception {
        String officer = tokens.bearer("officer.a");
        String caseBody = body(mvc.perform(post("/api/v1/cases").header("Authorization", officer)
                .contentType(MediaType.APPLICATION_JSON).content(TestData.aReport().json())).andExpect(status().isCreated()));
        String caseId = JsonPath.read(caseBody, "$.id");
        String personBody = body(mvc.perform(post("/api/v1/cases/" + caseId + "/people").header("Authorization", officer)
                .contentType(MediaType.APPLICATION_JSON).content(TestData.aVictim().json())).andExpect(status().isCreated()));
        String personId = JsonPath.read(personBody, "$.id");
        String quarter = currentQuarter();
        long victims = count(quarter, "ROLE", "VICTIM", "PROHIBITED");
        long checks = count(quarter, "CHECK_ROLE", "VICTIM", "PROHIBITED");
        long reports = count(quarter, "THIRD_PARTY_REPORT", "MODERN_SLAVERY", "RECEIVED");

        mvc.perform(post("/api/v1/sharing-requests").header("Authorization", officer).contentType(MediaType.APPLICATION_JSON)
                        .content("""
                                {"caseId":"%s","personId":"%s","organisationId":"%s","purpose":"IMMIGRATION_STATUS_CHECK",
                                 "pathwayStage":"INITIAL_REPORT","dataCategories":["IDENTITY"],"lawfulBasis":"LAW_ENFORCEMENT_NECESSITY",
                                 "justification":"To find out whether she may stay","consent":"NOT_ASKED","suspectedOfOtherOffence":false,
                                 "threatToLife":false}""".formatted(caseId, personId, uk.safeshare.support.Registered.IMMIGRATION_ENFORCEMENT)))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.status").value("PROHIBITED"));
        mvc.perform(post("/api/v1/third-party-reports").header("Authorization", tokens.bearer("partner.harbour"))
                        .contentType(MediaType.APPLICATION_JSON).content("""
                                {"crimeType":"MODERN_SLAVERY","area":"Port district","whatHappened":"Made to work without pay",
                                 "victimWishes":"Advice first","policeMayContact":false}"""))
                .andExpect(status().isCreated());

        assertThat(count(quarter, "ROLE", "VICTIM", "PROHIBITED")).isEqualTo(victims + 1);
        assertThat(count(quarter, "CHECK_ROLE", "VICTIM", "PROHIBITED")).as("a check for immigration purposes").isEqualTo(checks + 1);
        assertThat(count(quarter, "THIRD_PARTY_REPORT", "MODERN_SLAVERY", "RECEIVED")).isEqualTo(reports + 1);
    }

    private static String currentQuarter() {
        var date = java.time.LocalDate.now(java.time.ZoneId.of("Europe/London"));
        return date.getYear() + "-Q" + ((date.getMonthValue() - 1) / 3 + 1);
    }
}
