package uk.safeshare.marac;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
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
import uk.safeshare.support.MaracFixture;
import uk.safeshare.support.MaracFixture.Victim;
import uk.safeshare.support.SafeShareTest;
import uk.safeshare.support.Tokens;

@SafeShareTest
class MaracMeetingsApiTest {

    static final LocalDate TODAY = LocalDate.now(ZoneId.of("Europe/London"));

    @Autowired MockMvc mvc;
    @Autowired Tokens tokens;
    @Autowired JdbcClient jdbc;
    @Autowired MaracFixture fixture;

    String coordinator;
    Victim victim;
    UUID referralId;

    @BeforeEach
    void aReferralDue() {
        coordinator = tokens.bearer("marac");
        victim = fixture.newVictim();
        fixture.assess(victim, 16);
        referralId = jdbc.sql("SELECT id FROM marac_referral WHERE person_id = ?").param(victim.personId()).query(UUID.class).single();
    }

    private ResultActions as(String bearer, MockHttpServletRequestBuilder request, String json) throws Exception {
        return mvc.perform(request.header("Authorization", bearer).contentType(MediaType.APPLICATION_JSON).content(json));
    }

    private ResultActions as(String bearer, MockHttpServletRequestBuilder request) throws Exception {
        return mvc.perform(request.header("Authorization", bearer));
    }

    private String schedule(LocalDate on) throws Exception {
        String body = as(coordinator, post("/api/v1/marac/meetings"),
                "{\"meetsOn\":\"" + on + "\",\"area\":\"Eastfield\",\"chair\":\"DI Grace Mensah\"}")
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.attendees[0].username").value("marac"))
                .andReturn().getResponse().getContentAsString();
        return JsonPath.read(body, "$.id");
    }

    private String addAttendee(String meeting, String json) throws Exception {
        String body = as(coordinator, post("/api/v1/marac/meetings/" + meeting + "/attendees"), json)
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        List<String> ids = JsonPath.read(body, "$.attendees[-1:].id");
        return ids.get(0);
    }

    private long disclosuresTo(String actor, String meeting) {
        return jdbc.sql("SELECT COUNT(*) FROM audit_entry WHERE action = 'DISCLOSURE' AND actor = ? AND case_id = ? AND recipient = ?")
                .params(actor, victim.caseId(), "MARAC " + TODAY + " Eastfield").query(Long.class).single();
    }

