package uk.safeshare.training;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockMultipartFile;
import tools.jackson.databind.JsonNode;
import uk.safeshare.adoption.AdoptionTestSupport;
import uk.safeshare.identity.Role;
import uk.safeshare.support.Accounts;
import uk.safeshare.support.SafeShareTest;

/** Courses, completions recorded and imported, and who is due or overdue a refresher. */
@SafeShareTest
class TrainingTest extends AdoptionTestSupport {

    static final LocalDate TODAY = LocalDate.now(ZoneId.of("Europe/London"));

    @Autowired Accounts accounts;

    @Test
    void a_completion_recorded_makes_the_officer_up_to_date_until_the_refresher_falls_due() throws Exception {
        String officer = accounts.person(Role.OFFICER).username();
        assertThat(standing(officer, "PROTOCOL")).isEqualTo("NEVER_TAKEN");
        apiPost("governance", "/api/v1/training/completions",
                "{\"username\":\"" + officer + "\",\"courseCode\":\"PROTOCOL\",\"completedOn\":\"" + TODAY.minusMonths(2) + "\"}")
                .andExpect(status().isCreated());
        assertThat(standing(officer, "PROTOCOL")).isEqualTo("CURRENT");
        JsonNode mine = json(apiGet(officer, "/api/v1/training/mine"));
        assertThat(mine.get("courses").toString()).contains("\"dueOn\":\"" + TODAY.minusMonths(2).plusMonths(12) + "\"");
        assertThat(mine.get("courses").toString()).doesNotContain("MARAC");
        apiPost("governance", "/api/v1/training/completions",
                "{\"username\":\"" + officer + "\",\"courseCode\":\"RISK-CHECKLIST\",\"completedOn\":\"" + TODAY.minusMonths(12).minusDays(1) + "\"}")
                .andExpect(status().isCreated());
        assertThat(standing(officer, "RISK-CHECKLIST")).isEqualTo("OVERDUE");
        mvc.perform(get("/training/mine").cookie(session(officer))).andExpect(status().isOk())
                .andExpect(content().string(containsString("Overdue")));
    }

    @Test
    void an_import_with_any_bad_row_records_nothing_and_names_every_bad_row_by_number() throws Exception {
        String officer = accounts.person(Role.OFFICER).username();
        String csv = "\uFEFFusername,course,completed_on\r\n"
                + officer + ",PROTOCOL," + TODAY.minusDays(3) + "\r\n"
                + "nobody-at-all,PROTOCOL,2026-01-01\r\n"
                + officer + ",NO-SUCH-COURSE,2026-01-01\r\n"
                + officer + ",PROTOCOL,31/01/2026\r\n"
                + officer + ",PROTOCOL," + TODAY.plusDays(1) + "\r\n";
        long before = completions(officer);
        String body = body(mvc.perform(post("/api/v1/training/completions/import").header("Authorization", bearer("governance"))
                .contentType("text/csv").content(csv)).andExpect(status().isUnprocessableContent()));
        assertThat(body).contains("Row 3: There is no user 'nobody-at-all'", "Row 4: There is no course 'NO-SUCH-COURSE'",
                "Row 5: completed_on '31/01/2026' is not a date", "Row 6: The completion date " + TODAY.plusDays(1) + " is in the future")
                .doesNotContain("Row 2");
        assertThat(completions(officer)).isEqualTo(before);
    }

    @Test
    void a_good_import_with_quoted_fields_is_recorded_once_and_comes_back_in_the_export() throws Exception {
        String officer = accounts.person(Role.CASEWORKER).username();
        String csv = "username,course,completed_on\n\"" + officer + "\",\"IMMIGRATION-BASICS\"," + TODAY.minusDays(10) + "\n\n"
                + officer + ",PROTOCOL," + TODAY.minusDays(10) + "\n";
        JsonNode report = json(mvc.perform(post("/api/v1/training/completions/import").header("Authorization", bearer("admin"))
                .contentType("text/csv").content(csv)).andExpect(status().isOk()));
        assertThat(report.get("recorded").asInt()).isEqualTo(2);
        JsonNode again = json(mvc.perform(post("/api/v1/training/completions/import").header("Authorization", bearer("admin"))
                .contentType("text/csv").content(csv)).andExpect(status().isOk()));
        assertThat(again.get("recorded").asInt()).isZero();
        assertThat(again.get("alreadyHeld").asInt()).isEqualTo(2);
        assertThat(completions(officer)).isEqualTo(2);
        String export = body(mvc.perform(get("/api/v1/training/completions/export").header("Authorization", bearer("governance")))
                .andExpect(status().isOk()));
        assertThat(export).startsWith("username,course,completed_on\r\n").contains(officer + ",PROTOCOL," + TODAY.minusDays(10) + "\r\n");
    }

