package uk.safeshare.retention;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import jakarta.servlet.http.Cookie;
import java.time.LocalDate;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import uk.safeshare.support.PersonRecords;
import uk.safeshare.support.SafeShareTest;
import uk.safeshare.support.TestData;
import uk.safeshare.support.Tokens;

@SafeShareTest
class RetentionReviewTest {

    @Autowired MockMvc mvc;
    @Autowired Tokens tokens;
    @Autowired JdbcClient jdbc;

    private static final LocalDate TODAY = LocalDate.now(ZoneId.of("Europe/London"));

    private ResultActions dpo(MockHttpServletRequestBuilder request, String json) throws Exception {
        return mvc.perform(request.header("Authorization", tokens.bearer("dpo")).contentType("application/json").content(json));
    }

    private void madeIn(PersonRecords.Made made, String timestamp) {
        jdbc.sql("UPDATE case_file SET created_at = CAST(? AS TIMESTAMP WITH TIME ZONE) WHERE id = ?").params(timestamp, made.caseId()).update();
        jdbc.sql("UPDATE case_person SET created_at = CAST(? AS TIMESTAMP WITH TIME ZONE) WHERE case_id = ?").params(timestamp, made.caseId()).update();
        jdbc.sql("UPDATE sharing_disclosure SET retention_review_on = DATE '2020-01-01' WHERE request_id IN (SELECT id FROM sharing_request WHERE case_id = ?)")
                .param(made.caseId()).update();
    }

    @Test
    void every_case_and_person_gets_a_review_date_from_their_group_and_a_disclosure_holds_its_record_until_its_date() throws Exception {
        PersonRecords.Made made = new PersonRecords(mvc, tokens, jdbc).victimWithEverything();
        madeIn(made, "2020-03-01 12:00:00+00");
        dpo(get("/api/v1/retention/reviews/" + made.caseId()), "").andExpect(jsonPath("$.group").value("SERIOUS_OFFENCE"))
                .andExpect(jsonPath("$.nextReviewOn").value("2030-03-01"));
        dpo(get("/api/v1/retention/reviews/" + made.victimId()), "").andExpect(jsonPath("$.group").value("VICTIM_WITNESS_ONLY"))
                .andExpect(jsonPath("$.nextReviewOn").value("2026-03-01"));
        dpo(get("/api/v1/retention/reviews/" + made.suspectId()), "").andExpect(jsonPath("$.group").value("SERIOUS_OFFENCE"));

        jdbc.sql("UPDATE sharing_disclosure SET retention_review_on = DATE '2031-06-30' WHERE request_id IN (SELECT id FROM sharing_request WHERE case_id = ?)")
                .param(made.caseId()).update();
        dpo(get("/api/v1/retention/reviews/" + made.victimId()), "").andExpect(jsonPath("$.nextReviewOn").value("2031-06-30"))
                .andExpect(jsonPath("$.heldByDisclosureUntil").value("2031-06-30"));
        dpo(get("/api/v1/retention/reviews/" + made.caseId()), "").andExpect(jsonPath("$.nextReviewOn").value("2031-06-30"));
    }

    @Test
    void a_record_kept_at_review_leaves_the_queue_until_the_date_the_reviewer_set() throws Exception {
        PersonRecords.Made made = new PersonRecords(mvc, tokens, jdbc).victimWithEverything();
        madeIn(made, "2015-01-01 12:00:00+00");
        dpo(get("/api/v1/retention/reviews"), "").andExpect(jsonPath("$[*].recordId").value(hasItem(made.victimId().toString())));

        String url = "/api/v1/retention/reviews/" + made.victimId() + "/retention";
        dpo(post(url), "{\"reason\":\"Suspect still at large\",\"nextReviewOn\":\"" + TODAY + "\"}").andExpect(status().isBadRequest());
        dpo(post(url), "{\"reason\":\"Suspect still at large\",\"nextReviewOn\":\"" + TODAY.plusYears(11) + "\"}").andExpect(status().isBadRequest());
        dpo(post(url), "{\"reason\":\"\",\"nextReviewOn\":\"" + TODAY.plusYears(1) + "\"}").andExpect(status().isBadRequest());
        dpo(post(url), "{\"reason\":\"Suspect still at large\",\"nextReviewOn\":\"" + TODAY.plusYears(1) + "\",\"extra\":1}")
                .andExpect(status().isBadRequest());
        dpo(post(url), "{\"reason\":\"Suspect still at large\",\"nextReviewOn\":\"" + TODAY.plusYears(1) + "\"}")
                .andExpect(status().isOk()).andExpect(jsonPath("$.decidedBy").value("dpo"))
                .andExpect(jsonPath("$.reason").value("Suspect still at large"));

        dpo(get("/api/v1/retention/reviews"), "").andExpect(jsonPath("$[*].recordId").value(not(hasItem(made.victimId().toString()))));
        dpo(get("/api/v1/retention/reviews?asOf=" + TODAY.plusYears(1)), "")
                .andExpect(jsonPath("$[*].recordId").value(hasItem(made.victimId().toString())));
        dpo(post("/api/v1/retention/disposals"), "{\"recordIds\":[\"" + made.victimId() + "\"],\"reason\":\"x\"}").andExpect(status().isConflict());
    }

