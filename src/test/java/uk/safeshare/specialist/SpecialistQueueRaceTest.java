package uk.safeshare.specialist;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import uk.safeshare.identity.Role;
import uk.safeshare.support.SafeShareTest;

/**
 * Two caseworkers press "take" on the same person at the same moment, round after round: exactly one holds her each
 * time, the other is told so (409). Runs on H2 and, with SAFESHARE_DB_URL set, on PostgreSQL.
 */
@SafeShareTest
class SpecialistQueueRaceTest extends SpecialistQueueTestSupport {

    private static final int ROUNDS = 15;

    @Test
    void two_caseworkers_taking_the_same_person_at_once_never_both_hold_her() throws Exception {
        String[] caseworkers = {staff(Role.CASEWORKER, NORTH), staff(Role.CASEWORKER, NORTH)};
        for (String c : caseworkers) {
            bearer(c);
        }
        UUID person = queuedVictim("officer.a");
        String path = "/api/v1/specialist-queue/people/" + person;
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            for (int round = 0; round < ROUNDS; round++) {
                CyclicBarrier together = new CyclicBarrier(2);
                List<Future<Integer>> answers = new ArrayList<>();
                for (String c : caseworkers) {
                    answers.add(pool.submit(() -> {
                        together.await(10, TimeUnit.SECONDS);
                        return apiPost(c, path + "/take", "").andReturn().getResponse().getStatus();
                    }));
                }
                List<Integer> statuses = new ArrayList<>();
                for (Future<Integer> a : answers) {
                    statuses.add(a.get(60, TimeUnit.SECONDS));
                }
                assertThat(statuses).as("round " + round).containsExactlyInAnyOrder(200, 409);
                String holder = jdbc.sql("SELECT held_by FROM specialist_queue_entry WHERE person_id = ?").param(person)
                        .query(String.class).single();
                assertThat(holder).isEqualTo(caseworkers[statuses.get(0) == 200 ? 0 : 1]);
                apiPost(holder, path + "/hand-back", "").andExpect(status().isOk());
            }
        } finally {
            pool.shutdownNow();
        }
        assertThat(jdbc.sql("SELECT COUNT(*) FROM audit_entry WHERE details LIKE 'took from the specialist caseworker''s queue%' AND actor IN (?, ?)")
                .params(caseworkers[0], caseworkers[1]).query(Long.class).single()).isEqualTo(ROUNDS);
    }
}
