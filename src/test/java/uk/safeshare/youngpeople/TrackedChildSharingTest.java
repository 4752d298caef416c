package uk.safeshare.youngpeople;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static uk.safeshare.youngpeople.YoungPeopleFixture.TODAY;
import static uk.safeshare.youngpeople.YoungPeopleFixture.aYoungPerson;

import com.jayway.jsonpath.JsonPath;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import uk.safeshare.support.SafeShareTest;
import uk.safeshare.youngpeople.YoungPeopleFixture.CasePerson;

/**
 * A child on the tracker is decided under the protocol's children rule, even where their case does not
 * record a date of birth or records a wrong one: the tracker tells the cases module, which tells the firewall.
 */
@SafeShareTest
class TrackedChildSharingTest {

    static final String CHILDREN_RULE = "children-are-vulnerable-not-suspects";

    @Autowired YoungPeopleFixture fixture;

    private List<String> rulesFired(CasePerson person) throws Exception {
        String body = fixture.send("officer.a", post("/api/v1/sharing-requests"), """
                        {"caseId":"%s","personId":"%s","organisationId":"%s","purpose":"INVESTIGATION",
                         "pathwayStage":"INVESTIGATION","dataCategories":["IDENTITY"],"lawfulBasis":"LAW_ENFORCEMENT_NECESSITY",
                         "justification":"Asked to confirm who the young person is","consent":"NOT_ASKED",
                         "suspectedOfOtherOffence":false,"threatToLife":false}""".formatted(person.caseId(), person.personId(), uk.safeshare.support.Registered.IMMIGRATION_ENFORCEMENT))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        return JsonPath.read(body, "$.decision.rules[*].ruleId");
    }

    private void track(CasePerson person, String dateOfBirth, boolean careLeaver) throws Exception {
        String id = fixture.create("officer.a", aYoungPerson().with("dateOfBirth", dateOfBirth).with("careLeaver", careLeaver));
        fixture.send("officer.a", post("/api/v1/young-people/" + id + "/cases"),
                "{\"caseId\":\"" + person.caseId() + "\",\"personId\":\"" + person.personId() + "\"}").andExpect(status().isCreated());
    }

    @Test
    void a_tracked_child_whose_case_has_no_date_of_birth_is_decided_as_a_child() throws Exception {
        CasePerson untracked = fixture.victimOnNewCase("officer.a", "MODERN_SLAVERY", null);
        assertThat(rulesFired(untracked)).doesNotContain(CHILDREN_RULE);

        CasePerson tracked = fixture.victimOnNewCase("officer.a", "MODERN_SLAVERY", null);
        track(tracked, TODAY.minusYears(16).toString(), false);
        assertThat(rulesFired(tracked)).contains(CHILDREN_RULE);
    }

    @Test
    void a_tracked_child_recorded_on_the_case_as_an_adult_is_still_decided_as_a_child() throws Exception {
        CasePerson person = fixture.victimOnNewCase("officer.a", "MODERN_SLAVERY", "1999-01-01");
        assertThat(rulesFired(person)).doesNotContain(CHILDREN_RULE);
        track(person, TODAY.minusYears(17).toString(), false);
        assertThat(rulesFired(person)).contains(CHILDREN_RULE);
    }

    @Test
    void a_care_leaver_of_twenty_is_an_adult_for_the_protocol() throws Exception {
        CasePerson person = fixture.victimOnNewCase("officer.a", "MODERN_SLAVERY", null);
        track(person, TODAY.minusYears(20).toString(), true);
        assertThat(rulesFired(person)).doesNotContain(CHILDREN_RULE);
    }
}
