package uk.safeshare.firewall;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import jakarta.servlet.http.Cookie;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import uk.safeshare.firewall.SharingFixture.Person;
import uk.safeshare.support.Registered;
import uk.safeshare.support.SafeShareTest;
import uk.safeshare.support.TestData;
import uk.safeshare.support.Tokens;

@SafeShareTest
class SharingPagesTest {

    @Autowired MockMvc mvc;
    @Autowired Tokens tokens;
    @Autowired JdbcClient jdbc;

    SharingFixture fixture;

    @BeforeEach
    void setUp() {
        fixture = new SharingFixture(mvc, tokens);
    }

    private Cookie signIn(String username) throws Exception {
        return mvc.perform(formLogin("/sign-in").user(username).password(TestData.PASSWORD))
                .andExpect(redirectedUrl("/"))
                .andReturn().getResponse().getCookie("SAFESHARE_SESSION");
    }

    private String inForce() {
        return jdbc.sql("SELECT id FROM protocol_version ORDER BY seq DESC LIMIT 1").query(String.class).single();
    }

    private long count(String table) {
        return jdbc.sql("SELECT COUNT(*) FROM " + table).query(Long.class).single();
    }

    private static String base(Person person) {
        return "/cases/" + person.caseId() + "/people/" + person.personId() + "/sharing-requests";
    }

    /** The question page filled in as an officer would: every question answered. */
    private static MockHttpServletRequestBuilder answered(Person person, Cookie session, String recipient, String purpose) {
        return post(base(person)).cookie(session).with(csrf())
                .param("organisationId", recipient.matches("[A-Z_]+") && !recipient.equals("THE_NEWSPAPERS")
                        ? Registered.in(recipient) : recipient).param("purpose", purpose).param("pathwayStage", "INVESTIGATION")
                .param("dataCategories", "IDENTITY").param("dataCategories", "LOCATION")
                .param("lawfulBasis", "LAW_ENFORCEMENT_NECESSITY")
                .param("justification", "Immigration enforcement asked whether she is known to us")
                .param("consent", "NOT_ASKED").param("suspectedOfOtherOffence", "no").param("threatToLife", "no");
    }

    @Test
    void an_officers_request_about_a_domestic_abuse_victim_with_doubts_only_is_prohibited_and_the_page_offers_a_specialist_referral()
            throws Exception {
        Person person = fixture.domesticAbuseVictimWithDoubts();
        Cookie session = signIn("officer.a");

        mvc.perform(get("/cases/" + person.caseId() + "/people/" + person.personId()).cookie(session))
                .andExpect(content().string(containsString("Ask to share information")))
                .andExpect(content().string(containsString(base(person) + "/new")));
        mvc.perform(get(base(person) + "/new").cookie(session))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Who would the information go to?")))
                .andExpect(content().string(containsString("Concerns or doubts only")));

        String location = mvc.perform(answered(person, session, "IMMIGRATION_ENFORCEMENT", "INVESTIGATION"))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrlPattern("/sharing-requests/*"))
                .andReturn().getResponse().getRedirectedUrl();

        mvc.perform(get(location).cookie(session))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Sharing is prohibited")))
                .andExpect(content().string(containsString("Domestic abuse victims: doubt about status is never a reason to share")))
                .andExpect(content().string(containsString("Source: <span>Safe to share? (HMICFRS, College of Policing and IOPC, December 2020), recommendation 1")))
                .andExpect(content().string(containsString("Offer a referral to a specialist organisation")))
                .andExpect(content().string(containsString("Harbour Migrant Women")))
                .andExpect(content().string(containsString(inForce())))
                .andExpect(content().string(not(containsString("Record the disclosure"))));

