package uk.safeshare.marac;

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
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import uk.safeshare.support.MaracFixture;
import uk.safeshare.support.MaracFixture.Victim;
import uk.safeshare.support.SafeShareTest;
import uk.safeshare.support.TestData;

@SafeShareTest
class MaracPagesTest {

    static final LocalDate TODAY = LocalDate.now(ZoneId.of("Europe/London"));

    @Autowired MockMvc mvc;
    @Autowired JdbcClient jdbc;
    @Autowired MaracFixture fixture;

    Victim victim;
    UUID referralId;

    @BeforeEach
    void aReferralDue() {
        victim = fixture.newVictim();
        fixture.assess(victim, 15);
        referralId = jdbc.sql("SELECT id FROM marac_referral WHERE person_id = ?").param(victim.personId()).query(UUID.class).single();
    }

    private Cookie signIn(String username) throws Exception {
        return mvc.perform(formLogin("/sign-in").user(username).password(TestData.PASSWORD))
                .andExpect(redirectedUrl("/"))
                .andReturn().getResponse().getCookie("SAFESHARE_SESSION");
    }

    private String schedule(Cookie coordinator) throws Exception {
        String location = mvc.perform(post("/marac/meetings").cookie(coordinator).with(csrf())
                        .param("day", Integer.toString(TODAY.getDayOfMonth())).param("month", Integer.toString(TODAY.getMonthValue()))
                        .param("year", Integer.toString(TODAY.getYear())).param("area", "Eastfield").param("chair", "DI Grace Mensah"))
                .andExpect(redirectedUrlPattern("/marac/meetings/*"))
                .andReturn().getResponse().getRedirectedUrl();
        return location;
    }