    @Test
    void each_attendee_sees_case_information_only_after_accepting_this_meetings_agreement() throws Exception {
        String meeting = schedule(TODAY);
        String url = "/api/v1/marac/meetings/" + meeting;
        addAttendee(meeting, "{\"name\":\"Fatima Begum\",\"agency\":\"SPECIALIST_SUPPORT\",\"organisation\":\"Harbour Migrant Women's Project\",\"username\":\"partner.harbour\"}");
        String housing = addAttendee(meeting, "{\"name\":\"Dana Whitfield\",\"agency\":\"HOUSING\"}");
        as(coordinator, post(url + "/agenda"), "{\"referralId\":\"" + referralId + "\"}").andExpect(status().isOk());

        String partner = tokens.bearer("partner.harbour");
        as(partner, get(url))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.caseInformationShown").value(false))
                .andExpect(jsonPath("$.cases").doesNotExist())
                .andExpect(jsonPath("$.agendaItems").value(1))
                .andExpect(jsonPath("$.caseInformationWithheld").value(containsString("You have not accepted")))
                .andExpect(jsonPath("$.agreement.text").value(containsString("I will not pass any of it to immigration enforcement")))
                .andExpect(content().string(not(containsString(victim.family()))));
        assertThat(disclosuresTo("partner.harbour", meeting)).isZero();

        // Having accepted lets the partner into the meeting, but the firewall shares nothing into it
        // until every attendee listed has accepted.
        as(partner, post(url + "/acceptance"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.me.accepted").value(true))
                .andExpect(jsonPath("$.caseInformationShown").value(false))
                .andExpect(jsonPath("$.caseInformationWithheld").value(containsString("Not every attendee of this MARAC meeting has accepted")))
                .andExpect(content().string(not(containsString(victim.family()))));
        assertThat(disclosuresTo("partner.harbour", meeting)).isZero();

        // The coordinator presents to the room: not until they, and everyone present, have accepted.
        as(coordinator, get(url)).andExpect(jsonPath("$.caseInformationShown").value(false))
                .andExpect(jsonPath("$.caseInformationWithheld").value(containsString("You have not accepted")));
        as(coordinator, post(url + "/acceptance")).andExpect(jsonPath("$.caseInformationShown").value(false))
                .andExpect(jsonPath("$.caseInformationWithheld").value(containsString("1 attendee has not accepted the confidentiality agreement (Dana Whitfield)")));
        as(coordinator, post(url + "/attendees/" + housing + "/acceptance"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.allAccepted").value(true))
                .andExpect(jsonPath("$.caseInformationShown").value(false))
                .andExpect(jsonPath("$.attendees[2].acceptanceRecordedBy").value("marac"));
        as(coordinator, post(url + "/sharing")).andExpect(jsonPath("$.caseInformationShown").value(true));

        as(partner, get(url))
                .andExpect(jsonPath("$.caseInformationShown").value(true))
                .andExpect(jsonPath("$.cases[0].personName").value(victim.fullName()))
                .andExpect(jsonPath("$.cases[0].criterion").value("HIGH_RISK_CHECKLIST"))
                .andExpect(jsonPath("$.cases[0].yesCount").value(16))
                .andExpect(jsonPath("$.cases[0].immigrationFactors[0]").value("FEAR_OF_REMOVAL_STOPS_REPORTING"));
        assertThat(disclosuresTo("partner.harbour", meeting)).isEqualTo(1);
        // The stored justification is sealed under the person's audit key (ADR 0015); the auditor reads it opened.
        as(tokens.bearer("auditor"), get("/api/v1/audit/entries").param("caseId", victim.caseId().toString())
                .param("action", "DISCLOSURE").param("actor", "partner.harbour"))
                .andExpect(jsonPath("$.entries[0].justification").value(org.hamcrest.Matchers.startsWith("MARAC confidentiality agreement v1 accepted at ")));
    }

    @Test
    void an_acceptance_at_one_meeting_does_not_carry_over_to_the_next() throws Exception {
        String first = schedule(TODAY);
        String second = schedule(TODAY);
        as(coordinator, post("/api/v1/marac/meetings/" + first + "/acceptance")).andExpect(status().isOk());
        as(coordinator, post("/api/v1/marac/meetings/" + second + "/agenda"), "{\"referralId\":\"" + referralId + "\"}")
                .andExpect(status().isOk());
        as(coordinator, get("/api/v1/marac/meetings/" + second))
                .andExpect(jsonPath("$.caseInformationShown").value(false))
                .andExpect(jsonPath("$.cases").doesNotExist());
    }

    @Test
    void the_agreement_is_accepted_on_the_day_of_the_meeting_not_before() throws Exception {
        String meeting = schedule(TODAY.plusDays(7));
        as(coordinator, post("/api/v1/marac/meetings/" + meeting + "/acceptance"))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.detail").value(containsString("at the start of the meeting")));
    }

    @Test
    void someone_with_an_account_accepts_for_themselves_and_nobody_else_can() throws Exception {
        String meeting = schedule(TODAY);
        String partner = addAttendee(meeting, "{\"name\":\"Fatima Begum\",\"agency\":\"SPECIALIST_SUPPORT\",\"username\":\"partner.harbour\"}");
        as(coordinator, post("/api/v1/marac/meetings/" + meeting + "/attendees/" + partner + "/acceptance"))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.detail").value(containsString("accepts the agreement themselves")));
    }

    @Test
    void immigration_enforcement_cannot_be_added_as_an_attendee_under_any_name() throws Exception {
        String meeting = schedule(TODAY);
        String url = "/api/v1/marac/meetings/" + meeting + "/attendees";
        as(coordinator, post(url), "{\"name\":\"Pat Jones\",\"agency\":\"IMMIGRATION_ENFORCEMENT\"}")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors.agency").value(containsString("Immigration enforcement is not a MARAC agency")));
        as(coordinator, post(url), "{\"name\":\"Pat Jones\",\"agency\":\"OTHER\",\"organisation\":\"Home Office Immigration Enforcement\"}")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors.organisation").value(containsString("Immigration enforcement is not a MARAC agency")));
        as(coordinator, post(url), "{\"name\":\"Pat Jones\",\"agency\":\"Border Force\"}")
                .andExpect(status().isBadRequest());
        as(coordinator, post(url), "{\"name\":\"Pat Jones\",\"agency\":\"FIRE\"}")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors.agency").value(containsString("must be one of POLICE")));
        long attendees = jdbc.sql("SELECT COUNT(*) FROM marac_attendee WHERE meeting_id = ?").param(UUID.fromString(meeting))
                .query(Long.class).single();
        assertThat(attendees).isEqualTo(1);
    }

    @Test
    void actions_and_minutes_need_the_agreement_and_refuse_immigration_enforcement_and_hostile_text() throws Exception {
        String meeting = schedule(TODAY);
        String url = "/api/v1/marac/meetings/" + meeting;
        as(coordinator, post(url + "/agenda"), "{\"referralId\":\"" + referralId + "\"}").andExpect(status().isOk());
        String action = "{\"referralId\":\"" + referralId + "\",\"description\":\"Offer a place at a refuge that accepts women with no recourse to public funds\",\"ownerAgency\":\"IDVA\",\"dueOn\":\"" + TODAY.plusDays(7) + "\"}";
        as(coordinator, post(url + "/actions"), action).andExpect(status().isForbidden())
                .andExpect(jsonPath("$.detail").value(containsString("not accepted")));
        as(coordinator, post(url + "/acceptance")).andExpect(status().isOk());
        as(coordinator, post(url + "/sharing")).andExpect(status().isOk());
        as(coordinator, post(url + "/actions"), action.replace("IDVA", "IMMIGRATION_ENFORCEMENT"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors.ownerAgency").value(containsString("Immigration enforcement is not a MARAC agency")));
        as(coordinator, post(url + "/actions"), action.replace(TODAY.plusDays(7).toString(), TODAY.minusDays(1).toString()))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors.dueOn").exists());
        as(coordinator, post(url + "/actions"), action.replace("Offer a place", "<script>x</script>"))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors.description").exists());
        as(coordinator, post(url + "/actions"), action.replace(referralId.toString(), UUID.randomUUID().toString()))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors.referralId").exists());
        String body = as(coordinator, post(url + "/actions"), action).andExpect(status().isCreated())
                .andExpect(jsonPath("$.cases[0].actions[0].ownerAgency").value("IDVA"))
                .andExpect(jsonPath("$.cases[0].actions[0].status").value("OPEN"))
                .andReturn().getResponse().getContentAsString();
        String actionId = JsonPath.read(body, "$.cases[0].actions[0].id");
        as(coordinator, put(url + "/actions/" + actionId), "{\"status\":\"DONE\"}")
                .andExpect(jsonPath("$.cases[0].actions[0].status").value("DONE"));
        as(coordinator, put(url + "/actions/" + actionId), "{\"status\":\"FORGOTTEN\"}").andExpect(status().isBadRequest());
        as(coordinator, put(url + "/minutes"), "{\"text\":\"<iframe src=x>\"}").andExpect(status().isBadRequest());
        as(coordinator, put(url + "/minutes"), "{\"text\":\"" + "m".repeat(20001) + "\"}").andExpect(status().isBadRequest());
        as(coordinator, put(url + "/minutes"), "{\"text\":\"Agreed a safety plan; IDVA to offer refuge.\"}")
                .andExpect(jsonPath("$.minutes").value("Agreed a safety plan; IDVA to offer refuge."));
        String stored = jdbc.sql("SELECT minutes FROM marac_meeting WHERE id = ?").param(UUID.fromString(meeting)).query(String.class).single();
        assertThat(stored).startsWith("v1:");
        as(coordinator, post(url + "/closure")).andExpect(jsonPath("$.status").value("CLOSED"));
        String status = jdbc.sql("SELECT status FROM marac_referral WHERE id = ?").param(referralId).query(String.class).single();
        assertThat(status).isEqualTo("HEARD");
        as(coordinator, post(url + "/attendees"), "{\"name\":\"Late Comer\",\"agency\":\"POLICE\"}").andExpect(status().isConflict());
    }

    @Test
    void bad_meeting_requests_are_refused_and_store_nothing() throws Exception {
        long before = jdbc.sql("SELECT COUNT(*) FROM marac_meeting").query(Long.class).single();
        as(coordinator, post("/api/v1/marac/meetings"), "{}").andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors.meetsOn").value("Enter the date of the meeting"))
                .andExpect(jsonPath("$.errors.area").exists());
        as(coordinator, post("/api/v1/marac/meetings"), "{\"meetsOn\":\"" + TODAY.minusDays(1) + "\",\"area\":\"A\",\"chair\":\"B\"}")
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors.meetsOn").value(containsString("today or in the future")));
        as(coordinator, post("/api/v1/marac/meetings"), "{\"meetsOn\":\"31/12/2026\",\"area\":\"A\",\"chair\":\"B\"}")
                .andExpect(status().isBadRequest());
        as(coordinator, post("/api/v1/marac/meetings"), "{\"meetsOn\":\"" + TODAY + "\",\"area\":\"<b>A</b>\",\"chair\":\"B\",\"secret\":1}")
                .andExpect(status().isBadRequest());
        assertThat(jdbc.sql("SELECT COUNT(*) FROM marac_meeting").query(Long.class).single()).isEqualTo(before);
        String meeting = schedule(TODAY);
        as(coordinator, post("/api/v1/marac/meetings/" + meeting + "/agenda"), "{\"referralId\":\"" + UUID.randomUUID() + "\"}")
                .andExpect(status().isBadRequest());
        as(coordinator, post("/api/v1/marac/meetings/" + meeting + "/attendees"), "{\"name\":\"Sam\",\"agency\":\"POLICE\",\"username\":\"nobody.here\"}")
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors.username").value(containsString("no SafeShare account")));
        as(coordinator, post("/api/v1/marac/meetings/" + meeting + "/attendees"), "{\"name\":\"Ian Price\",\"agency\":\"OTHER\",\"username\":\"analyst\"}")
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors.username").value(containsString("do not allow them to attend")));
    }

    @Test
    void only_the_coordinator_runs_meetings_and_only_attendees_open_them() throws Exception {
        String meeting = schedule(TODAY);
        String url = "/api/v1/marac/meetings/" + meeting;
        for (String user : new String[]{"officer.a", "caseworker", "partner.harbour", "dpo"}) {
            String bearer = tokens.bearer(user);
            as(bearer, get("/api/v1/marac/meetings")).andExpect(status().isForbidden());
            as(bearer, post("/api/v1/marac/meetings"), "{\"meetsOn\":\"" + TODAY + "\",\"area\":\"A\",\"chair\":\"B\"}").andExpect(status().isForbidden());
            as(bearer, post(url + "/agenda"), "{\"referralId\":\"" + referralId + "\"}").andExpect(status().isForbidden());
            as(bearer, get(url)).andExpect(status().isNotFound());
            as(bearer, post(url + "/acceptance")).andExpect(status().isNotFound());
        }
        for (String user : new String[]{"analyst", "auditor", "admin", "governance"}) {
            String bearer = tokens.bearer(user);
            as(bearer, get(url)).andExpect(status().isForbidden());
            as(bearer, get("/api/v1/marac/attending")).andExpect(status().isForbidden());
            as(bearer, get("/api/v1/marac/referrals")).andExpect(status().isForbidden());
        }
        String partner = addAttendee(meeting, "{\"name\":\"Fatima Begum\",\"agency\":\"SPECIALIST_SUPPORT\",\"username\":\"partner.harbour\"}");
        as(tokens.bearer("partner.harbour"), get("/api/v1/marac/attending"))
                .andExpect(jsonPath("$[?(@.id == '" + meeting + "')]").exists());
        as(tokens.bearer("partner.advice"), get(url)).andExpect(status().isNotFound());
        as(coordinator, delete(url + "/attendees/" + partner)).andExpect(status().isNoContent());
        as(tokens.bearer("partner.harbour"), get(url)).andExpect(status().isNotFound());
    }

    @Test
    void the_risk_and_marac_endpoints_are_described_by_openapi() throws Exception {
        mvc.perform(get("/v3/api-docs"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.paths['/api/v1/cases/{caseId}/people/{personId}/risk-assessments'].post").exists())
                .andExpect(jsonPath("$.paths['/api/v1/marac/meetings/{meetingId}/acceptance'].post").exists())
                .andExpect(jsonPath("$.paths['/api/v1/marac/referrals'].get").exists());
    }
}