        // The referral offered is recorded against the obligation, with who and how.
        mvc.perform(post(location + "/obligations/OFFER_SPECIALIST_REFERRAL").cookie(session).with(csrf())
                        .param("note", "Offered Harbour Migrant Women's Project; she agreed to a call"))
                .andExpect(redirectedUrl(location));
        mvc.perform(get(location).cookie(session))
                .andExpect(content().string(containsString("she agreed to a call")));
        mvc.perform(get(base(person)).cookie(session))
                .andExpect(content().string(containsString("Prohibited")));
    }

    @Test
    void a_domestic_abuse_victim_with_doubts_only_is_prohibited_via_the_api_and_the_page_offers_a_specialist_referral()
            throws Exception {
        Person person = fixture.domesticAbuseVictimWithDoubts();
        String body = fixture.ask("officer.a", SharingFixture.request(person).to("IMMIGRATION_ENFORCEMENT", "IMMIGRATION_STATUS_CHECK"))
                .andExpect(status().isCreated())
                .andReturn().getResponse().getContentAsString();
        assertThat((String) com.jayway.jsonpath.JsonPath.read(body, "$.decision.outcome")).isEqualTo("PROHIBITED");
        String id = com.jayway.jsonpath.JsonPath.read(body, "$.id");
        mvc.perform(get("/sharing-requests/" + id).cookie(signIn("officer.a")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Sharing is prohibited")))
                .andExpect(content().string(containsString("No check whose only purpose is to establish a victim")))
                .andExpect(content().string(containsString("Offer a referral to a specialist organisation")))
                .andExpect(content().string(containsString("Harbour Migrant Women")))
                .andExpect(content().string(containsString("Northmoor Immigration Advice Centre")))
                .andExpect(content().string(containsString("/cases/" + person.caseId() + "/people/" + person.personId()
                        + "/referrals/new?need=IMMIGRATION_ADVICE")))
                .andExpect(content().string(containsString("/sharing-requests/" + id + "/obligations/OFFER_SPECIALIST_REFERRAL")));
    }

    @Test
    void an_empty_request_form_shows_every_problem_and_stores_nothing() throws Exception {
        Person person = fixture.domesticAbuseVictimWithDoubts();
        Cookie session = signIn("officer.a");
        long before = count("sharing_request");
        mvc.perform(post(base(person)).cookie(session).with(csrf()))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("There is a problem")))
                .andExpect(content().string(containsString("Select who the information would go to")))
                .andExpect(content().string(containsString("Explain why the information needs to be shared")))
                .andExpect(content().string(containsString("Select at least one kind of information to share")))
                .andExpect(content().string(containsString("Select whether someone&#39;s life is at risk")))
                .andExpect(content().string(containsString("href=\"#organisationId\"")));
        assertThat(count("sharing_request")).isEqualTo(before);
    }

    @Test
    void a_code_the_form_never_offered_is_a_clear_error() throws Exception {
        Person person = fixture.domesticAbuseVictimWithDoubts();
        Cookie session = signIn("officer.a");
        long before = count("sharing_request");
        mvc.perform(answered(person, session, "THE_NEWSPAPERS", "INVESTIGATION"))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("Select an organisation from the register, or say it is not in the register")));
        mvc.perform(answered(person, session, "OTHER", "THE_NEWSPAPERS"))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("Select one of the options shown")));
        assertThat(count("sharing_request")).isEqualTo(before);
    }

    @Test
    void a_supervisor_reviews_from_the_queue_and_an_officer_records_the_disclosure() throws Exception {
        Person person = fixture.domesticAbuseVictimWithDoubts();
        Cookie officer = signIn("officer.a");
        String location = mvc.perform(answered(person, officer, "OTHER", "INVESTIGATION"))
                .andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
        mvc.perform(get(location).cookie(officer))
                .andExpect(content().string(containsString("Referred for review by a supervisor")))
                .andExpect(content().string(not(containsString("Your review"))));

        Cookie sergeant = signIn("sergeant");
        mvc.perform(get("/reviews").cookie(sergeant))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString(location)));
        mvc.perform(post(location + "/review").cookie(sergeant).with(csrf()).param("verdict", "APPROVE"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Give the reasons for your decision")));
        mvc.perform(post(location + "/review").cookie(sergeant).with(csrf()).param("verdict", "APPROVE")
                        .param("capacity", "SUPERVISOR").param("reasons", "Housing needs her address to move her to safety"))
                .andExpect(redirectedUrl(location));

        // The heading follows where the request is now; what the protocol decided stays on the page.
        mvc.perform(get(location).cookie(officer))
                .andExpect(content().string(containsString("Record the disclosure")))
                .andExpect(content().string(containsString(
                        "<h1 class=\"govuk-heading-l\">Permitted: obligations to meet before sharing</h1>")))
                .andExpect(content().string(containsString("The protocol decided: <span>Referred for review")));
        mvc.perform(post(location + "/disclosure").cookie(officer).with(csrf())
                        .param("disclosureLawfulBasis", "LAW_ENFORCEMENT_NECESSITY"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Select the information that was shared")));
        mvc.perform(post(location + "/disclosure").cookie(officer).with(csrf())
                        .param("disclosureLawfulBasis", "LAW_ENFORCEMENT_NECESSITY")
                        .param("disclosureDataCategories", "LOCATION"))
                .andExpect(redirectedUrl(location));
        mvc.perform(get(location).cookie(officer))
                .andExpect(content().string(containsString("Disclosed by")))
                .andExpect(content().string(containsString("Record reviewed for deletion on")));
    }

    @Test
    void only_reviewers_open_the_queue_and_partners_and_analysts_open_no_sharing_page() throws Exception {
        Person person = fixture.domesticAbuseVictimWithDoubts();
        String id = fixture.askForId(SharingFixture.request(person));
        mvc.perform(get("/reviews").cookie(signIn("officer.a"))).andExpect(status().isForbidden());
        mvc.perform(get("/reviews").cookie(signIn("dpo"))).andExpect(status().isOk());
        for (String user : new String[]{"partner.harbour", "analyst"}) {
            Cookie session = signIn(user);
            mvc.perform(get("/sharing-requests/" + id).cookie(session)).andExpect(status().isForbidden());
            mvc.perform(get(base(person) + "/new").cookie(session)).andExpect(status().isForbidden());
            mvc.perform(get("/reviews").cookie(session)).andExpect(status().isForbidden());
        }
        mvc.perform(get("/sharing-requests/" + id).cookie(signIn("officer.b")))
                .andExpect(status().isForbidden())
                .andExpect(content().string(containsString("break-glass")));
    }
}
