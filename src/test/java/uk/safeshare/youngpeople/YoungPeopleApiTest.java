package uk.safeshare.youngpeople;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static uk.safeshare.youngpeople.YoungPeopleFixture.TODAY;
import static uk.safeshare.youngpeople.YoungPeopleFixture.aYoungPerson;

import com.jayway.jsonpath.JsonPath;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import uk.safeshare.support.SafeShareTest;
import uk.safeshare.youngpeople.YoungPeopleFixture.CasePerson;

/** The tracker through its API: need-to-know and roles, what is recorded, bad input, audit and encryption. */
@SafeShareTest
class YoungPeopleApiTest {

    @Autowired YoungPeopleFixture fixture;
    @Autowired JdbcClient jdbc;

    private long young(String table, String id) {
        return jdbc.sql("SELECT COUNT(*) FROM " + table + " WHERE young_person_id = ?").param(UUID.fromString(id))
                .query(Long.class).single();
    }

    @Test
    void the_team_sees_its_young_people_and_another_team_or_another_role_does_not() throws Exception {
        String id = fixture.create("officer.a", aYoungPerson());
        for (String sameTeam : List.of("officer.a", "caseworker", "sergeant")) {
            fixture.as(sameTeam, get("/api/v1/young-people/" + id))
                    .andExpect(status().isOk())
                    .andExpect(jsonPath("$.givenName").value("Kofi"))
                    .andExpect(jsonPath("$.age").value(15))
                    .andExpect(jsonPath("$.child").value(true));
            fixture.as(sameTeam, get("/api/v1/young-people")).andExpect(jsonPath("$[*].id", hasItem(id)));
        }
        // Another team: not found, and not in its list.
        fixture.as("officer.b", get("/api/v1/young-people/" + id)).andExpect(status().isNotFound())
                .andExpect(content().string(not(containsString("Kofi"))));
        fixture.as("officer.b", get("/api/v1/young-people")).andExpect(jsonPath("$[*].id", not(hasItem(id))));
        fixture.send("officer.b", post("/api/v1/young-people/" + id + "/vulnerabilities"),
                "{\"kind\":\"CHILD_CRIMINAL_EXPLOITATION\",\"identifiedOn\":\"" + TODAY + "\"}").andExpect(status().isNotFound());
        // Roles that do not work cases never see the tracker.
        for (String role : List.of("analyst", "governance", "partner.harbour", "marac", "auditor", "admin", "dpo")) {
            fixture.as(role, get("/api/v1/young-people/" + id)).andExpect(status().isForbidden());
            fixture.as(role, get("/api/v1/young-people")).andExpect(status().isForbidden());
            fixture.send(role, post("/api/v1/young-people"), aYoungPerson().json()).andExpect(status().isForbidden());
        }
        assertThat(young("young_person_vulnerability", id)).isZero();
    }

    @Test
    void another_team_sees_a_linked_young_person_only_after_breaking_glass_on_the_case() throws Exception {
        String id = fixture.create("officer.a", aYoungPerson());
        CasePerson victim = fixture.victimOnNewCase("officer.a", "MODERN_SLAVERY", null);
        fixture.send("officer.a", post("/api/v1/young-people/" + id + "/cases"),
                        "{\"caseId\":\"" + victim.caseId() + "\",\"personId\":\"" + victim.personId() + "\"}")
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.cases[0].caseId").value(victim.caseId()));
        // Linking to a case the caller may not see is refused.
        CasePerson south = fixture.victimOnNewCase("officer.b", "MODERN_SLAVERY", null);
        fixture.send("officer.a", post("/api/v1/young-people/" + id + "/cases"),
                "{\"caseId\":\"" + south.caseId() + "\",\"personId\":\"" + south.personId() + "\"}").andExpect(status().isForbidden());

        fixture.as("officer.b", get("/api/v1/young-people/" + id))
                .andExpect(status().isForbidden())
                .andExpect(jsonPath("$.detail").value(containsString("break-glass")));
        fixture.send("officer.b", post("/api/v1/cases/" + victim.caseId() + "/break-glass"),
                "{\"reason\":\"Found the young person missing in our area overnight\"}").andExpect(status().is2xxSuccessful());
        fixture.as("officer.b", get("/api/v1/young-people/" + id)).andExpect(status().isOk())
                .andExpect(jsonPath("$.familyName").value("Mensah"));
        List<String> audited = jdbc.sql("SELECT action FROM audit_entry WHERE actor = 'officer.b' AND details LIKE '%young person%'")
                .query(String.class).list();
        assertThat(audited).contains("CONSULTATION");
    }

