package uk.safeshare.marac;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import uk.safeshare.firewall.Firewall;
import uk.safeshare.identity.Identity;
import uk.safeshare.support.MaracFixture;
import uk.safeshare.support.MaracFixture.Victim;
import uk.safeshare.support.SafeShareTest;
import uk.safeshare.support.Tokens;

/** Case information goes into a MARAC meeting only as a sharing request the firewall has decided (recipient MARAC). */
@SafeShareTest
class MaracSharingThroughFirewallTest {

    static final LocalDate TODAY = LocalDate.now(ZoneId.of("Europe/London"));
    static final String MEETING = "MARAC " + TODAY + " Eastfield";
    static final String DAY = TODAY.format(java.time.format.DateTimeFormatter.ofPattern("d MMMM yyyy", java.util.Locale.UK));

    @Autowired MockMvc mvc;
    @Autowired Tokens tokens;
    @Autowired JdbcClient jdbc;
    @Autowired MaracFixture fixture;
    @Autowired Firewall firewall;
    @Autowired Identity identity;

    String coordinator;
    Victim victim;
    UUID referralId;
    String url;
    String housing;

    @BeforeEach
    void aMeetingWithTheVictimOnItsAgenda() throws Exception {
        coordinator = tokens.bearer("marac");
        victim = fixture.newVictim();
        fixture.assess(victim, 16);
        referralId = jdbc.sql("SELECT id FROM marac_referral WHERE person_id = ?").param(victim.personId()).query(UUID.class).single();
        String body = as(coordinator, post("/api/v1/marac/meetings"),
                "{\"meetsOn\":\"" + TODAY + "\",\"area\":\"Eastfield\",\"chair\":\"DI Grace Mensah\"}")
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        url = "/api/v1/marac/meetings/" + JsonPath.read(body, "$.id");
        as(coordinator, post(url + "/attendees"), "{\"name\":\"Fatima Begum\",\"agency\":\"SPECIALIST_SUPPORT\",\"username\":\"partner.harbour\"}")
                .andExpect(status().isCreated());
        body = as(coordinator, post(url + "/attendees"), "{\"name\":\"Dana Whitfield\",\"agency\":\"HOUSING\"}")
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        housing = JsonPath.<List<String>>read(body, "$.attendees[-1:].id").get(0);
        as(coordinator, post(url + "/agenda"), "{\"referralId\":\"" + referralId + "\"}").andExpect(status().isOk());
    }

    private ResultActions as(String bearer, MockHttpServletRequestBuilder request, String json) throws Exception {
        return mvc.perform(request.header("Authorization", bearer).contentType(MediaType.APPLICATION_JSON).content(json));
    }

    private ResultActions as(String bearer, MockHttpServletRequestBuilder request) throws Exception {
        return mvc.perform(request.header("Authorization", bearer));
    }

    private List<String> maracRequests(String column) {
        return jdbc.sql("SELECT " + column + " FROM sharing_request WHERE person_id = ? AND recipient = 'MARAC' AND recipient_name = ?"
                        + " ORDER BY requested_at, id")
                .params(victim.personId(), MEETING).query(String.class).list();
    }

    /** The firewall's own disclosures to the meeting, told apart by their justification: read opened, as an auditor does (ADR 0015). */
    private long firewallDisclosures() throws Exception {
        String page = mvc.perform(get("/api/v1/audit/entries").param("caseId", victim.caseId().toString()).param("action", "DISCLOSURE")
                        .param("size", "100").header("Authorization", tokens.bearer("auditor")))
                .andReturn().getResponse().getContentAsString();
        java.util.List<String> justifications = com.jayway.jsonpath.JsonPath.read(page,
                "$.entries[?(@.recipient == '" + MEETING + "')].justification");
        return justifications.stream().filter(j -> j != null && j.startsWith("Case information shown to the MARAC meeting in Eastfield")).count();
    }

