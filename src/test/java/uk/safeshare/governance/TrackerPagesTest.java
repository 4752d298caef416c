package uk.safeshare.governance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import uk.safeshare.support.SafeShareTest;

/** The tracker's pages: forms for governance, reading for the DPO, supervisors and analysts, nothing for anyone else. */
@SafeShareTest
class TrackerPagesTest extends GovernanceTestSupport {

    static final LocalDate TODAY = LocalDate.now(java.time.ZoneId.of("Europe/London"));

    @Test
    void governance_adds_an_action_and_an_update_through_the_pages_with_dates_in_words() throws Exception {
        mvc.perform(post("/governance/items/R2/actions").cookie(session("governance")).with(csrf())
                        .param("description", "Write to the Home Office about the review").param("ownerUser", "governance")
                        .param("dueDay", "1").param("dueMonth", "3").param("dueYear", Integer.toString(TODAY.getYear() + 1))
                        .param("status", "NOT_STARTED"))
                .andExpect(redirectedUrl("/governance/items/R2"));
        String page = body(mvc.perform(get("/governance/items/R2").cookie(session("governance"))).andExpect(status().isOk()));
        assertThat(page).contains("Write to the Home Office about the review", "Amira Haddad", "1 March " + (TODAY.getYear() + 1),
                "Add an action", "Set the status by hand");
        assertThat(page).doesNotContain("<script>").doesNotContain("style=");
        String actionId = jdbc.sql("SELECT a.id FROM gov_action a JOIN gov_action_state s ON s.action_id = a.id "
                + "WHERE s.description = 'Write to the Home Office about the review'").query(String.class).list().getFirst();
        mvc.perform(post("/governance/actions/" + actionId + "/updates").cookie(session("governance")).with(csrf())
                        .param("onDay", Integer.toString(TODAY.getDayOfMonth())).param("onMonth", Integer.toString(TODAY.getMonthValue()))
                        .param("onYear", Integer.toString(TODAY.getYear())).param("note", "Letter sent").param("status", "IN_PROGRESS"))
                .andExpect(redirectedUrl("/governance/items/R2"));
        mvc.perform(get("/governance/items/R2").cookie(session("dpo"))).andExpect(status().isOk())
                .andExpect(content().string(containsString("Letter sent")))
                .andExpect(content().string(containsString("In progress")))
                .andExpect(content().string(not(containsString("Add an action"))));
    }

    @Test
    void an_action_owner_is_chosen_by_name_and_organisation_never_typed_as_a_username() throws Exception {
        String page = body(mvc.perform(get("/governance/items/R2").cookie(session("governance"))).andExpect(status().isOk()));
        assertThat(page).contains("<select class=\"govuk-select\" id=\"ownerUser\" name=\"ownerUser\"")
                .contains("<option value=\"governance\">Amira Haddad, Office of the Northmoor Police and Crime Commissioner</option>")
                .doesNotContain("SafeShare username")
                .doesNotContain("value=\"partner.harbour\"");
        String meetings = body(mvc.perform(get("/governance/meetings").cookie(session("governance"))).andExpect(status().isOk()));
        assertThat(meetings).contains("<option value=\"governance\">Amira Haddad, Office of the Northmoor Police and Crime Commissioner</option>")
                .doesNotContain("SafeShare username");
    }

    @Test
    void a_form_with_problems_is_shown_again_with_each_problem_and_nothing_changes() throws Exception {
        long before = jdbc.sql("SELECT COUNT(*) FROM gov_change").query(Long.class).single();
        mvc.perform(post("/governance/items/R1/rag").cookie(session("governance")).with(csrf()).param("rag", "GREEN").param("reason", " "))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("There is a problem")))
                .andExpect(content().string(containsString("href=\"#reason\"")))
                .andExpect(content().string(containsString("Enter the reason")));
        mvc.perform(post("/governance/items/R1/actions").cookie(session("governance")).with(csrf()).param("description", "x")
                        .param("ownerRole", "Chief").param("dueDay", "30").param("dueMonth", "2").param("dueYear", "2026"))
                .andExpect(status().isBadRequest()).andExpect(content().string(containsString("must be a real date")));
        mvc.perform(post("/governance/items/R1").cookie(session("governance")).with(csrf()).param("appliesTo", "EVERYONE"))
                .andExpect(status().isBadRequest()).andExpect(content().string(containsString("Select one of the options")));
        mvc.perform(post("/governance/items/R1").cookie(session("governance")).with(csrf()).param("appliesTo", "FORCE")
                        .param("forceResponse", "<b>bold</b>"))
                .andExpect(status().isBadRequest()).andExpect(content().string(containsString("plain text")));
        mvc.perform(get("/governance/items/R42").cookie(session("governance"))).andExpect(status().isNotFound());
        mvc.perform(get("/governance/actions/not-a-uuid").cookie(session("governance"))).andExpect(status().is4xxClientError());
        assertThat(jdbc.sql("SELECT COUNT(*) FROM gov_change").query(Long.class).single()).isEqualTo(before);
    }

    @Test
    void readers_see_the_tracker_without_forms_and_cannot_post_and_others_are_refused() throws Exception {
        for (String reader : List.of("dpo", "sergeant", "analyst")) {
            mvc.perform(get("/governance").cookie(session(reader))).andExpect(status().isOk())
                    .andExpect(content().string(containsString("Recommendation 8: Report progress within six months")))
                    .andExpect(content().string(containsString("href=\"/governance\"")));
            mvc.perform(get("/governance/items/R1").cookie(session(reader))).andExpect(status().isOk())
                    .andExpect(content().string(not(containsString("Save responses"))));
            mvc.perform(post("/governance/items/R1/rag").cookie(session(reader)).with(csrf()).param("rag", "GREEN").param("reason", "x"))
                    .andExpect(status().isForbidden());
        }
        for (String outsider : List.of("officer.a", "partner.advice", "auditor", "admin", "marac")) {
            mvc.perform(get("/governance").cookie(session(outsider))).andExpect(status().isForbidden());
            mvc.perform(post("/governance/items/R1").cookie(session(outsider)).with(csrf()).param("appliesTo", "FORCE"))
                    .andExpect(status().isForbidden());
            mvc.perform(get("/").cookie(session(outsider))).andExpect(content().string(not(containsString("href=\"/governance\""))));
        }
    }
}
