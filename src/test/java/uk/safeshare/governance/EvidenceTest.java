package uk.safeshare.governance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;
import uk.safeshare.identity.Identity;
import uk.safeshare.marac.MaracFigures;
import uk.safeshare.monitoring.MonitoringFigures;
import uk.safeshare.risk.RiskFigures;
import uk.safeshare.support.SafeShareTest;

/** The tracker's evidence is the source modules' own figures, read when asked, never copied. */
@SafeShareTest
class EvidenceTest extends GovernanceTestSupport {

    @Autowired RiskFigures risk;
    @Autowired MaracFigures marac;
    @Autowired MonitoringFigures monitoring;
    @Autowired Identity identity;

    private JsonNode evidence(String code, int index) throws Exception {
        return json(apiGet("dpo", "/api/v1/governance/items/" + code).andExpect(status().isOk())).get("evidence").get(index);
    }

    private static List<String> cells(JsonNode row) {
        List<String> cells = new ArrayList<>();
        row.get("cells").forEach(c -> cells.add(c.asString()));
        return cells;
    }

    @Test
    void requests_to_immigration_enforcement_by_outcome_are_the_published_monitoring_tables_as_the_statistics_api_shows_them() throws Exception {
        JsonNode ev = evidence("R1", 0);
        assertThat(ev.get("rows").size()).as("the demo force has published quarters").isPositive();
        for (JsonNode row : ev.get("rows")) {
            String quarter = row.get("label").asString();
            JsonNode published = json(apiGet("analyst", "/api/v1/statistics/quarters/" + quarter + "/tables/role").andExpect(status().isOk()));
            JsonNode total = null;
            for (JsonNode r : published.get("rows")) {
                if (r.get("label").asString().equals("Total")) {
                    total = r;
                }
            }
            List<String> expected = new ArrayList<>();
            total.get("cells").forEach(c -> expected.add(c.get("value") == null || c.get("value").isNull() ? c.get("symbol").asString()
                    : java.text.NumberFormat.getIntegerInstance(java.util.Locale.UK).format(c.get("value").asLong())));
            assertThat(cells(row)).as(quarter).isEqualTo(expected);
        }
        JsonNode last = evidence("R7", 0).get("rows").get(0);
        String newest = json(apiGet("analyst", "/api/v1/statistics/quarters").andExpect(status().isOk()))
                .get("available").get(0).get("quarter").asString();
        assertThat(cells(last).getFirst()).isEqualTo(newest);
    }

    @Test
    void the_protocol_in_force_is_the_one_the_firewall_publishes() throws Exception {
        JsonNode protocol = json(apiGet("dpo", "/api/v1/protocol").andExpect(status().isOk()));
        List<String> row = cells(evidence("R3", 0).get("rows").get(0));
        assertThat(row.getFirst()).isEqualTo(protocol.get("id").asString());
        assertThat(row.get(1)).isEqualTo(protocol.get("title").asString());
    }

    @Test
    void marac_meetings_and_risk_assessments_equal_the_source_figures_and_small_counts_of_people_are_suppressed() throws Exception {
        List<MaracFigures.QuarterMeetings> meetings = marac.meetingsByQuarter().reversed();
        JsonNode maracRows = evidence("R3", 1).get("rows");
        for (int i = 0; i < maracRows.size(); i++) {
            assertThat(maracRows.get(i).get("label").asString()).isEqualTo(meetings.get(i).quarter());
            assertThat(cells(maracRows.get(i))).containsExactly(Long.toString(meetings.get(i).meetings()),
                    Long.toString(meetings.get(i).everyAttendeeAccepted()));
        }
        String officer = bearer("officer.a");
        String caseId = json(mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post("/api/v1/cases")
                .header("Authorization", officer).contentType("application/json").content(uk.safeshare.support.TestData.aReport().json()))
                .andExpect(status().isCreated())).get("id").asString();
        String victim = json(mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post("/api/v1/cases/" + caseId + "/people")
                .header("Authorization", officer).contentType("application/json").content(uk.safeshare.support.TestData.aVictim().json()))
                .andExpect(status().isCreated())).get("id").asString();
        String url = "/api/v1/cases/" + caseId + "/people/" + victim + "/risk-assessments";
        apiPost("officer.a", url, "{\"answers\":" + uk.safeshare.support.RiskData.answers(3) + ",\"immigrationFactors\":"
                + uk.safeshare.support.RiskData.factors("YES") + "}").andExpect(status().isCreated());
        for (int i = 0; i < 6; i++) {
            apiPost("officer.a", url, uk.safeshare.support.RiskData.completed(2)).andExpect(status().isCreated());
        }
        int threshold = monitoring.threshold();
        List<RiskFigures.QuarterCount> counts = risk.completedByQuarter().reversed();
        JsonNode riskRows = evidence("A1", 0).get("rows");
        assertThat(riskRows.size()).as("the demo force has completed assessments").isPositive();
        for (int i = 0; i < riskRows.size() - 1; i++) {
            RiskFigures.QuarterCount c = counts.get(i);
            long[] raw = {c.withImmigrationFactors(), c.completed() - c.withImmigrationFactors(), c.completed()};
            List<String> shown = cells(riskRows.get(i));
            assertThat(riskRows.get(i).get("label").asString()).isEqualTo(c.quarter());
            for (int k = 0; k < 3; k++) {
                if (raw[k] > 0 && raw[k] < threshold) {
                    assertThat(shown.get(k)).as("a count of %d people is never shown", raw[k]).isEqualTo("[c]");
                } else if (!shown.get(k).equals("[c]")) {
                    assertThat(shown.get(k)).isEqualTo(Long.toString(raw[k]));
                }
            }
        }
        assertThat(riskRows.get(riskRows.size() - 1).get("label").asString()).isEqualTo("Total");
    }
}
