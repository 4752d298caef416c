package uk.safeshare.specialist;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.modulith.test.EnableScenarios;
import org.springframework.modulith.test.Scenario;
import uk.safeshare.cases.PersonRecorded;
import uk.safeshare.cases.PersonRole;
import uk.safeshare.cases.StatusBasis;
import uk.safeshare.firewall.SharingRequestProhibited;
import uk.safeshare.pathways.ThirdPartyReporting.ThirdPartyReportBecameCase;
import uk.safeshare.support.Registered;
import uk.safeshare.support.SafeShareTest;
import uk.safeshare.support.TestData;

/** Who enters the specialist caseworker's queue, from which module's event, and that each reason counts once. */
@SafeShareTest
@EnableScenarios
class SpecialistQueueEntranceTest extends SpecialistQueueTestSupport {

    @Test
    void a_victim_whose_status_is_only_doubted_and_who_needs_an_interpreter_enters_once_with_both_reasons(Scenario scenario) throws Exception {
        UUID caseId = newCase("officer.a");
        UUID[] person = new UUID[1];
        scenario.stimulate(() -> person[0] = unchecked(() -> record("officer.a", caseId, TestData.aVictim())))
                .andWaitForEventOfType(PersonRecorded.class).matching(e -> e.personId().equals(person[0]))
                .toArriveAndVerify(e -> assertThat(e.statusBasis()).isEqualTo(StatusBasis.CONCERNS_OR_DOUBTS_ONLY));
        awaitHandled(person[0]);
        assertThat(reasons(person[0])).containsExactly("IMMIGRATION_STATUS_UNCERTAIN", "INTERPRETER_NEEDED");

        // Recorded again with the same facts: nothing new, still one entry with two reasons.
        apiPut("officer.a", "/api/v1/cases/" + caseId + "/people/" + person[0], TestData.aVictim().json()).andExpect(status().isOk());
        awaitHandled(person[0]);
        assertThat(entries(person[0])).isEqualTo(1);
        assertThat(reasons(person[0])).hasSize(2);
        assertThat(json(apiGet("caseworker", "/api/v1/specialist-queue/people/" + person[0])).get("entry").get("reasons").toString())
                .contains("Immigration status not known or only doubted", "Needs an interpreter");
    }

    @Test
    void someone_starting_to_wait_is_announced_with_their_team_once_not_again_for_each_new_reason(Scenario scenario) throws Exception {
        UUID caseId = newCase("officer.a");
        UUID[] person = new UUID[1];
        scenario.stimulate(() -> person[0] = unchecked(() -> record("officer.a", caseId, TestData.aVictim())))
                .andWaitForEventOfType(PersonWaiting.class).matching(e -> e.personId().equals(person[0]))
                .toArriveAndVerify(e -> assertThat(e.teamId()).isEqualTo(teamOf(caseId)));
        awaitHandled(person[0]);

        // A prohibited request adds a reason while they wait: still one announcement.
        apiPost("officer.a", "/api/v1/sharing-requests", """
                {"caseId":"%s","personId":"%s","organisationId":"%s","purpose":"IMMIGRATION_STATUS_CHECK","pathwayStage":"INITIAL_REPORT",
                 "dataCategories":["IDENTITY"],"lawfulBasis":"LAW_ENFORCEMENT_NECESSITY","justification":"To check her status with the Home Office.",
                 "consent":"NOT_ASKED","suspectedOfOtherOffence":false,"threatToLife":false}""".formatted(caseId, person[0], Registered.IMMIGRATION_ENFORCEMENT))
                .andExpect(status().isCreated());
        awaitHandled(person[0]);
        assertThat(reasons(person[0])).contains("SHARING_PROHIBITED");
        assertThat(announcements(person[0])).isEqualTo(1);
    }

    private UUID teamOf(UUID caseId) {
        return jdbc.sql("SELECT team_id FROM case_file WHERE id = ?").param(caseId).query(UUID.class).single();
    }

    /** How many times the person's starting to wait was published (one registry row per listener; there is one). */
    private long announcements(UUID person) {
        return jdbc.sql("SELECT COUNT(*) FROM event_publication WHERE event_type LIKE ? AND serialized_event LIKE ?")
                .params("%PersonWaiting", "%" + person + "%").query(Long.class).single();
    }

    @Test
    void suspects_and_victims_with_confirmed_status_needing_no_interpreter_do_not_enter() throws Exception {
        UUID caseId = newCase("officer.a");
        UUID suspect = record("officer.a", caseId, TestData.aVictim().withRole(PersonRole.SUSPECT));
        UUID settled = record("officer.a", caseId, TestData.aVictim().withStatus(StatusBasis.CONFIRMED_LAWFUL_STATUS, null)
                .withInterpreterNeeded(false));
        awaitHandled(suspect);
        awaitHandled(settled);
        assertThat(entries(suspect)).isZero();
        assertThat(entries(settled)).isZero();
    }

