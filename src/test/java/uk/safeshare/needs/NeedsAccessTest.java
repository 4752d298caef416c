package uk.safeshare.needs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.UUID;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import uk.safeshare.adoption.AdoptionTestSupport;
import uk.safeshare.support.SafeShareTest;

/** The needs assessment on the running service: what SafeShare holds, counted; only governance and analysts. */
@SafeShareTest
class NeedsAccessTest extends AdoptionTestSupport {

    @Test
    void victims_recorded_in_a_new_area_are_counted_there_with_small_counts_hidden() throws Exception {
        String area = "Needsby " + UUID.randomUUID().toString().substring(0, 8);
        for (int i = 0; i < 6; i++) {
            String caseId = json(apiPost("officer.a", "/api/v1/cases", """
                    {"crimeTypes":["DOMESTIC_ABUSE"],"occurredAt":"%s","area":"%s","summary":"Reported by a neighbour"}"""
                    .formatted(java.time.Instant.now().minusSeconds(3600), area)).andExpect(status().isCreated())).get("id").asString();
            apiPost("officer.a", "/api/v1/cases/" + caseId + "/people", """
                    {"role":"%s","givenName":"Amina","familyName":"Haddad","dateOfBirth":"1990-05-17","statusBasis":"NOT_KNOWN",
                     "nationality":"ER","language":"ti","interpreterNeeded":true,"safeContactMethod":"THROUGH_SUPPORT_ORGANISATION"}"""
                    .formatted(i < 5 ? "VICTIM" : "SUSPECT")).andExpect(status().isCreated());
        }
        JsonNode assessment = json(apiGet("analyst", "/api/v1/needs").andExpect(status().isOk()));
        JsonNode row = null;
        for (JsonNode table : assessment.get("tables")) {
            if (table.get("id").asString().equals("area")) {
                for (JsonNode r : table.get("rows")) {
                    if (r.get("label").asString().equals(area)) {
                        row = r;
                    }
                }
            }
        }
        assertThat(row).as("the new area is a row").isNotNull();
        assertThat(row.get("cells").get(0).get("value").asLong()).as("five victims; the suspect is not counted").isEqualTo(5);
        assertThat(row.get("cells").get(4).get("value").asLong()).isZero();
        assertThat(assessment.get("gaps").toString()).contains(area);
        mvc.perform(get("/needs").cookie(session("governance"))).andExpect(status().isOk())
                .andExpect(content().string(containsString(area)));
        mvc.perform(get("/needs/assessment.csv").cookie(session("governance"))).andExpect(status().isOk())
                .andExpect(content().string(containsString("Demand and supply by area," + area + ",Victims and witnesses,5\r\n")));
        apiGet("governance", "/api/v1/needs/assessment.ods").andExpect(status().isOk())
                .andExpect(header().string("Content-Type", containsString("opendocument.spreadsheet")));
    }

    @Test
    void a_bad_period_is_refused_and_only_governance_and_analysts_see_the_assessment() throws Exception {
        apiGet("analyst", "/api/v1/needs?from=2026-13-01&to=2026-12-01").andExpect(status().isBadRequest());
        apiGet("analyst", "/api/v1/needs?from=2026-06-01&to=2026-01-01").andExpect(status().isBadRequest());
        apiGet("analyst", "/api/v1/needs?from=2010-01-01&to=2026-01-01").andExpect(status().isBadRequest());
        apiGet("analyst", "/api/v1/needs?from=2026-01-01").andExpect(status().isBadRequest());
        mvc.perform(get("/needs").param("from", "yesterday").param("to", "2026-01-01").cookie(session("analyst")))
                .andExpect(status().isBadRequest()).andExpect(content().string(containsString("<title>Error: Needs assessment")));
        mvc.perform(get("/needs/assessment.csv").param("from", "x").cookie(session("analyst"))).andExpect(status().isBadRequest());
        for (String user : new String[] {"officer.a", "caseworker", "sergeant", "dpo", "auditor", "admin", "partner.harbour", "marac"}) {
            apiGet(user, "/api/v1/needs").andExpect(status().isForbidden());
            apiGet(user, "/api/v1/needs/assessment.csv").andExpect(status().isForbidden());
            mvc.perform(get("/needs").cookie(session(user))).andExpect(status().isForbidden());
        }
    }
}
