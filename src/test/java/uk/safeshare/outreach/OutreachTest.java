package uk.safeshare.outreach;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import uk.safeshare.adoption.AdoptionTestSupport;
import uk.safeshare.support.SafeShareTest;

/** The outreach log, and third-party reports in an area by quarter around its first activity. */
@SafeShareTest
class OutreachTest extends AdoptionTestSupport {

    static final LocalDate TODAY = LocalDate.now(ZoneId.of("Europe/London"));

    @Test
    void an_activity_is_logged_and_the_areas_reports_are_shown_by_quarter_before_and_after_it_with_small_counts_hidden() throws Exception {
        String area = "Outreachton " + UUID.randomUUID().toString().substring(0, 8);
        for (int i = 0; i < 6; i++) {
            apiPost("partner.harbour", "/api/v1/third-party-reports", """
                    {"crimeType":"DOMESTIC_ABUSE","area":"%s","whatHappened":"A woman we support is hit by her husband.",
                     "victimWishes":"Wants it on record; not ready to talk to police","policeMayContact":false}""".formatted(area))
                    .andExpect(status().isCreated());
        }
        apiPost("caseworker", "/api/v1/outreach/activities", """
                {"heldOn":"%s","venueKind":"GP_PRACTICE","area":"%s","languages":["ar","ti"],"materials":"Leaflets in Arabic and Tigrinya",
                 "partner":"Harbour Migrant Women's Project","reach":40}""".formatted(TODAY.minusDays(200), area)).andExpect(status().isCreated());
        JsonNode outcomes = json(apiGet("governance", "/api/v1/outreach/outcomes").andExpect(status().isOk()));
        JsonNode mine = null;
        for (JsonNode o : outcomes) {
            if (o.get("area").asString().equals(area)) {
                mine = o;
            }
        }
        assertThat(mine).isNotNull();
        JsonNode quarters = mine.get("quarters");
        JsonNode last = quarters.get(quarters.size() - 2);
        JsonNode total = quarters.get(quarters.size() - 1);
        assertThat(quarters.get(0).get("relation").asString()).isEqualTo("before");
        assertThat(quarters.toString()).contains("\"relation\":\"first activity\"");
        assertThat(last.get("relation").asString()).isEqualTo("after");
        assertThat(last.get("thirdPartyReports").get("value").asLong()).as("the six reports made this quarter").isEqualTo(6);
        assertThat(total.get("thirdPartyReports").get("value").asLong()).isEqualTo(6);
        assertThat(total.get("activities").asInt()).isEqualTo(1);
        mvc.perform(get("/outreach").cookie(session("governance"))).andExpect(status().isOk())
                .andExpect(content().string(containsString(area)))
                .andExpect(content().string(containsString("Leaflets in Arabic and Tigrinya")));
    }

    @Test
    void a_bad_activity_is_refused_and_changes_nothing_and_only_governance_and_caseworkers_keep_the_log() throws Exception {
        long before = jdbc.sql("SELECT COUNT(*) FROM outreach_activity").query(Long.class).single();
        apiPost("caseworker", "/api/v1/outreach/activities", """
                {"heldOn":"%s","venueKind":"GP_PRACTICE","area":"Eastfield","languages":[],"reach":4}""".formatted(TODAY.plusDays(1)))
                .andExpect(status().isBadRequest());
        apiPost("caseworker", "/api/v1/outreach/activities", """
                {"heldOn":"%s","venueKind":"PUB","area":"Eastfield","languages":[],"reach":4}""".formatted(TODAY)).andExpect(status().isBadRequest());
        apiPost("caseworker", "/api/v1/outreach/activities", """
                {"heldOn":"%s","venueKind":"ONLINE","area":"Eastfield","languages":["xx"],"reach":4}""".formatted(TODAY)).andExpect(status().isBadRequest());
        apiPost("caseworker", "/api/v1/outreach/activities", """
                {"heldOn":"%s","venueKind":"ONLINE","area":"Eastfield","languages":[],"reach":-1}""".formatted(TODAY)).andExpect(status().isBadRequest());
        mvc.perform(post("/outreach").cookie(session("governance")).with(csrf()).param("heldDay", "31").param("heldMonth", "2")
                        .param("heldYear", "2026").param("venueKind", "ONLINE").param("area", "Eastfield").param("reach", "3"))
                .andExpect(status().isBadRequest()).andExpect(content().string(containsString("Error: ")));
        assertThat(jdbc.sql("SELECT COUNT(*) FROM outreach_activity").query(Long.class).single()).isEqualTo(before);
        for (String user : new String[] {"officer.a", "sergeant", "dpo", "analyst", "auditor", "admin", "partner.harbour", "marac"}) {
            apiGet(user, "/api/v1/outreach/activities").andExpect(status().isForbidden());
            apiGet(user, "/api/v1/outreach/outcomes").andExpect(status().isForbidden());
            mvc.perform(get("/outreach").cookie(session(user))).andExpect(status().isForbidden());
        }
    }
}
