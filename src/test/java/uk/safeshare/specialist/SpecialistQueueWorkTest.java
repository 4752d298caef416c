package uk.safeshare.specialist;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import uk.safeshare.identity.Role;
import uk.safeshare.support.SafeShareTest;

/** A caseworker takes a person, records advice and hands them back; supervisors see who holds what; nobody else gets in. */
@SafeShareTest
class SpecialistQueueWorkTest extends SpecialistQueueTestSupport {

    private static final String ADVICE = "Referred to a regulated immigration adviser; explained the domestic violence concession.";

    private String advice(LocalDate on) {
        return "{\"advice\":\"" + ADVICE + "\",\"givenOn\":\"" + on + "\"}";
    }

    @Test
    void a_caseworker_takes_a_person_records_advice_and_hands_them_back() throws Exception {
        String caseworker = staff(Role.CASEWORKER, NORTH);
        UUID person = queuedVictim("officer.a");
        String path = "/api/v1/specialist-queue/people/" + person;

        assertThat(body(apiGet(caseworker, "/api/v1/specialist-queue").andExpect(status().isOk())))
                .contains(person.toString(), "Immigration status not known or only doubted", "Needs an interpreter");
        apiPost(caseworker, path + "/take", "").andExpect(status().isOk())
                .andExpect(jsonPath("$.state").value("HELD")).andExpect(jsonPath("$.heldBy").value(caseworker));
        apiPost(caseworker, path + "/advice", advice(LocalDate.now())).andExpect(status().isOk());
        apiGet(caseworker, path).andExpect(jsonPath("$.advice[0].advice").value(ADVICE))
                .andExpect(jsonPath("$.advice[0].givenOn").value(LocalDate.now().toString()));
        apiPost(caseworker, path + "/hand-back", "").andExpect(status().isOk()).andExpect(jsonPath("$.state").value("WAITING"));

        String stored = jdbc.sql("SELECT advice FROM specialist_advice WHERE person_id = ?").param(person).query(String.class).single();
        assertThat(stored).startsWith("v1:").doesNotContain("immigration adviser");
        assertThat(jdbc.sql("SELECT details FROM audit_entry WHERE actor = ? ORDER BY seq").param(caseworker).query(String.class).list())
                .anyMatch(d -> d.startsWith("viewed the specialist caseworker's queue"))
                .anyMatch(d -> d.startsWith("took from the specialist caseworker's queue a person on case"))
                .anyMatch(d -> d.startsWith("recorded specialist advice given on " + LocalDate.now()))
                .anyMatch(d -> d.startsWith("viewed the specialist queue entry and advice"))
                .anyMatch(d -> d.startsWith("handed back to the specialist caseworker's queue"))
                .noneMatch(d -> d.contains("immigration adviser"));
    }

    @Test
    void a_person_someone_holds_cannot_be_taken_advised_or_handed_back_by_another_caseworker() throws Exception {
        String first = staff(Role.CASEWORKER, NORTH);
        String second = staff(Role.CASEWORKER, NORTH);
        UUID person = queuedVictim("officer.a");
        String path = "/api/v1/specialist-queue/people/" + person;
        apiPost(first, path + "/take", "").andExpect(status().isOk());

        apiPost(second, path + "/take", "").andExpect(status().isConflict())
                .andExpect(header().string("Content-Type", containsString("application/problem+json")))
                .andExpect(jsonPath("$.detail").value(containsString("already took this person")));
        apiPost(second, path + "/advice", advice(LocalDate.now())).andExpect(status().isConflict());
        apiPost(second, path + "/hand-back", "").andExpect(status().isConflict());
        assertThat(jdbc.sql("SELECT held_by FROM specialist_queue_entry WHERE person_id = ?").param(person).query(String.class).single())
                .isEqualTo(first);
    }

