package uk.safeshare.firewall;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import jakarta.servlet.http.Cookie;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import uk.safeshare.firewall.SharingFixture.Person;
import uk.safeshare.support.SafeShareTest;
import uk.safeshare.support.TestData;
import uk.safeshare.support.Tokens;

/** Problem 8 of the usability review: a decision page says what has happened since the decision. */
@SafeShareTest
class DecisionPagesFollowWhatHappenedTest {

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

    private String harbour() throws Exception {
        String services = mvc.perform(get("/api/v1/directory?need=MIGRANT_BAME_LED_SUPPORT").header("Authorization", tokens.bearer("officer.a")))
                .andReturn().getResponse().getContentAsString();
        return JsonPath.<List<String>>read(services, "$[?(@.name == \"Harbour Migrant Women's Project\")].id").getFirst();
    }

    @Test
    void a_referral_made_from_the_offer_on_a_prohibited_request_shows_the_offer_done_with_a_link() throws Exception {
        Person person = fixture.domesticAbuseVictimWithDoubts();
        String id = fixture.askForId(SharingFixture.request(person).to("IMMIGRATION_ENFORCEMENT", "IMMIGRATION_STATUS_CHECK"));
        Cookie officer = signIn("officer.a");
        String referrals = "/cases/" + person.caseId() + "/people/" + person.personId() + "/referrals";
        mvc.perform(get("/sharing-requests/" + id).cookie(officer))
                .andExpect(content().string(containsString(referrals + "/new?need=IMMIGRATION_ADVICE&amp;sharingRequest=" + id)));
        mvc.perform(get(referrals + "/new").param("need", "IMMIGRATION_ADVICE").param("sharingRequest", id).cookie(officer))
                .andExpect(content().string(containsString("name=\"sharingRequest\" value=\"" + id + "\"")));

        LocalDate today = LocalDate.now(ZoneId.of("Europe/London"));
        mvc.perform(post(referrals).cookie(officer).with(csrf())
                        .param("sharingRequest", id).param("basis", "CONSENT").param("supportServiceId", harbour())
                        .param("needs", "MIGRANT_BAME_LED_SUPPORT").param("consentGivenBy", "the victim")
                        .param("consentDay", String.valueOf(today.getDayOfMonth())).param("consentMonth", String.valueOf(today.getMonthValue()))
                        .param("consentYear", String.valueOf(today.getYear())).param("consentMethod", "IN_PERSON")
                        .param("sharedFields", "NAME"))
                .andExpect(redirectedUrl("/sharing-requests/" + id));

        mvc.perform(get("/sharing-requests/" + id).cookie(officer))
                .andExpect(content().string(containsString("Referred to Harbour Migrant Women")))
                .andExpect(content().string(containsString("href=\"" + referrals + "\"")))
                .andExpect(content().string(not(containsString("/obligations/OFFER_SPECIALIST_REFERRAL"))))
                .andExpect(content().string(containsString("<strong class=\"govuk-tag govuk-tag--green\">Met</strong>")))
                .andExpect(content().string(not(containsString("<h2 class=\"govuk-heading-m\">Offer a referral to a specialist organisation</h2>"))));
        mvc.perform(get("/api/v1/sharing-requests/" + id).header("Authorization", tokens.bearer("officer.a")))
                .andExpect(jsonPath("$.obligations[?(@.obligation == 'OFFER_SPECIALIST_REFERRAL')].status").value(hasItem("MET")));
    }

    @Test
    void a_referral_naming_a_sharing_request_about_someone_else_is_refused_before_it_is_made() throws Exception {
        Person person = fixture.domesticAbuseVictimWithDoubts();
        Person other = fixture.domesticAbuseVictimWithDoubts();
        String id = fixture.askForId(SharingFixture.request(other).to("IMMIGRATION_ENFORCEMENT", "IMMIGRATION_STATUS_CHECK"));
        LocalDate today = LocalDate.now(ZoneId.of("Europe/London"));
        String referrals = "/cases/" + person.caseId() + "/people/" + person.personId() + "/referrals";
        mvc.perform(post(referrals).cookie(signIn("officer.a")).with(csrf())
                        .param("sharingRequest", id).param("basis", "CONSENT").param("supportServiceId", harbour())
                        .param("needs", "MIGRANT_BAME_LED_SUPPORT").param("consentGivenBy", "the victim")
                        .param("consentDay", String.valueOf(today.getDayOfMonth())).param("consentMonth", String.valueOf(today.getMonthValue()))
                        .param("consentYear", String.valueOf(today.getYear())).param("consentMethod", "IN_PERSON")
                        .param("sharedFields", "NAME"))
                .andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/cases/" + person.caseId() + "/people/" + person.personId() + "/referrals")
                        .header("Authorization", tokens.bearer("officer.a")))
                .andExpect(jsonPath("$.length()").value(0));
    }

    @Test
    void after_review_and_disclosure_the_heading_says_disclosed_not_referred_for_review() throws Exception {
        Person person = fixture.domesticAbuseVictimWithDoubts();
        String id = fixture.askForId(SharingFixture.request(person).to("OTHER", "INVESTIGATION"));
        Cookie officer = signIn("officer.a");
        mvc.perform(get("/sharing-requests/" + id).cookie(officer))
                .andExpect(content().string(containsString("<h1 class=\"govuk-heading-l\">Referred for review by")));
        fixture.post("sergeant", "/api/v1/sharing-requests/" + id + "/reviews", SharingFixture.review("APPROVE", "Necessary"))
                .andExpect(status().isOk());
        fixture.post("officer.a", "/api/v1/sharing-requests/" + id + "/disclosure",
                "{\"lawfulBasis\":\"LAW_ENFORCEMENT_NECESSITY\",\"dataCategories\":[\"IDENTITY\"]}").andExpect(status().isOk());
        mvc.perform(get("/sharing-requests/" + id).cookie(officer))
                .andExpect(content().string(containsString("<h1 class=\"govuk-heading-l\">Disclosed</h1>")))
                .andExpect(content().string(containsString("<title>Disclosed")))
                .andExpect(content().string(not(containsString("<h1 class=\"govuk-heading-l\">Referred for review"))));
    }

    @Test
    void the_officer_is_told_a_review_decided_their_request_only_once_every_reviewer_has() throws Exception {
        Person person = fixture.person("OTHER", "WITNESS", "EVIDENCE_OF_IMMIGRATION_OFFENCE",
                "Overstayed a visitor visa; admitted in interview", "1985-02-01");
        String id = fixture.askForId(SharingFixture.request(person).to("IMMIGRATION_ENFORCEMENT", "INVESTIGATION"));
        Cookie officer = signIn("officer.a");
        mvc.perform(get("/my-requests").cookie(officer)).andExpect(status().isOk());

        fixture.post("sergeant", "/api/v1/sharing-requests/" + id + "/reviews",
                SharingFixture.review("APPROVE", "Evidence is specific and recorded in interview")).andExpect(status().isOk());
        mvc.perform(get("/").cookie(officer)).andExpect(content().string(not(containsString("of your sharing requests"))));

        fixture.post("dpo", "/api/v1/sharing-requests/" + id + "/reviews",
                SharingFixture.review("APPROVE", "Minimum data only: identity")).andExpect(status().isOk());
        mvc.perform(get("/").cookie(officer))
                .andExpect(content().string(containsString("A review has decided 1 of your sharing requests.")));
    }
}