    @Test
    void a_missing_episode_its_return_interview_a_change_of_risk_and_a_multi_agency_review_are_all_kept() throws Exception {
        String id = fixture.create("officer.a", aYoungPerson());
        String url = "/api/v1/young-people/" + id;
        String body = fixture.send("officer.a", post(url + "/missing-episodes"),
                        "{\"fromCare\":true,\"wentMissingAt\":\"" + TODAY.minusDays(3) + "T22:00:00Z\",\"notes\":\"Seen getting into a car on Mill Road\"}")
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.missingEpisodes[0].stillMissing").value(true))
                .andExpect(jsonPath("$.vulnerabilities[0].kind").value("MISSING"))
                .andReturn().getResponse().getContentAsString();
        String episode = JsonPath.read(body, "$.missingEpisodes[0].id");
        fixture.send("officer.a", post(url + "/missing-episodes/" + episode + "/return"),
                        "{\"returnedAt\":\"" + TODAY.minusDays(2) + "T09:00:00Z\",\"returnInterviewOn\":\"" + TODAY.minusDays(1)
                                + "\",\"returnInterviewBy\":\"Young Person Early Intervention Officer\"}")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.missingEpisodes[0].stillMissing").value(false))
                .andExpect(jsonPath("$.missingEpisodes[0].returnInterviewOverdue").value(false));
        fixture.send("officer.a", put(url + "/risk"), "{\"riskLevel\":\"HIGH\",\"reason\":\"Second episode this month; county lines concern\"}")
                .andExpect(jsonPath("$.riskLevel").value("HIGH"))
                .andExpect(jsonPath("$.riskHistory.length()").value(2))
                .andExpect(jsonPath("$.riskHistory[0].riskLevel").value("HIGH"))
                .andExpect(jsonPath("$.riskHistory[1].riskLevel").value("MEDIUM"));
        fixture.send("officer.a", post(url + "/professionals"), "{\"name\":\"Ama Boateng\",\"agency\":\"CHILDRENS_SERVICES\",\"jobRole\":\"Social worker\"}")
                .andExpect(status().isCreated()).andExpect(jsonPath("$.professionals[0].agencyLabel").value("Local authority children's services"));
        fixture.send("officer.a", post(url + "/actions"), "{\"description\":\"Safety plan for evenings\",\"owner\":\"Ama Boateng\",\"ownerAgency\":\"CHILDRENS_SERVICES\",\"dueOn\":\"" + TODAY.plusDays(5) + "\"}")
                .andExpect(status().isCreated()).andExpect(jsonPath("$.actions[0].status").value("OPEN"));
        fixture.send("officer.a", post(url + "/reviews"), "{\"heldOn\":\"" + TODAY + "\",\"agencies\":\"Police; children's services; school\",\"outcome\":\"Risk high; safety plan agreed\",\"nextReviewOn\":\"" + TODAY.plusDays(28) + "\"}")
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.nextReviewOn").value(TODAY.plusDays(28).toString()))
                .andExpect(jsonPath("$.review").value("SCHEDULED"))
                .andExpect(jsonPath("$.reviews[0].outcome").value("Risk high; safety plan agreed"));

        // Special category data is encrypted at rest.
        assertThat(jdbc.sql("SELECT notes FROM young_person_missing WHERE young_person_id = ?").param(UUID.fromString(id))
                .query(String.class).single()).startsWith("v1:").doesNotContain("Mill Road");
        assertThat(jdbc.sql("SELECT given_name FROM young_person WHERE id = ?").param(UUID.fromString(id))
                .query(String.class).single()).startsWith("v1:");
        List<String> actions = jdbc.sql("SELECT action FROM audit_entry WHERE actor = 'officer.a' AND details LIKE '%vulnerability tracker%'"
                + " AND person_ids LIKE ?").param("%" + id + "%").query(String.class).list();
        assertThat(actions).contains("COLLECTION", "ALTERATION", "CONSULTATION");
    }

