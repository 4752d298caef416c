package uk.safeshare.firewall;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.test.web.servlet.MockMvc;
import uk.safeshare.cases.CrimeType;
import uk.safeshare.cases.PersonRole;
import uk.safeshare.cases.StatusBasis;
import uk.safeshare.firewall.ImmigrationEnforcementRequestDecided.Outcome;
import uk.safeshare.firewall.SharingFixture.Person;
import uk.safeshare.support.SafeShareTest;
import uk.safeshare.support.Tokens;

@SafeShareTest
@RecordApplicationEvents
class SharingRequestsApiTest {

    @Autowired MockMvc mvc;
    @Autowired Tokens tokens;
    @Autowired JdbcClient jdbc;
    @Autowired ApplicationEvents events;
    @Autowired uk.safeshare.identity.Administration administration;
    @Autowired uk.safeshare.identity.Identity identity;
    @Autowired org.springframework.transaction.support.TransactionTemplate transactions;

    SharingFixture fixture;

    @BeforeEach
    void setUp() {
        fixture = new SharingFixture(mvc, tokens);
    }

    private String inForce() {
        return jdbc.sql("SELECT id FROM protocol_version ORDER BY seq DESC LIMIT 1").query(String.class).single();
    }

    private long count(String table) {
        return jdbc.sql("SELECT COUNT(*) FROM " + table).query(Long.class).single();
    }

    private org.springframework.test.web.servlet.ResultActions getAs(String username, String url) throws Exception {
        return mvc.perform(get(url).header("Authorization", tokens.bearer(username)));
    }

    // ---- Decisions ----

    @Test
    void a_domestic_abuse_victim_with_doubts_only_is_not_shared_with_immigration_enforcement_and_is_offered_a_specialist_referral()
            throws Exception {
        Person person = fixture.domesticAbuseVictimWithDoubts();
        fixture.ask("officer.a", SharingFixture.request(person).to("IMMIGRATION_ENFORCEMENT", "INVESTIGATION"))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.status").value("PROHIBITED"))
                .andExpect(jsonPath("$.decision.outcome").value("PROHIBITED"))
                .andExpect(jsonPath("$.decision.rules[0].ruleId").value("domestic-abuse-victim-doubt-only"))
                .andExpect(jsonPath("$.decision.rules[0].reason").value(containsString("Nothing about them is shared")))
                .andExpect(jsonPath("$.decision.rules[0].source").value(containsString("recommendation 1")))
                .andExpect(jsonPath("$.decision.protocol.id").value(inForce()))
                .andExpect(jsonPath("$.decision.protocol.contentHash").value(startsWith("sha256:")))
                .andExpect(jsonPath("$.fromRecords.statusBasis").value("CONCERNS_OR_DOUBTS_ONLY"))
                .andExpect(jsonPath("$.fromRecords.crimeTypes[0]").value("DOMESTIC_ABUSE"))
                .andExpect(jsonPath("$.obligations[0].obligation").value("OFFER_SPECIALIST_REFERRAL"))
                .andExpect(jsonPath("$.obligations[0].status").value("OWED"));
    }

    @Test
    void the_request_and_its_decision_are_stored_with_the_protocol_version_and_the_sensitive_parts_encrypted() throws Exception {
        Person person = fixture.domesticAbuseVictimWithDoubts();
        String id = fixture.askForId(SharingFixture.request(person).to("IMMIGRATION_ENFORCEMENT", "INVESTIGATION"));
        var row = jdbc.sql("SELECT protocol_id, protocol_hash, outcome, facts, decision FROM sharing_request WHERE id = ?")
                .param(UUID.fromString(id)).query((rs, n) -> List.of(rs.getString(1), rs.getString(2), rs.getString(3),
                        rs.getString(4), rs.getString(5))).single();
        String hash = jdbc.sql("SELECT content_hash FROM protocol_version WHERE id = ?").param(row.get(0))
                .query(String.class).single();
        assertThat(row.get(1)).isEqualTo(hash);
        assertThat(row.get(2)).isEqualTo("PROHIBITED");
        assertThat(row.get(3)).startsWith("v1:").doesNotContain("CONCERNS_OR_DOUBTS_ONLY");
        assertThat(row.get(4)).startsWith("v1:");
    }

