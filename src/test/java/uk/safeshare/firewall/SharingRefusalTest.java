package uk.safeshare.firewall;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import uk.safeshare.support.SafeShareTest;
import uk.safeshare.support.Tokens;

/** F-11: refusing another team's officer tells them nothing about the case, not even its reference. */
@SafeShareTest
class SharingRefusalTest {

    @Autowired MockMvc mvc;
    @Autowired Tokens tokens;

    @Test
    void a_refused_sharing_request_does_not_reveal_another_teams_case_reference() throws Exception {
        SharingFixture fixture = new SharingFixture(mvc, tokens);
        SharingFixture.Person person = fixture.domesticAbuseVictimWithDoubts();
        String caseBody = mvc.perform(get("/api/v1/cases/" + person.caseId()).header("Authorization", tokens.bearer("officer.a")))
                .andReturn().getResponse().getContentAsString();
        String reference = JsonPath.read(caseBody, "$.reference");
        String id = fixture.askForId(SharingFixture.request(person));

        fixture.ask("officer.b", SharingFixture.request(person))
                .andExpect(status().isForbidden()).andExpect(content().string(not(containsString(reference))));
        mvc.perform(get("/api/v1/sharing-requests/" + id).header("Authorization", tokens.bearer("officer.b")))
                .andExpect(status().isForbidden()).andExpect(content().string(not(containsString(reference))));
        mvc.perform(get("/api/v1/sharing-requests").param("caseId", person.caseId()).param("personId", person.personId())
                        .header("Authorization", tokens.bearer("officer.b")))
                .andExpect(status().isForbidden()).andExpect(content().string(not(containsString(reference))));
    }
}
