package uk.safeshare.notices;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.modulith.test.EnableScenarios;
import org.springframework.modulith.test.Scenario;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import java.util.Set;
import org.springframework.transaction.support.TransactionTemplate;
import uk.safeshare.identity.Administration;
import uk.safeshare.identity.Identity;
import uk.safeshare.identity.Role;
import uk.safeshare.identity.UserCommands.CreateTeam;
import uk.safeshare.identity.UserCommands.CreateUser;
import uk.safeshare.specialist.PersonWaiting;
import uk.safeshare.support.NotifyStub;
import uk.safeshare.support.TestData;

/**
 * With GOV.UK Notify and the queue's template configured, someone starting to wait in a team's specialist queue
 * e-mails that team's caseworkers a link to the queue, and nothing about the person.
 */
@SpringBootTest
@ActiveProfiles("test")
@EnableScenarios
class SpecialistQueueEmailsTest {

    static final String TEMPLATE = UUID.randomUUID().toString();
    static final NotifyStub notify = NotifyStub.start(TEMPLATE);

    @DynamicPropertySource
    static void notifySettings(DynamicPropertyRegistry registry) {
        notify.configure(registry);
        registry.add("safeshare.notify.specialist-queue-template-id", () -> TEMPLATE);
    }

    @AfterAll
    static void stop() {
        notify.stop();
    }

    @Autowired Identity identity;
    @Autowired Administration administration;
    @Autowired TransactionTemplate tx;
    @Autowired org.springframework.jdbc.core.simple.JdbcClient jdbc;

    /** A new team of the demo force, so that no other test's queue sends to its staff. */
    private Identity.TeamView newTeam() {
        UUID force = identity.teams().getFirst().organisationId().value();
        return tx.execute(s -> administration.createTeam(new CreateTeam(force, "Queue team " + UUID.randomUUID()), "system"));
    }

    /** A member of the team holding the role, with an e-mail address of their own. */
    private String staff(Identity.TeamView team, Role role) {
        String username = role.name().toLowerCase() + "." + UUID.randomUUID().toString().substring(0, 8);
        tx.execute(s -> administration.createUser(new CreateUser(username, "Casey " + role.label(), username + "@northmoor.example",
                team.organisationId().value(), team.id().value(), Set.of(role), false, TestData.PASSWORD), "system"));
        return username + "@northmoor.example";
    }

    private List<NotifyStub.Received> emailsTo(String address) {
        return notify.received().stream().filter(r -> r.body().contains("\"email_address\":\"" + address + "\"")).toList();
    }

    @Test
    void the_teams_caseworkers_are_emailed_a_link_to_the_queue_and_nothing_about_the_person(Scenario scenario) {
        Identity.TeamView team = newTeam();
        String caseworker = staff(team, Role.CASEWORKER);
        String supervisor = staff(team, Role.SUPERVISOR);
        UUID person = UUID.randomUUID();

        scenario.publish(new PersonWaiting(person, team.id().value(), Instant.now()))
                .andWaitForStateChange(() -> emailsTo(caseworker).isEmpty() ? null : emailsTo(caseworker))
                .andVerify(sent -> {
                    assertThat(sent).hasSize(1);
                    NotifyStub.Received email = sent.getFirst();
                    assertThat(email.path()).isEqualTo("/v2/notifications/email");
                    assertThat(email.body()).contains("\"template_id\":\"" + TEMPLATE + "\"").contains("/specialist-queue\"")
                            .contains(team.name()).contains("Casey Caseworker")
                            .doesNotContain(person.toString());
                });
        // The supervisor sees the queue but does not take people from it: not told (checked once the listener is done).
        org.awaitility.Awaitility.await().atMost(java.time.Duration.ofSeconds(20)).until(() -> jdbc.sql(
                "SELECT COUNT(*) FROM event_publication WHERE completion_date IS NULL AND serialized_event LIKE ?")
                .param("%" + person + "%").query(Long.class).single() == 0);
        assertThat(emailsTo(supervisor)).isEmpty();
    }
}