    @Test
    void the_decision_page_says_the_case_went_to_the_meeting_through_its_coordinator_and_names_the_meeting_in_words() throws Exception {
        as(tokens.bearer("partner.harbour"), post(url + "/acceptance")).andExpect(status().isOk());
        as(coordinator, post(url + "/acceptance")).andExpect(status().isOk());
        as(coordinator, post(url + "/attendees/" + housing + "/acceptance")).andExpect(status().isOk());
        as(coordinator, post(url + "/sharing")).andExpect(status().isOk());
        String id = jdbc.sql("SELECT id FROM sharing_request WHERE person_id = ? AND recipient = 'MARAC'")
                .param(victim.personId()).query(String.class).single();
        jakarta.servlet.http.Cookie officer = mvc.perform(org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders
                        .formLogin("/sign-in").user("officer.a").password(uk.safeshare.support.TestData.PASSWORD))
                .andReturn().getResponse().getCookie("SAFESHARE_SESSION");
        mvc.perform(get("/sharing-requests/" + id).cookie(officer))
                .andExpect(status().isOk())
                .andExpect(content().string(not(containsString("Asked by</dt>"))))
                .andExpect(content().string(containsString("How it was asked")))
                .andExpect(content().string(containsString("the MARAC meeting in Eastfield on " + DAY)))
                .andExpect(content().string(containsString("coordinating that meeting")))
                .andExpect(content().string(not(containsString(MEETING))));
    }