    @Test
    void bad_input_is_refused_with_problem_details_and_nothing_is_stored() throws Exception {
        long before = jdbc.sql("SELECT COUNT(*) FROM young_person").query(Long.class).single();
        fixture.send("officer.a", post("/api/v1/young-people"), aYoungPerson().with("dateOfBirth", TODAY.minusYears(19).toString()).json())
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors.dateOfBirth").value(containsString("only children under 18, and care leavers")));
        fixture.send("officer.a", post("/api/v1/young-people"), aYoungPerson().with("dateOfBirth", TODAY.minusYears(26).toString())
                        .with("careLeaver", true).json())
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors.dateOfBirth").value(containsString("until they are 25")));
        fixture.send("officer.a", post("/api/v1/young-people"), aYoungPerson().with("immigrationStatus", "OVERSTAYER").json())
                .andExpect(status().isBadRequest());
        fixture.send("officer.a", post("/api/v1/young-people"), aYoungPerson().with("riskLevel", "EXTREME").json())
                .andExpect(status().isBadRequest());
        fixture.send("officer.a", post("/api/v1/young-people"), aYoungPerson().with("leadAgency", "IMMIGRATION_ENFORCEMENT").json())
                .andExpect(status().isBadRequest());
        fixture.send("officer.a", post("/api/v1/young-people"), aYoungPerson().with("riskReason", "<script>alert(1)</script>").json())
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors.riskReason").exists());
        fixture.send("officer.a", post("/api/v1/young-people"), aYoungPerson().with("nextReviewOn", TODAY.minusDays(1).toString()).json())
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors.nextReviewOn").exists());
        fixture.send("officer.a", post("/api/v1/young-people"), "{\"givenName\": 12, ")
                .andExpect(status().isBadRequest());
        assertThat(jdbc.sql("SELECT COUNT(*) FROM young_person").query(Long.class).single()).isEqualTo(before);

        String id = fixture.create("officer.a", aYoungPerson().with("careLeaver", true).with("dateOfBirth", TODAY.minusYears(20).toString()));
        fixture.as("officer.a", get("/api/v1/young-people/" + id)).andExpect(jsonPath("$.child").value(false));
        String url = "/api/v1/young-people/" + id;
        fixture.send("officer.a", post(url + "/missing-episodes"), "{\"fromCare\":false,\"wentMissingAt\":\"" + TODAY.plusDays(2) + "T10:00:00Z\"}")
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors.wentMissingAt").exists());
        fixture.send("officer.a", post(url + "/missing-episodes"), "{\"fromCare\":false,\"wentMissingAt\":\"" + TODAY.minusDays(2)
                        + "T10:00:00Z\",\"returnInterviewOn\":\"" + TODAY + "\"}")
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors.returnInterviewOn").exists());
        fixture.send("officer.a", post(url + "/vulnerabilities"), "{\"kind\":\"IMMIGRATION_OFFENDER\",\"identifiedOn\":\"" + TODAY + "\"}")
                .andExpect(status().isBadRequest());
        fixture.send("officer.a", post(url + "/reviews"), "{\"heldOn\":\"" + TODAY + "\",\"agencies\":\"Police\",\"outcome\":\"x\",\"nextReviewOn\":\"" + TODAY + "\"}")
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors.nextReviewOn").exists());
        fixture.send("officer.a", put(url + "/actions/" + UUID.randomUUID()), "{\"status\":\"DONE\"}").andExpect(status().isNotFound());
        assertThat(young("young_person_missing", id) + young("young_person_review", id) + young("young_person_vulnerability", id)).isZero();
    }

    @Test
    void the_teams_reviews_due_and_overdue_are_listed_at_their_edges() throws Exception {
        String today = fixture.create("officer.a", aYoungPerson().with("nextReviewOn", TODAY.toString()));
        String inAWeek = fixture.create("officer.a", aYoungPerson().with("nextReviewOn", TODAY.plusDays(7).toString()));
        String inEightDays = fixture.create("officer.a", aYoungPerson().with("nextReviewOn", TODAY.plusDays(8).toString()));
        String yesterday = fixture.create("officer.a", aYoungPerson().with("nextReviewOn", TODAY.toString()));
        jdbc.sql("UPDATE young_person SET next_review_on = ? WHERE id = ?").params(TODAY.minusDays(1), UUID.fromString(yesterday)).update();
        String body = fixture.as("sergeant", get("/api/v1/young-people/reviews-due")).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        assertThat(JsonPath.<List<String>>read(body, "$[?(@.id == '" + today + "')].review")).containsExactly("DUE");
        assertThat(JsonPath.<List<String>>read(body, "$[?(@.id == '" + inAWeek + "')].review")).containsExactly("DUE");
        assertThat(JsonPath.<List<String>>read(body, "$[?(@.id == '" + yesterday + "')].review")).containsExactly("OVERDUE");
        assertThat(JsonPath.<List<String>>read(body, "$[*].id")).doesNotContain(inEightDays);
        assertThat(JsonPath.<String>read(body, "$[0].review")).isEqualTo("OVERDUE");
        fixture.as("officer.b", get("/api/v1/young-people/reviews-due"))
                .andExpect(jsonPath("$[*].id", not(hasItem(today))));
    }
}