    @Test
    void a_prohibited_request_to_share_puts_the_person_in_the_queue_and_a_closed_entry_waits_again() throws Exception {
        UUID caseId = newCase("officer.a");
        UUID victim = record("officer.a", caseId, TestData.aVictim().withStatus(StatusBasis.CONFIRMED_LAWFUL_STATUS, null)
                .withInterpreterNeeded(false));
        awaitHandled(victim);
        assertThat(entries(victim)).isZero();
        // Once in the queue for another reason and closed, a prohibition brings them back, waiting.
        apiPut("officer.a", "/api/v1/cases/" + caseId + "/people/" + victim, TestData.aVictim()
                .withStatus(StatusBasis.CONFIRMED_LAWFUL_STATUS, null).json()).andExpect(status().isOk());
        awaitHandled(victim);
        apiPost("caseworker", "/api/v1/specialist-queue/people/" + victim + "/take", "").andExpect(status().isOk());
        apiPost("caseworker", "/api/v1/specialist-queue/people/" + victim + "/close", "").andExpect(status().isOk());
        assertThat(state(victim)).isEqualTo("CLOSED");

        String prohibited = json(apiPost("officer.a", "/api/v1/sharing-requests", """
                {"caseId":"%s","personId":"%s","organisationId":"%s","purpose":"IMMIGRATION_STATUS_CHECK","pathwayStage":"INITIAL_REPORT",
                 "dataCategories":["IDENTITY"],"lawfulBasis":"LAW_ENFORCEMENT_NECESSITY","justification":"To check her status with the Home Office.",
                 "consent":"NOT_ASKED","suspectedOfOtherOffence":false,"threatToLife":false}""".formatted(caseId, victim, Registered.IMMIGRATION_ENFORCEMENT))
                .andExpect(status().isCreated())).get("status").asString();
        assertThat(prohibited).isEqualTo("PROHIBITED");
        awaitHandled(victim);
        assertThat(reasons(victim)).containsExactly("INTERPRETER_NEEDED", "SHARING_PROHIBITED");
        assertThat(state(victim)).isEqualTo("WAITING");
    }

    @Test
    void a_victim_recorded_on_a_case_opened_from_a_third_party_report_enters_for_that_reason(Scenario scenario) throws Exception {
        String reportId = json(apiPost("partner.harbour", "/api/v1/third-party-reports", """
                {"crimeType":"DOMESTIC_ABUSE","area":"Eastfield","whatHappened":"A woman we support is hit by her husband.",
                 "victimWishes":"Wants it on record","policeMayContact":true,"contactRoute":"Only through the project"}""")
                .andExpect(status().isCreated())).get("id").asString();
        UUID[] caseId = new UUID[1];
        scenario.stimulate(() -> caseId[0] = unchecked(() -> UUID.fromString(json(apiPost("officer.a", "/api/v1/third-party-reports/" + reportId + "/triage",
                        "{\"status\":\"BECAME_CASE\",\"victimConsentedToACase\":true}").andExpect(status().isOk())).get("caseId").asString())))
                .andWaitForEventOfType(ThirdPartyReportBecameCase.class).matching(e -> e.caseId().equals(caseId[0]))
                .toArriveAndVerify(e -> assertThat(e.reportId().toString()).isEqualTo(reportId));
        awaitHandled(caseId[0]);
        UUID victim = record("officer.a", caseId[0], TestData.aVictim().withStatus(StatusBasis.CONFIRMED_LAWFUL_STATUS, null)
                .withInterpreterNeeded(false));
        awaitHandled(victim);
        assertThat(reasons(victim)).containsExactly("THIRD_PARTY_REPORT");
    }

    @Test
    void the_same_prohibition_told_twice_notes_its_reason_once(Scenario scenario) throws Exception {
        UUID person = queuedVictim("officer.a");
        var north = identity.teams().stream().filter(t -> t.name().equals(NORTH)).findFirst().orElseThrow().id().value();
        UUID caseId = jdbc.sql("SELECT case_id FROM specialist_queue_entry WHERE person_id = ?").param(person).query(UUID.class).single();
        for (int i = 0; i < 2; i++) {
            scenario.publish(new SharingRequestProhibited(UUID.randomUUID(), caseId, person, north, PersonRole.WITNESS, Instant.now()))
                    .andWaitForStateChange(() -> reasons(person).contains("SHARING_PROHIBITED"))
                    .andVerify(found -> assertThat(found).isTrue());
        }
        assertThat(reasons(person)).containsExactly("IMMIGRATION_STATUS_UNCERTAIN", "INTERPRETER_NEEDED", "SHARING_PROHIBITED");
    }
}