    @Test
    void the_import_page_shows_each_bad_row_in_an_error_summary() throws Exception {
        MockMultipartFile file = new MockMultipartFile("file", "lms.csv", "text/csv",
                "username,course,completed_on\nnobody,PROTOCOL,2026-01-01\n".getBytes(StandardCharsets.UTF_8));
        mvc.perform(multipart("/training/import").file(file).cookie(session("governance")).with(csrf()))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().string(containsString("Error: Training due and overdue")))
                .andExpect(content().string(containsString("Row 2: There is no user")));
        mvc.perform(post("/training/completions").cookie(session("governance")).with(csrf())
                        .param("username", "officer.a").param("courseCode", "PROTOCOL")
                        .param("completedDay", "31").param("completedMonth", "2").param("completedYear", "2026"))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("must be a real date")));
    }

    @Test
    void whose_completion_is_recorded_is_chosen_by_name_not_typed_as_a_username() throws Exception {
        String page = body(mvc.perform(get("/training").cookie(session("governance"))).andExpect(status().isOk()));
        org.assertj.core.api.Assertions.assertThat(page)
                .contains("<select class=\"govuk-select\" id=\"username\" name=\"username\">")
                .containsPattern("<option value=\"officer\\.a\">Sam Okafor, [^<]+</option>")
                .doesNotContain("<label class=\"govuk-label\" for=\"username\">Username</label>");
    }

    @Test
    void supervisors_see_only_their_team_and_people_without_oversight_see_only_their_own() throws Exception {
        JsonNode team = json(apiGet("sergeant", "/api/v1/training/overview").andExpect(status().isOk()));
        assertThat(team.get("scope").asString()).isEqualTo("Safeguarding Team North");
        assertThat(team.get("people").toString()).contains("\"officer.a\"").doesNotContain("\"officer.b\"");
        JsonNode all = json(apiGet("governance", "/api/v1/training/overview").andExpect(status().isOk()));
        assertThat(all.get("people").toString()).contains("officer.a", "officer.b");
        for (String user : new String[] {"officer.a", "caseworker", "analyst", "auditor", "partner.harbour", "marac"}) {
            apiGet(user, "/api/v1/training/overview").andExpect(status().isForbidden());
            mvc.perform(get("/training").cookie(session(user))).andExpect(status().isForbidden());
        }
        for (String user : new String[] {"officer.a", "sergeant", "dpo", "analyst", "partner.harbour"}) {
            apiPost(user, "/api/v1/training/completions", "{\"username\":\"officer.a\",\"courseCode\":\"PROTOCOL\",\"completedOn\":\"2026-01-01\"}")
                    .andExpect(status().isForbidden());
            mvc.perform(post("/api/v1/training/completions/import").header("Authorization", bearer(user))
                    .contentType("text/csv").content("username,course,completed_on\n")).andExpect(status().isForbidden());
            apiGet(user, "/api/v1/training/completions/export").andExpect(status().isForbidden());
        }
        apiPut("sergeant", "/api/v1/training/courses/PROTOCOL", "{\"title\":\"x\",\"description\":\"x\",\"roles\":[\"OFFICER\"],\"refresherMonths\":12}")
                .andExpect(status().isForbidden());
        apiGet("partner.harbour", "/api/v1/training/mine").andExpect(status().isOk());
    }

    @Test
    void bad_completions_are_refused_and_change_nothing() throws Exception {
        String officer = accounts.person(Role.OFFICER).username();
        apiPost("governance", "/api/v1/training/completions", "{\"username\":\"" + officer + "\",\"courseCode\":\"PROTOCOL\"}")
                .andExpect(status().isBadRequest());
        apiPost("governance", "/api/v1/training/completions",
                "{\"username\":\"" + officer + "\",\"courseCode\":\"PROTOCOL\",\"completedOn\":\"" + TODAY.plusDays(2) + "\"}")
                .andExpect(status().isBadRequest());
        apiPost("governance", "/api/v1/training/completions",
                "{\"username\":\"" + officer + "\",\"courseCode\":\"PROTOCOL\",\"completedOn\":\"2026-01-01\",\"by\":\"x\"}")
                .andExpect(status().isBadRequest());
        apiPut("governance", "/api/v1/training/courses/PROTOCOL", "{\"title\":\"x\",\"description\":\"x\",\"roles\":[],\"refresherMonths\":0}")
                .andExpect(status().isBadRequest());
        assertThat(completions(officer)).isZero();
    }

    @Test
    void the_tracker_shows_training_by_course_as_live_evidence() throws Exception {
        String evidence = json(apiGet("analyst", "/api/v1/governance/items/R4").andExpect(status().isOk())).get("evidence").toString();
        assertThat(evidence).contains("Training on the protocol and victim care, and refreshers due", "PROTOCOL", "Overdue")
                .doesNotContain("officer.a");
    }

    private String standing(String username, String course) throws Exception {
        JsonNode mine = json(apiGet(username, "/api/v1/training/mine").andExpect(status().isOk()));
        for (JsonNode c : mine.get("courses")) {
            if (c.get("courseCode").asString().equals(course)) {
                return c.get("standing").asString();
            }
        }
        throw new AssertionError("no course " + course + " for " + username);
    }

    private long completions(String username) {
        return jdbc.sql("SELECT COUNT(*) FROM training_completion WHERE username = ?").param(username).query(Long.class).single();
    }
}