    @Test
    void when_every_attendee_has_accepted_the_firewall_permits_and_records_the_sharing_into_the_meeting() throws Exception {
        as(tokens.bearer("partner.harbour"), post(url + "/acceptance")).andExpect(status().isOk());
        as(coordinator, post(url + "/acceptance")).andExpect(status().isOk());
        // Every attendee has accepted, but showing the meeting is a query: nothing is shared until the
        // coordinator records the sharing, and no sharing request is made by looking.
        as(coordinator, post(url + "/attendees/" + housing + "/acceptance"))
                .andExpect(jsonPath("$.caseInformationShown").value(false))
                .andExpect(jsonPath("$.caseInformationWithheld").value(containsString("not been shared with the meeting yet")));
        as(tokens.bearer("partner.harbour"), get(url)).andExpect(jsonPath("$.caseInformationShown").value(false));
        assertThat(maracRequests("status")).isEmpty();
        assertThat(firewallDisclosures()).isZero();
        as(coordinator, post(url + "/sharing"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.caseInformationShown").value(true))
                .andExpect(jsonPath("$.caseInformationWithheld").doesNotExist())
                .andExpect(jsonPath("$.cases[0].personName").value(victim.fullName()));

        assertThat(maracRequests("status")).contains("DISCLOSED");
        String permitted = jdbc.sql("SELECT id FROM sharing_request WHERE person_id = ? AND recipient = 'MARAC' AND status = 'DISCLOSED'")
                .param(victim.personId()).query(String.class).single();
        assertThat(jdbc.sql("SELECT purpose || ' ' || outcome FROM sharing_request WHERE id = ?").param(UUID.fromString(permitted))
                .query(String.class).single()).isEqualTo("SAFEGUARDING PERMITTED_WITH_OBLIGATIONS");
        assertThat(jdbc.sql("SELECT data_categories FROM sharing_disclosure WHERE request_id = ?").param(UUID.fromString(permitted))
                .query(String.class).single()).isEqualTo("IDENTITY,OFFENCE_DETAILS,VULNERABILITY");
        assertThat(firewallDisclosures()).isEqualTo(1);

        // Showing the case again, to the coordinator or to another attendee, reads what was recorded, and
        // sharing again finds the sharing already decided and recorded: no second request or disclosure.
        as(coordinator, get(url)).andExpect(jsonPath("$.caseInformationShown").value(true));
        as(coordinator, post(url + "/sharing")).andExpect(jsonPath("$.caseInformationShown").value(true));
        as(tokens.bearer("partner.harbour"), get(url)).andExpect(jsonPath("$.cases[0].personName").value(victim.fullName()));
        assertThat(maracRequests("status").stream().filter("DISCLOSED"::equals).count()).isEqualTo(1);
        assertThat(firewallDisclosures()).isEqualTo(1);

        // It is in the person's sharing requests and their notice, with what was shared and why.
        as(tokens.bearer("officer.a"), get("/api/v1/sharing-requests?caseId=" + victim.caseId() + "&personId=" + victim.personId()))
                .andExpect(jsonPath("$[?(@.recipient == 'MARAC' && @.status == 'DISCLOSED')]").exists());
        List<Firewall.SharingRecord> notice = identity.runAs("officer.a", () -> firewall.sharingAbout(victim.caseId(), victim.personId()));
        assertThat(notice).anySatisfy(r -> {
            // In words the person understands, never the meeting's key ("MARAC 2026-12-01 Eastfield").
            assertThat(r.recipient()).doesNotContain(MEETING).contains("the meeting held in Eastfield on " + DAY)
                    .contains("plan together how to keep people at high risk of domestic abuse safe (called a MARAC)");
            assertThat(r.status()).isEqualTo("Disclosed");
            assertThat(r.informationShared()).contains("Vulnerability and risk factors");
            assertThat(r.why()).doesNotContain(MEETING).contains("plan how to keep you safe");
            assertThat(r.tellingOwed()).isTrue();
        });
    }

    @Test
    void only_the_coordinator_shares_and_only_after_accepting_the_agreement_themselves() throws Exception {
        as(tokens.bearer("partner.harbour"), post(url + "/acceptance")).andExpect(status().isOk());
        as(tokens.bearer("partner.harbour"), post(url + "/sharing")).andExpect(status().isForbidden());
        as(coordinator, post(url + "/sharing"))
                .andExpect(status().isForbidden())
                .andExpect(jsonPath("$.detail").value(containsString("not accepted")));
        assertThat(maracRequests("status")).isEmpty();
    }

    @Test
    void with_an_attendee_who_has_not_accepted_the_firewall_prohibits_and_nothing_is_shown() throws Exception {
        String partner = tokens.bearer("partner.harbour");
        as(partner, post(url + "/acceptance"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.me.accepted").value(true))
                .andExpect(jsonPath("$.allAccepted").value(false))
                .andExpect(jsonPath("$.caseInformationShown").value(false))
                .andExpect(jsonPath("$.cases").doesNotExist())
                .andExpect(jsonPath("$.minutes").doesNotExist())
                .andExpect(jsonPath("$.caseInformationWithheld").value(containsString("Not every attendee of this MARAC meeting has accepted")))
                .andExpect(content().string(not(containsString(victim.family()))));
        as(partner, get(url)).andExpect(jsonPath("$.caseInformationShown").value(false));
        assertThat(maracRequests("outcome")).isEmpty();

        // The coordinator, having accepted, shares while Housing has not: the firewall refuses, and says why.
        as(coordinator, post(url + "/acceptance")).andExpect(status().isOk());
        as(coordinator, post(url + "/sharing"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.caseInformationShown").value(false));
        as(coordinator, post(url + "/attendees/" + housing + "/acceptance"))
                .andExpect(jsonPath("$.caseInformationShown").value(false))
                .andExpect(jsonPath("$.caseInformationWithheld").value(containsString("confidentiality agreement")))
                .andExpect(content().string(not(containsString(victim.family()))));

        assertThat(maracRequests("outcome")).containsExactly("PROHIBITED");
        assertThat(maracRequests("status")).containsExactly("PROHIBITED");
        assertThat(jdbc.sql("SELECT COUNT(*) FROM sharing_disclosure d JOIN sharing_request r ON r.id = d.request_id"
                + " WHERE r.person_id = ? AND r.recipient = 'MARAC'").param(victim.personId()).query(Long.class).single()).isZero();
        assertThat(jdbc.sql("SELECT COUNT(*) FROM audit_entry WHERE action = 'DISCLOSURE' AND case_id = ? AND recipient = ?")
                .params(victim.caseId(), MEETING).query(Long.class).single()).isZero();

        // The firewall, asked directly, says the same and why.
        Firewall.MaracSharing decision = identity.runAs("partner.harbour",
                () -> firewall.decideMaracSharing(victim.caseId(), victim.personId(), MEETING, false));
        assertThat(decision.permitted()).isFalse();
        assertThat(decision.outcome()).isEqualTo("PROHIBITED");
        assertThat(decision.reasons()).anyMatch(r -> r.contains("confidentiality agreement"));
        assertThat(decision.protocolId()).isNotBlank();
        assertThat(maracRequests("outcome")).containsExactly("PROHIBITED");
    }
}
