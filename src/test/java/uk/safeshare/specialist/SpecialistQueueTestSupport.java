package uk.safeshare.specialist;

import static org.awaitility.Awaitility.await;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.support.TransactionTemplate;
import uk.safeshare.identity.Administration;
import uk.safeshare.identity.Identity;
import uk.safeshare.identity.Role;
import uk.safeshare.identity.UserCommands.CreateUser;
import uk.safeshare.support.SignedInCallers;
import uk.safeshare.support.TestData;
import uk.safeshare.support.TestData.PersonBuilder;

/** Staff of either team, people recorded through the API, and waiting for the queue's listener to have handled them. */
abstract class SpecialistQueueTestSupport extends SignedInCallers {

    static final String NORTH = "Safeguarding Team North";
    static final String SOUTH = "Safeguarding Team South";

    @Autowired Administration administration;
    @Autowired Identity identity;
    @Autowired TransactionTemplate tx;

    /** A new member of staff holding the role, in the named team of the demo force. */
    String staff(Role role, String teamName) {
        var team = identity.teams().stream().filter(t -> t.name().equals(teamName)).findFirst().orElseThrow();
        String username = role.name().toLowerCase() + "." + UUID.randomUUID().toString().substring(0, 8);
        tx.execute(s -> administration.createUser(new CreateUser(username, "Queue " + role.label() + " " + username.substring(username.length() - 4),
                null, team.organisationId().value(), team.id().value(), Set.of(role), false, TestData.PASSWORD), "system"));
        return username;
    }

    UUID newCase(String officer) throws Exception {
        return UUID.fromString(json(apiPost(officer, "/api/v1/cases", TestData.aReport().json()).andExpect(status().isCreated()))
                .get("id").asString());
    }

    UUID record(String officer, UUID caseId, PersonBuilder person) throws Exception {
        return UUID.fromString(json(apiPost(officer, "/api/v1/cases/" + caseId + "/people", person.json())
                .andExpect(status().isCreated())).get("id").asString());
    }

    /** A victim on a new case of the officer's team, whose status is only doubted and who needs an interpreter, once queued. */
    UUID queuedVictim(String officer) throws Exception {
        UUID person = record(officer, newCase(officer), TestData.aVictim().named("Mariam", "Queue" + letters()));
        awaitHandled(person);
        return person;
    }

    /** Until every event naming the record has been handled by its listeners (the registry marks each complete). */
    void awaitHandled(UUID id) {
        await().atMost(Duration.ofSeconds(20)).pollInterval(Duration.ofMillis(50)).until(() -> jdbc.sql(
                "SELECT COUNT(*) FROM event_publication WHERE completion_date IS NULL AND serialized_event LIKE ?")
                .param("%" + id + "%").query(Long.class).single() == 0);
    }

    /** A family name part no other test uses (names take letters only). */
    static String letters() {
        StringBuilder b = new StringBuilder();
        java.util.concurrent.ThreadLocalRandom r = java.util.concurrent.ThreadLocalRandom.current();
        for (int i = 0; i < 6; i++) {
            b.append((char) ('a' + r.nextInt(26)));
        }
        return b.toString();
    }

    /** For a scenario's stimulus, which may not throw checked exceptions. */
    static <T> T unchecked(java.util.concurrent.Callable<T> call) {
        try {
            return call.call();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    List<String> reasons(UUID person) {
        return jdbc.sql("SELECT reason FROM specialist_queue_reason WHERE person_id = ? ORDER BY reason").param(person).query(String.class).list();
    }

    long entries(UUID person) {
        return jdbc.sql("SELECT COUNT(*) FROM specialist_queue_entry WHERE person_id = ?").param(person).query(Long.class).single();
    }

    String state(UUID person) {
        return jdbc.sql("SELECT state FROM specialist_queue_entry WHERE person_id = ?").param(person).query(String.class).single();
    }
}