    @Test
    void advice_needs_words_and_a_day_not_in_the_future() throws Exception {
        String caseworker = staff(Role.CASEWORKER, NORTH);
        UUID person = queuedVictim("officer.a");
        String path = "/api/v1/specialist-queue/people/" + person;
        apiPost(caseworker, path + "/take", "").andExpect(status().isOk());
        apiPost(caseworker, path + "/advice", "{\"advice\":\" \",\"givenOn\":\"" + LocalDate.now() + "\"}").andExpect(status().isBadRequest())
                .andExpect(header().string("Content-Type", containsString("application/problem+json")));
        apiPost(caseworker, path + "/advice", advice(LocalDate.now().plusDays(2))).andExpect(status().isBadRequest());
        apiPost(caseworker, path + "/advice", "{\"advice\":\"x\",\"givenOn\":12}").andExpect(status().isBadRequest());

        var page = session(caseworker);
        mvc.perform(post("/specialist-queue/people/" + person + "/advice").cookie(page).with(csrf())
                        .param("advice", "").param("givenDay", "31").param("givenMonth", "2").param("givenYear", "2026"))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("There is a problem")))
                .andExpect(content().string(containsString("<title>Error: ")));
        assertThat(jdbc.sql("SELECT COUNT(*) FROM specialist_advice WHERE person_id = ?").param(person).query(Long.class).single()).isZero();
    }

    @Test
    void only_the_teams_caseworkers_and_supervisors_see_or_change_the_queue_and_refusals_are_audited() throws Exception {
        UUID person = queuedVictim("officer.a");
        String path = "/api/v1/specialist-queue/people/" + person;
        String southCaseworker = staff(Role.CASEWORKER, SOUTH);
        String southSupervisor = staff(Role.SUPERVISOR, SOUTH);

        apiGet("officer.a", "/api/v1/specialist-queue").andExpect(status().isForbidden());
        apiGet("officer.a", path).andExpect(status().isForbidden());
        apiPost("officer.a", path + "/take", "").andExpect(status().isForbidden());
        apiGet("dpo", path).andExpect(status().isForbidden());
        mvc.perform(get("/specialist-queue").cookie(session("officer.a"))).andExpect(status().isForbidden());

        apiGet(southCaseworker, path).andExpect(status().isForbidden())
                .andExpect(header().string("Content-Type", containsString("application/problem+json")));
        apiPost(southCaseworker, path + "/take", "").andExpect(status().isForbidden());
        apiGet(southSupervisor, path).andExpect(status().isForbidden());
        assertThat(body(apiGet(southCaseworker, "/api/v1/specialist-queue").andExpect(status().isOk()))).doesNotContain(person.toString());
        mvc.perform(get("/specialist-queue/people/" + person).cookie(session(southCaseworker))).andExpect(status().isForbidden());

        assertThat(state(person)).isEqualTo("WAITING");
        assertThat(jdbc.sql("SELECT COUNT(*) FROM audit_entry WHERE actor = ? AND action = 'ACCESS_DENIED'").param(southCaseworker)
                .query(Long.class).single()).isEqualTo(3);
    }

    @Test
    void a_supervisor_sees_who_holds_whom_and_for_how_long_and_gives_a_person_to_another_caseworker() throws Exception {
        String first = staff(Role.CASEWORKER, NORTH);
        String second = staff(Role.CASEWORKER, NORTH);
        String supervisor = staff(Role.SUPERVISOR, NORTH);
        UUID person = queuedVictim("officer.a");
        String path = "/api/v1/specialist-queue/people/" + person;
        apiPost(first, path + "/take", "").andExpect(status().isOk());
        jdbc.sql("UPDATE specialist_queue_entry SET held_since = held_since - INTERVAL '3' HOUR WHERE person_id = ?").param(person).update();

        String queue = body(apiGet(supervisor, "/api/v1/specialist-queue").andExpect(status().isOk()));
        assertThat(queue).contains("\"heldBy\":\"" + first + "\"", "\"heldFor\":\"3 hours\"");
        mvc.perform(get("/specialist-queue").cookie(session(supervisor))).andExpect(status().isOk())
                .andExpect(content().string(containsString("3 hours")))
                .andExpect(content().string(containsString("by Queue Caseworker " + first.substring(first.length() - 4))));

        apiPost(supervisor, path + "/take", "").andExpect(status().isForbidden());
        apiPost(supervisor, path + "/reassignment", "{\"username\":\"officer.a\"}").andExpect(status().isBadRequest());
        apiPost(supervisor, path + "/reassignment", "{\"username\":\"" + second + "\"}").andExpect(status().isOk())
                .andExpect(jsonPath("$.heldBy").value(second));
        apiPost(first, path + "/advice", advice(LocalDate.now())).andExpect(status().isConflict());
        apiPost(first, path + "/reassignment", "{\"username\":\"" + first + "\"}").andExpect(status().isForbidden());
        mvc.perform(post("/specialist-queue/people/" + person + "/reassignment").cookie(session(supervisor)).with(csrf()).param("username", ""))
                .andExpect(status().isBadRequest()).andExpect(content().string(containsString("There is a problem")))
                .andExpect(content().string(containsString("href=\"#username\"")));
    }

    @Test
    void the_pages_show_the_queue_in_words_and_take_advise_and_hand_back() throws Exception {
        String caseworker = staff(Role.CASEWORKER, NORTH);
        UUID person = queuedVictim("officer.a");
        var cookie = session(caseworker);
        mvc.perform(get("/")).andExpect(status().is3xxRedirection());
        mvc.perform(get("/").cookie(cookie)).andExpect(content().string(containsString("href=\"/specialist-queue\"")));
        mvc.perform(get("/specialist-queue").cookie(cookie)).andExpect(status().isOk())
                .andExpect(content().string(containsString("/specialist-queue/people/" + person)))
                .andExpect(content().string(containsString("Immigration status not known or only doubted")));
        String entry = "/specialist-queue/people/" + person;
        mvc.perform(post(entry + "/take").cookie(cookie).with(csrf())).andExpect(redirectedUrl(entry));
        mvc.perform(get(entry).cookie(cookie)).andExpect(content().string(containsString("Taken by you")))
                .andExpect(content().string(containsString("Record advice")));
        LocalDate today = LocalDate.now();
        mvc.perform(post(entry + "/advice").cookie(cookie).with(csrf()).param("advice", ADVICE).param("givenDay", "" + today.getDayOfMonth())
                .param("givenMonth", "" + today.getMonthValue()).param("givenYear", "" + today.getYear())).andExpect(redirectedUrl(entry));
        mvc.perform(get(entry).cookie(cookie)).andExpect(content().string(containsString("explained the domestic violence concession")));
        mvc.perform(post(entry + "/hand-back").cookie(cookie).with(csrf())).andExpect(redirectedUrl("/specialist-queue"));
        mvc.perform(get(entry).cookie(cookie)).andExpect(content().string(containsString("Waiting for a caseworker")))
                .andExpect(content().string(not(containsString("Record advice"))));
    }
}