    @Test
    void every_request_involving_immigration_enforcement_publishes_what_monitoring_needs_allowed_or_not() throws Exception {
        Person person = fixture.domesticAbuseVictimWithDoubts();
        String id = fixture.askForId(SharingFixture.request(person).to("IMMIGRATION_ENFORCEMENT", "INVESTIGATION"));
        fixture.askForId(SharingFixture.request(person));

        List<ImmigrationEnforcementRequestDecided> published = events.stream(ImmigrationEnforcementRequestDecided.class).toList();
        assertThat(published).hasSize(1);
        ImmigrationEnforcementRequestDecided event = published.getFirst();
        assertThat(event.requestId()).isEqualTo(UUID.fromString(id));
        assertThat(event.outcome()).isEqualTo(Outcome.PROHIBITED);
        assertThat(event.statusBasis()).isEqualTo(StatusBasis.CONCERNS_OR_DOUBTS_ONLY);
        assertThat(event.role()).isEqualTo(PersonRole.VICTIM);
        assertThat(event.crimeTypes()).containsExactly(CrimeType.DOMESTIC_ABUSE);
        assertThat(event.nationality()).isEqualTo("SY");
        assertThat(event.ethnicitySelfDefined()).isNotNull();
        assertThat(event.ethnicityObserved()).isNotNull();
        assertThat(event.occurredAt()).isNotNull();
    }

    @Test
    void safeguarding_with_the_local_authority_is_permitted_and_becomes_a_disclosure_only_once_its_obligations_are_met()
            throws Exception {
        Person person = fixture.domesticAbuseVictimWithDoubts();
        String id = fixture.askForId(SharingFixture.request(person));
        getAs("officer.a", "/api/v1/sharing-requests/" + id)
                .andExpect(jsonPath("$.status").value("PERMITTED"))
                .andExpect(jsonPath("$.decision.rules[*].ruleId").value(hasItem("safeguarding-with-statutory-partners")))
                .andExpect(jsonPath("$.obligations[*].obligation").value(hasItem("TELL_PERSON_WHAT_AND_WHY")))
                .andExpect(jsonPath("$.obligations[*].obligation").value(hasItem("RECORD_LAWFUL_BASIS")));

        long disclosures = count("audit_entry WHERE action = 'DISCLOSURE'");
        fixture.post("officer.a", "/api/v1/sharing-requests/" + id + "/disclosure",
                        "{\"lawfulBasis\":\"LAW_ENFORCEMENT_NECESSITY\",\"dataCategories\":[\"IDENTITY\",\"HEALTH\"]}")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors.dataCategories").value(containsString("Health")));
        assertThat(count("sharing_disclosure")).isEqualTo(count("sharing_disclosure"));
        assertThat(count("audit_entry WHERE action = 'DISCLOSURE'")).isEqualTo(disclosures);

        fixture.post("officer.a", "/api/v1/sharing-requests/" + id + "/disclosure",
                        "{\"lawfulBasis\":\"LAW_ENFORCEMENT_NECESSITY\",\"dataCategories\":[\"IDENTITY\"]}")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("DISCLOSED"))
                .andExpect(jsonPath("$.disclosure.dataCategories[0]").value("IDENTITY"))
                .andExpect(jsonPath("$.disclosure.retentionReviewOn").exists())
                .andExpect(jsonPath("$.obligations[?(@.obligation == 'RECORD_LAWFUL_BASIS')].status").value(hasItem("MET")))
                .andExpect(jsonPath("$.obligations[?(@.obligation == 'TELL_PERSON_WHAT_AND_WHY')].status").value(hasItem("OWED")));

        String recipient = jdbc.sql("SELECT recipient FROM audit_entry WHERE action = 'DISCLOSURE' ORDER BY seq DESC LIMIT 1")
                .query(String.class).single();
        assertThat(recipient).startsWith("Local authority");

        fixture.post("officer.a", "/api/v1/sharing-requests/" + id + "/disclosure",
                        "{\"lawfulBasis\":\"LAW_ENFORCEMENT_NECESSITY\",\"dataCategories\":[\"IDENTITY\"]}")
                .andExpect(status().isConflict());