    @Test
    void the_coordinator_runs_a_meeting_where_an_attendee_who_has_not_accepted_cannot_see_the_case_until_they_do() throws Exception {
        Cookie coordinator = signIn("marac");
        mvc.perform(get("/marac").cookie(coordinator))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Referrals due")))
                .andExpect(content().string(containsString(victim.fullName())))
                .andExpect(content().string(containsString("High risk on the checklist")));
        String meeting = schedule(coordinator);
        mvc.perform(post(meeting + "/attendees").cookie(coordinator).with(csrf())
                        .param("name", "Fatima Begum").param("agency", "SPECIALIST_SUPPORT").param("username", "partner.harbour"))
                .andExpect(redirectedUrl(meeting));
        mvc.perform(post(meeting + "/agenda").cookie(coordinator).with(csrf()).param("referralId", referralId.toString()))
                .andExpect(redirectedUrl(meeting));
        mvc.perform(get(meeting).cookie(coordinator))
                .andExpect(content().string(containsString("I accept the confidentiality agreement")))
                .andExpect(content().string(not(containsString(victim.fullName()))));

        Cookie partner = signIn("partner.harbour");
        mvc.perform(get("/marac/attending").cookie(partner)).andExpect(content().string(containsString(meeting)));
        mvc.perform(get(meeting).cookie(partner))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("I will not pass any of it to immigration enforcement")))
                .andExpect(content().string(containsString("You have not accepted this meeting’s confidentiality agreement")))
                .andExpect(content().string(not(containsString(victim.fullName()))));
        mvc.perform(get(meeting + "/actions/new").cookie(partner)).andExpect(status().isForbidden());
        mvc.perform(post(meeting + "/acceptance").cookie(partner).with(csrf())).andExpect(redirectedUrl(meeting));
        mvc.perform(get(meeting).cookie(partner))
                .andExpect(content().string(containsString("You accepted this meeting’s confidentiality agreement")))
                .andExpect(content().string(containsString("Not every attendee of this MARAC meeting has accepted")))
                .andExpect(content().string(not(containsString(victim.fullName()))));

        mvc.perform(post(meeting + "/acceptance").cookie(coordinator).with(csrf())).andExpect(redirectedUrl(meeting));
        mvc.perform(get(meeting).cookie(coordinator))
                .andExpect(content().string(containsString("Share the cases with the meeting")))
                .andExpect(content().string(not(containsString(victim.fullName()))));
        mvc.perform(post(meeting + "/sharing").cookie(partner).with(csrf())).andExpect(status().isForbidden());
        mvc.perform(post(meeting + "/sharing").cookie(coordinator).with(csrf())).andExpect(redirectedUrl(meeting));
        mvc.perform(get(meeting).cookie(coordinator)).andExpect(content().string(containsString(victim.fullName())));
        mvc.perform(get(meeting).cookie(partner))
                .andExpect(content().string(containsString(victim.fullName())))
                .andExpect(content().string(containsString("Fear of removal")));
        mvc.perform(post(meeting + "/actions").cookie(coordinator).with(csrf())
                        .param("referralId", referralId.toString()).param("description", "Refer to the immigration advice centre for advice on status")
                        .param("ownerAgency", "IDVA").param("dueDay", Integer.toString(TODAY.plusDays(3).getDayOfMonth()))
                        .param("dueMonth", Integer.toString(TODAY.plusDays(3).getMonthValue())).param("dueYear", Integer.toString(TODAY.plusDays(3).getYear())))
                .andExpect(redirectedUrl(meeting));
        mvc.perform(post(meeting + "/minutes").cookie(coordinator).with(csrf()).param("text", "Safety plan agreed."))
                .andExpect(redirectedUrl(meeting));
        mvc.perform(get(meeting).cookie(partner))
                .andExpect(content().string(containsString("Refer to the immigration advice centre")))
                .andExpect(content().string(containsString("Safety plan agreed.")));
        mvc.perform(post(meeting + "/closure").cookie(coordinator).with(csrf())).andExpect(redirectedUrl(meeting));
        assertThat(jdbc.sql("SELECT status FROM marac_referral WHERE id = ?").param(referralId).query(String.class).single()).isEqualTo("HEARD");
    }

    @Test
    void an_immigration_enforcement_attendee_is_refused_on_the_form_with_a_clear_message() throws Exception {
        Cookie coordinator = signIn("marac");
        String meeting = schedule(coordinator);
        mvc.perform(post(meeting + "/attendees").cookie(coordinator).with(csrf())
                        .param("name", "Pat Jones").param("agency", "IMMIGRATION_ENFORCEMENT"))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("There is a problem")))
                .andExpect(content().string(containsString("Immigration enforcement is not a MARAC agency")));
        mvc.perform(post(meeting + "/attendees").cookie(coordinator).with(csrf())
                        .param("name", "Pat Jones").param("agency", "OTHER").param("organisation", "Border Force"))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("Immigration enforcement is not a MARAC agency")));
        mvc.perform(post(meeting + "/attendees").cookie(coordinator).with(csrf())
                        .param("name", "<script>").param("agency", ""))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("Select the agency")))
                .andExpect(content().string(not(containsString("<script>"))));
    }

    @Test
    void an_empty_or_hostile_meeting_form_is_explained_and_stores_nothing() throws Exception {
        Cookie coordinator = signIn("marac");
        long before = jdbc.sql("SELECT COUNT(*) FROM marac_meeting").query(Long.class).single();
        mvc.perform(post("/marac/meetings").cookie(coordinator).with(csrf()))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("Enter the date of the meeting")))
                .andExpect(content().string(containsString("href=\"#day\"")));
        mvc.perform(post("/marac/meetings").cookie(coordinator).with(csrf()).param("day", "31").param("month", "2").param("year", "2027")
                        .param("area", "<img src=x>").param("chair", "Chair"))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("must be a real date")))
                .andExpect(content().string(containsString("Area must be plain text")));
        assertThat(jdbc.sql("SELECT COUNT(*) FROM marac_meeting").query(Long.class).single()).isEqualTo(before);
    }

    @Test
    void officers_partners_and_analysts_cannot_run_marac_pages() throws Exception {
        Cookie officer = signIn("officer.a");
        mvc.perform(get("/marac").cookie(officer)).andExpect(status().isForbidden());
        mvc.perform(get("/marac/schedule").cookie(officer)).andExpect(status().isForbidden());
        mvc.perform(post("/marac/meetings").cookie(officer).with(csrf()).param("area", "x")).andExpect(status().isForbidden());
        mvc.perform(get("/marac/attending").cookie(officer)).andExpect(status().isOk());
        Cookie partner = signIn("partner.harbour");
        mvc.perform(get("/marac").cookie(partner)).andExpect(status().isForbidden());
        Cookie analyst = signIn("analyst");
        mvc.perform(get("/marac").cookie(analyst)).andExpect(status().isForbidden());
        mvc.perform(get("/marac/attending").cookie(analyst)).andExpect(status().isForbidden());
        String meeting = schedule(signIn("marac"));
        mvc.perform(get(meeting).cookie(analyst)).andExpect(status().isForbidden());
        mvc.perform(get(meeting).cookie(signIn("partner.advice"))).andExpect(status().isNotFound());
        mvc.perform(get(meeting).cookie(officer)).andExpect(status().isNotFound());
    }
}