    @Test
    void the_dpo_publishes_a_new_schedule_version_and_records_nobody_decided_follow_it() throws Exception {
        PersonRecords.Made made = new PersonRecords(mvc, tokens, jdbc).victimWithEverything();
        madeIn(made, "2020-03-01 12:00:00+00");
        dpo(get("/api/v1/retention/reviews/" + made.victimId()), "").andExpect(jsonPath("$.nextReviewOn").value("2026-03-01"));
        dpo(put("/api/v1/retention/schedule"), "{\"years\":{\"PUBLIC_PROTECTION\":10,\"SERIOUS_OFFENCE\":10,\"OTHER_OFFENCE\":6},\"reason\":\"x\"}")
                .andExpect(status().isBadRequest());
        dpo(put("/api/v1/retention/schedule"), "{\"years\":{\"PUBLIC_PROTECTION\":10,\"SERIOUS_OFFENCE\":10,\"OTHER_OFFENCE\":6,\"VICTIM_WITNESS_ONLY\":101},\"reason\":\"x\"}")
                .andExpect(status().isBadRequest());
        try {
            dpo(put("/api/v1/retention/schedule"),
                    "{\"years\":{\"PUBLIC_PROTECTION\":10,\"SERIOUS_OFFENCE\":10,\"OTHER_OFFENCE\":6,\"VICTIM_WITNESS_ONLY\":7},\"reason\":\"Force policy 2026\"}")
                    .andExpect(status().isOk());
            dpo(get("/api/v1/retention/reviews/" + made.victimId()), "").andExpect(jsonPath("$.nextReviewOn").value("2027-03-01"));
        } finally {
            dpo(put("/api/v1/retention/schedule"),
                    "{\"years\":{\"PUBLIC_PROTECTION\":10,\"SERIOUS_OFFENCE\":10,\"OTHER_OFFENCE\":6,\"VICTIM_WITNESS_ONLY\":6},\"reason\":\"Back to the shipped periods\"}")
                    .andExpect(status().isOk());
        }
        dpo(get("/api/v1/retention/schedule/versions"), "").andExpect(jsonPath("$[1].reason").value("Force policy 2026"));
    }

    @Test
    void the_pages_show_the_queue_and_a_bad_schedule_is_shown_again_with_an_error_summary() throws Exception {
        Cookie session = mvc.perform(formLogin("/sign-in").user("dpo").password(TestData.PASSWORD)).andReturn().getResponse()
                .getCookie("SAFESHARE_SESSION");
        mvc.perform(get("/retention").cookie(session)).andExpect(status().isOk())
                .andExpect(content().string(containsString("Retention review queue")));
        long versions = jdbc.sql("SELECT COUNT(*) FROM retention_schedule").query(Long.class).single();
        mvc.perform(post("/retention/schedule").cookie(session).with(csrf()).param("PUBLIC_PROTECTION", "ten").param("SERIOUS_OFFENCE", "10")
                        .param("OTHER_OFFENCE", "6").param("VICTIM_WITNESS_ONLY", "6").param("reason", ""))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("<title>Error: Retention schedule")))
                .andExpect(content().string(containsString("Enter a whole number of years from 1 to 100 for Group 1")))
                .andExpect(content().string(containsString("Enter a reason")));
        org.assertj.core.api.Assertions.assertThat(jdbc.sql("SELECT COUNT(*) FROM retention_schedule").query(Long.class).single()).isEqualTo(versions);
        mvc.perform(post("/retention/schedule").cookie(session).with(csrf())).andExpect(status().isBadRequest());
        mvc.perform(post("/retention/disposals/preview").cookie(session).with(csrf()))
                .andExpect(status().is3xxRedirection())
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash().attribute("errors",
                        java.util.Map.of("recordIds", "Select at least one record to dispose of")));
    }
}