        fixture.post("caseworker", "/api/v1/sharing-requests/" + id + "/obligations/TELL_PERSON_WHAT_AND_WHY",
                        "{\"note\":\"Told in person with an Arabic interpreter on 12 January\"}")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.obligations[?(@.obligation == 'TELL_PERSON_WHAT_AND_WHY')].metBy").value(hasItem("caseworker")));
    }

    @Test
    void nothing_may_be_disclosed_before_review_or_after_a_prohibition() throws Exception {
        Person person = fixture.domesticAbuseVictimWithDoubts();
        String prohibited = fixture.askForId(SharingFixture.request(person).to("IMMIGRATION_ENFORCEMENT", "INVESTIGATION"));
        fixture.post("officer.a", "/api/v1/sharing-requests/" + prohibited + "/disclosure",
                        "{\"lawfulBasis\":\"LAW_ENFORCEMENT_NECESSITY\",\"dataCategories\":[\"IDENTITY\"]}")
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.detail").value(containsString("nothing may be shared")));
        assertThat(count("sharing_disclosure WHERE request_id = '" + prohibited + "'")).isZero();
    }

    @Test
    void evidence_of_an_offence_is_referred_to_a_supervisor_and_the_dpo_and_needs_both_to_approve() throws Exception {
        Person person = fixture.person("OTHER", "WITNESS", "EVIDENCE_OF_IMMIGRATION_OFFENCE",
                "Overstayed a visitor visa; admitted in interview", "1985-02-01");
        String id = fixture.askForId(SharingFixture.request(person).to("IMMIGRATION_ENFORCEMENT", "INVESTIGATION"));
        getAs("officer.a", "/api/v1/sharing-requests/" + id)
                .andExpect(jsonPath("$.status").value("AWAITING_REVIEW"))
                .andExpect(jsonPath("$.decision.reviewer").value("SUPERVISOR_AND_DPO"))
                .andExpect(jsonPath("$.reviewsOutstanding.length()").value(2));

        getAs("sergeant", "/api/v1/reviews")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.awaitingReview[*].id").value(hasItem(id)));
        fixture.post("sergeant", "/api/v1/sharing-requests/" + id + "/reviews",
                        SharingFixture.review("APPROVE", "Evidence is specific and recorded in interview"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("AWAITING_REVIEW"))
                .andExpect(jsonPath("$.reviewsOutstanding[0]").value("DPO"));
        fixture.post("sergeant", "/api/v1/sharing-requests/" + id + "/reviews",
                        SharingFixture.review("APPROVE", "Again"))
                .andExpect(status().isConflict());
        getAs("sergeant", "/api/v1/reviews").andExpect(jsonPath("$.awaitingReview[*].id").value(not(hasItem(id))));

        fixture.post("dpo", "/api/v1/sharing-requests/" + id + "/reviews",
                        SharingFixture.review("APPROVE", "Minimum data only: identity"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("PERMITTED"))
                .andExpect(jsonPath("$.reviews.length()").value(2));

        assertThat(events.stream(ImmigrationEnforcementRequestDecided.class).map(ImmigrationEnforcementRequestDecided::outcome))
                .containsExactly(Outcome.REFERRED_FOR_REVIEW, Outcome.APPROVED_ON_REVIEW);
    }

    @Test
    void one_refusal_refuses_and_then_nothing_is_owed_as_a_condition_of_sharing() throws Exception {
        Person person = fixture.person("OTHER", "WITNESS", "EVIDENCE_OF_IMMIGRATION_OFFENCE",
                "Overstayed a visitor visa; admitted in interview", "1985-02-01");
        String id = fixture.askForId(SharingFixture.request(person).to("IMMIGRATION_ENFORCEMENT", "INVESTIGATION"));
        fixture.post("dpo", "/api/v1/sharing-requests/" + id + "/reviews",
                        SharingFixture.review("REFUSE", "Not necessary for the investigation of the assault"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("REFUSED"))
                .andExpect(jsonPath("$.obligations[?(@.kind == 'DISCLOSURE')].status").value(not(hasItem("OWED"))));
        fixture.post("sergeant", "/api/v1/sharing-requests/" + id + "/reviews", SharingFixture.review("APPROVE", "Late"))
                .andExpect(status().isConflict());
    }

    @Test
    void the_reviewer_the_decision_names_must_review() throws Exception {
        Person person = fixture.domesticAbuseVictimWithDoubts();
        // Nothing permits sharing with another organisation for an investigation: a supervisor reviews.
        String id = fixture.askForId(SharingFixture.request(person).to("OTHER", "INVESTIGATION"));
        getAs("officer.a", "/api/v1/sharing-requests/" + id).andExpect(jsonPath("$.decision.reviewer").value("SUPERVISOR"));
        fixture.post("dpo", "/api/v1/sharing-requests/" + id + "/reviews", SharingFixture.review("APPROVE", "Fine"))
                .andExpect(status().isForbidden())
                .andExpect(jsonPath("$.detail").value(containsString("supervisor")));
        fixture.post("officer.a", "/api/v1/sharing-requests/" + id + "/reviews", SharingFixture.review("APPROVE", "Mine"))
                .andExpect(status().isForbidden());
        fixture.post("sergeant", "/api/v1/sharing-requests/" + id + "/reviews", SharingFixture.review("JUSTIFIED", "x"))
                .andExpect(status().isBadRequest());
        fixture.post("sergeant", "/api/v1/sharing-requests/" + id + "/reviews", SharingFixture.review("APPROVE", ""))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors.reasons").value("Give the reasons for your decision"));
        fixture.post("sergeant", "/api/v1/sharing-requests/" + id + "/reviews",
                        SharingFixture.review("APPROVE", "Housing needs the address to move her to safety"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("PERMITTED"));
    }

    @Test
    void a_threat_to_life_is_permitted_at_once_flagged_and_listed_for_review_afterwards_by_a_supervisor_and_the_dpo()
            throws Exception {
        Person person = fixture.domesticAbuseVictimWithDoubts();
        String id = fixture.askForId(SharingFixture.request(person).to("OTHER_POLICE_FORCE", "INVESTIGATION")
                .with("threatToLife", true)
                .with("justification", "Suspect has threatened to kill her tonight and is in the next force area"));
        getAs("officer.a", "/api/v1/sharing-requests/" + id)
                .andExpect(jsonPath("$.status").value("PERMITTED"))
                .andExpect(jsonPath("$.decision.emergency").value(true))
                .andExpect(jsonPath("$.decision.outcomeLabel").value("Permitted at once in an emergency"))
                .andExpect(jsonPath("$.retrospectiveReviewsOutstanding.length()").value(2));
        getAs("dpo", "/api/v1/reviews").andExpect(jsonPath("$.emergencyDisclosures[*].id").value(hasItem(id)));
        fixture.post("officer.a", "/api/v1/sharing-requests/" + id + "/disclosure",
                        "{\"lawfulBasis\":\"VITAL_INTERESTS\",\"dataCategories\":[\"IDENTITY\"],\"onlyMinimumShared\":true}")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("DISCLOSED"));

        fixture.post("sergeant", "/api/v1/sharing-requests/" + id + "/retrospective-reviews",
                        SharingFixture.review("JUSTIFIED", "Immediate risk to life; minimum shared"))
                .andExpect(status().isOk());
        getAs("dpo", "/api/v1/reviews").andExpect(jsonPath("$.emergencyDisclosures[*].id").value(hasItem(id)));
        fixture.post("dpo", "/api/v1/sharing-requests/" + id + "/retrospective-reviews",
                        SharingFixture.review("JUSTIFIED", "Lawful under vital interests"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.obligations[?(@.obligation == 'RETROSPECTIVE_REVIEW')].status").value(hasItem("MET")));
        getAs("dpo", "/api/v1/reviews").andExpect(jsonPath("$.emergencyDisclosures[*].id").value(not(hasItem(id))));
    }

    @Test
    void an_emergency_disclosure_must_confirm_only_the_minimum_was_shared() throws Exception {
        Person person = fixture.domesticAbuseVictimWithDoubts();
        String id = fixture.askForId(SharingFixture.request(person).to("OTHER_POLICE_FORCE", "INVESTIGATION")
                .with("threatToLife", true));
        fixture.post("officer.a", "/api/v1/sharing-requests/" + id + "/disclosure",
                        "{\"lawfulBasis\":\"VITAL_INTERESTS\",\"dataCategories\":[\"IDENTITY\"]}")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors.onlyMinimumShared").exists());
    }

    @Test
    void the_sharing_requests_about_a_person_are_listed_newest_first() throws Exception {
        Person person = fixture.domesticAbuseVictimWithDoubts();
        String first = fixture.askForId(SharingFixture.request(person));
        String second = fixture.askForId(SharingFixture.request(person).to("IMMIGRATION_ENFORCEMENT", "INVESTIGATION"));
        getAs("officer.a", "/api/v1/sharing-requests?caseId=" + person.caseId() + "&personId=" + person.personId())
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.length()").value(2))
                .andExpect(jsonPath("$[0].id").value(second))
                .andExpect(jsonPath("$[1].id").value(first));
    }

    // ---- Bad input: a clear 4xx, nothing stored ----

    @Test
    void an_unknown_person_or_a_person_not_on_the_case_is_not_found_and_nothing_is_stored() throws Exception {
        Person person = fixture.domesticAbuseVictimWithDoubts();
        Person other = fixture.domesticAbuseVictimWithDoubts();
        long before = count("sharing_request");
        fixture.ask("officer.a", SharingFixture.request(new Person(person.caseId(), UUID.randomUUID().toString())))
                .andExpect(status().isNotFound())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
        fixture.ask("officer.a", SharingFixture.request(new Person(person.caseId(), other.personId())))
                .andExpect(status().isNotFound());
        fixture.ask("officer.a", SharingFixture.request(new Person(UUID.randomUUID().toString(), person.personId())))
                .andExpect(status().isNotFound());
        assertThat(count("sharing_request")).isEqualTo(before);
    }

    @Test
    void a_missing_justification_is_refused_with_a_clear_message() throws Exception {
        Person person = fixture.domesticAbuseVictimWithDoubts();
        long before = count("sharing_request");
        fixture.ask("officer.a", SharingFixture.request(person).with("justification", " "))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors.justification").value("Explain why the information needs to be shared"));
        fixture.ask("officer.a", SharingFixture.request(person).with("justification", null).with("dataCategories", List.of()))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors.justification").exists())
                .andExpect(jsonPath("$.errors.dataCategories").value("Select at least one kind of information to share"));
        assertThat(count("sharing_request")).isEqualTo(before);
    }

    @Test
    void unknown_codes_are_refused_naming_the_codes_allowed() throws Exception {
        Person person = fixture.domesticAbuseVictimWithDoubts();
        long before = count("sharing_request");
        fixture.ask("officer.a", SharingFixture.request(person).with("purpose", "BORDER_FORCE_FRIENDS"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail").value(containsString("IMMIGRATION_STATUS_CHECK")));
        fixture.ask("officer.a", SharingFixture.request(person).with("dataCategories", List.of("SHOE_SIZE")))
                .andExpect(status().isBadRequest());
        fixture.ask("officer.a", SharingFixture.request(person).with("consent", "MAYBE"))
                .andExpect(status().isBadRequest());
        fixture.post("officer.a", "/api/v1/sharing-requests/" + UUID.randomUUID() + "/obligations/BAKE_A_CAKE", "{\"note\":\"x\"}")
                .andExpect(status().isBadRequest());
        assertThat(count("sharing_request")).isEqualTo(before);
    }

    @Test
    void a_suspicion_must_be_described_and_markup_is_refused() throws Exception {
        Person person = fixture.domesticAbuseVictimWithDoubts();
        long before = count("sharing_request");
        fixture.ask("officer.a", SharingFixture.request(person).with("suspectedOfOtherOffence", true))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors.suspicion").value(containsString("Describe what the person is suspected of")));
        fixture.ask("officer.a", SharingFixture.request(person).with("justification", "<script>alert(1)</script>"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors.justification").value(containsString("plain text")));
        assertThat(count("sharing_request")).isEqualTo(before);
    }

    @Test
    void an_unknown_request_is_not_found() throws Exception {
        getAs("officer.a", "/api/v1/sharing-requests/" + UUID.randomUUID()).andExpect(status().isNotFound());
    }

    // ---- Authorisation ----

    @Test
    void partners_and_analysts_can_neither_ask_nor_see_decisions_about_people() throws Exception {
        Person person = fixture.domesticAbuseVictimWithDoubts();
        String id = fixture.askForId(SharingFixture.request(person));
        for (String user : new String[]{"partner.harbour", "analyst", "auditor", "admin"}) {
            fixture.ask(user, SharingFixture.request(person)).andExpect(status().isForbidden());
            getAs(user, "/api/v1/sharing-requests/" + id).andExpect(status().isForbidden());
            getAs(user, "/api/v1/sharing-requests?caseId=" + person.caseId() + "&personId=" + person.personId())
                    .andExpect(status().isForbidden());
            getAs(user, "/api/v1/reviews").andExpect(status().isForbidden());
        }
    }

    @Test
    void an_officer_of_another_team_cannot_see_the_request_without_break_glass() throws Exception {
        Person person = fixture.domesticAbuseVictimWithDoubts();
        String id = fixture.askForId(SharingFixture.request(person));
        getAs("officer.b", "/api/v1/sharing-requests/" + id)
                .andExpect(status().isForbidden())
                .andExpect(jsonPath("$.detail").value(containsString("break-glass")));
        fixture.ask("officer.b", SharingFixture.request(person)).andExpect(status().isForbidden());
        fixture.post("officer.b", "/api/v1/sharing-requests/" + id + "/disclosure",
                        "{\"lawfulBasis\":\"LAW_ENFORCEMENT_NECESSITY\",\"dataCategories\":[\"IDENTITY\"]}")
                .andExpect(status().isForbidden());
        long denied = count("audit_entry WHERE action = 'ACCESS_DENIED' AND actor = 'officer.b'");
        assertThat(denied).isPositive();

        fixture.post("officer.b", "/api/v1/cases/" + person.caseId() + "/break-glass",
                "{\"reason\":\"Victim has moved to the south area; visit tonight\"}").andExpect(status().isOk());
        getAs("officer.b", "/api/v1/sharing-requests/" + id).andExpect(status().isOk());
    }

    /** A supervisor of the other team, made once for the whole test run. */
    private String supervisorOfAnotherTeam() {
        String username = "sergeant.south";
        boolean exists = jdbc.sql("SELECT COUNT(*) FROM user_account WHERE username = ?").param(username)
                .query(Long.class).single() > 0;
        if (!exists) {
            var south = identity.teams().stream().filter(t -> t.name().equals("Safeguarding Team South")).findFirst().orElseThrow();
            transactions.executeWithoutResult(status -> administration.createUser(new uk.safeshare.identity.UserCommands.CreateUser(
                    username, "Sergeant South", null, south.organisationId().value(), south.id().value(),
                    java.util.Set.of(uk.safeshare.identity.Role.SUPERVISOR), false, "Demo-Password-2026"), "system"));
        }
        return username;
    }

    @Test
    void a_supervisor_of_another_team_cannot_review_or_see_the_request() throws Exception {
        Person person = fixture.domesticAbuseVictimWithDoubts();
        String id = fixture.askForId(SharingFixture.request(person).to("OTHER", "INVESTIGATION"));
        String south = supervisorOfAnotherTeam();
        getAs(south, "/api/v1/reviews").andExpect(jsonPath("$.awaitingReview[*].id").value(not(hasItem(id))));
        fixture.post(south, "/api/v1/sharing-requests/" + id + "/reviews", SharingFixture.review("APPROVE", "Looks fine"))
                .andExpect(status().isForbidden());
        getAs(south, "/api/v1/sharing-requests/" + id).andExpect(status().isForbidden());
        getAs("officer.a", "/api/v1/sharing-requests/" + id).andExpect(jsonPath("$.reviews.length()").value(0));
    }

    @Test
    void the_api_documentation_describes_the_firewall_endpoints() throws Exception {
        mvc.perform(get("/v3/api-docs"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("/api/v1/sharing-requests/{id}/disclosure")))
                .andExpect(content().string(containsString("/api/v1/protocol/drafts/{id}/replays")));
    }

    @Test
    void only_officers_and_caseworkers_ask_and_only_supervisors_and_the_dpo_review() throws Exception {
        Person person = fixture.domesticAbuseVictimWithDoubts();
        fixture.ask("sergeant", SharingFixture.request(person)).andExpect(status().isForbidden());
        fixture.ask("caseworker", SharingFixture.request(person)).andExpect(status().isCreated());
        getAs("officer.a", "/api/v1/reviews").andExpect(status().isForbidden());
        String id = fixture.askForId(SharingFixture.request(person).to("OTHER", "INVESTIGATION"));
        fixture.post("caseworker", "/api/v1/sharing-requests/" + id + "/reviews", SharingFixture.review("APPROVE", "ok"))
                .andExpect(status().isForbidden());
        getAs("dpo", "/api/v1/sharing-requests/" + id).andExpect(status().isOk());
    }
}
