package uk.safeshare.governance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import uk.safeshare.support.SafeShareTest;

/** Working group and Vulnerability Board meetings, whose new actions go straight onto the tracker. */
@SafeShareTest
class ForumsTest extends GovernanceTestSupport {

    static final LocalDate TODAY = LocalDate.now(java.time.ZoneId.of("Europe/London"));

    @Test
    void a_board_meeting_puts_its_new_actions_on_the_tracker_and_marks_the_items_discussed() throws Exception {
        JsonNode meeting = json(apiPost("governance", "/api/v1/governance/meetings", """
                {"forum":"VULNERABILITY_BOARD","heldOn":"%s","attendees":"ACC Jane Holt (chair)\\nSupt Raj Patel, Public Protection",
                 "items":["R1"],"decisions":"The interim protocol stays in force.","minutes":"The board reviewed recommendation 1.",
                 "actions":[{"itemCode":"R4","description":"Train DA caseworkers as migrant victim leads","ownerRole":"Head of Public Protection","dueOn":"%s"}]}
                """.formatted(TODAY, TODAY.plusDays(45))).andExpect(status().isCreated()));
        assertThat(meeting.get("items").toString()).contains("R1", "R4");
        assertThat(meeting.get("actions").size()).isEqualTo(1);
        String actionId = meeting.get("actions").get(0).get("id").asString();
        JsonNode r4 = json(apiGet("sergeant", "/api/v1/governance/items/R4").andExpect(status().isOk())).get("item");
        assertThat(r4.get("actions").toString()).contains(actionId, "Train DA caseworkers as migrant victim leads");
        assertThat(json(apiGet("dpo", "/api/v1/governance/items/R1/history")).get(0).get("summary").asString())
                .isEqualTo("Discussed at the Vulnerability Board on " + TODAY);
        mvc.perform(get("/governance/meetings/" + meeting.get("id").asString()).cookie(session("analyst")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("ACC Jane Holt (chair)")))
                .andExpect(content().string(containsString("Train DA caseworkers as migrant victim leads")));
    }

    @Test
    void a_meeting_with_a_bad_action_is_refused_whole_and_the_form_shows_why() throws Exception {
        long meetings = jdbc.sql("SELECT COUNT(*) FROM gov_meeting").query(Long.class).single();
        long actions = jdbc.sql("SELECT COUNT(*) FROM gov_action").query(Long.class).single();
        apiPost("governance", "/api/v1/governance/meetings", """
                {"forum":"WORKING_GROUP","heldOn":"%s","attendees":"A","items":["R1"],
                 "actions":[{"itemCode":"R1","description":"Good","ownerRole":"Chief","dueOn":"%s"},
                            {"itemCode":"R1","description":"","ownerRole":"Chief","dueOn":"%s"}]}
                """.formatted(TODAY, TODAY.plusDays(5), TODAY.plusDays(5)))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("New action 2: Enter what is to be done")));
        apiPost("governance", "/api/v1/governance/meetings", "{\"forum\":\"WORKING_GROUP\",\"heldOn\":\"" + TODAY.plusDays(3)
                + "\",\"attendees\":\"A\",\"items\":[\"R9\"]}")
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("once it has been held")))
                .andExpect(content().string(containsString("from the tracker only")));
        mvc.perform(post("/governance/meetings").cookie(session("governance")).with(csrf()).param("forum", "WORKING_GROUP")
                        .param("heldDay", "1").param("heldMonth", "13").param("heldYear", "2026").param("attendees", ""))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("There is a problem")))
                .andExpect(content().string(containsString("must be a real date")));
        assertThat(jdbc.sql("SELECT COUNT(*) FROM gov_meeting").query(Long.class).single()).isEqualTo(meetings);
        assertThat(jdbc.sql("SELECT COUNT(*) FROM gov_action").query(Long.class).single()).isEqualTo(actions);
        apiPost("analyst", "/api/v1/governance/meetings", "{\"forum\":\"WORKING_GROUP\",\"heldOn\":\"" + TODAY + "\",\"attendees\":\"A\"}")
                .andExpect(status().isForbidden());
    }
}
