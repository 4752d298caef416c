package uk.safeshare.firewall;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import jakarta.servlet.http.Cookie;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import uk.safeshare.firewall.SharingFixture.Person;
import uk.safeshare.support.SafeShareTest;
import uk.safeshare.support.TestData;
import uk.safeshare.support.Tokens;

@SafeShareTest
class MyRequestsTest {

    @Autowired MockMvc mvc;
    @Autowired Tokens tokens;

    SharingFixture fixture;

    @BeforeEach
    void fixture() {
        fixture = new SharingFixture(mvc, tokens);
    }

    private Cookie signIn(String username) throws Exception {
        return mvc.perform(formLogin("/sign-in").user(username).password(TestData.PASSWORD))
                .andReturn().getResponse().getCookie("SAFESHARE_SESSION");
    }

    @Test
    void an_officer_sees_their_own_requests_and_is_told_on_the_home_page_when_a_review_decides_one() throws Exception {
        Person person = fixture.person("OTHER", "WITNESS", "EVIDENCE_OF_IMMIGRATION_OFFENCE",
                "Overstayed a visitor visa; admitted in interview", "1985-02-01");
        String id = fixture.askForId(SharingFixture.request(person).to("IMMIGRATION_ENFORCEMENT", "INVESTIGATION"));
        Cookie officer = signIn("officer.a");
        mvc.perform(get("/my-requests").cookie(officer))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("/sharing-requests/" + id)));
        mvc.perform(get("/").cookie(officer)).andExpect(content().string(not(containsString("of your sharing requests"))));

        fixture.post("sergeant", "/api/v1/sharing-requests/" + id + "/reviews",
                SharingFixture.review("REFUSE", "Not necessary for the investigation")).andExpect(status().isOk());
        mvc.perform(get("/").cookie(officer))
                .andExpect(content().string(containsString("A review has decided 1 of your sharing requests.")));

        mvc.perform(get("/my-requests").cookie(officer)).andExpect(status().isOk());
        mvc.perform(get("/").cookie(officer)).andExpect(content().string(not(containsString("of your sharing requests"))));
    }

    @Test
    void the_api_lists_only_the_callers_own_requests_and_roles_that_cannot_ask_have_none() throws Exception {
        Person person = fixture.domesticAbuseVictimWithDoubts();
        String id = fixture.askForId(SharingFixture.request(person));
        mvc.perform(get("/api/v1/sharing-requests/mine").header("Authorization", tokens.bearer("officer.a")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[0].id").value(id));
        mvc.perform(get("/api/v1/sharing-requests/mine").header("Authorization", tokens.bearer("caseworker")))
                .andExpect(status().isOk())
                .andExpect(content().string(not(containsString(id))));
        for (String user : new String[]{"sergeant", "dpo", "partner.harbour", "analyst"}) {
            mvc.perform(get("/api/v1/sharing-requests/mine").header("Authorization", tokens.bearer(user))).andExpect(status().isForbidden());
            mvc.perform(get("/my-requests").cookie(signIn(user))).andExpect(status().isForbidden());
        }
    }
}
