package uk.safeshare.notices;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import uk.safeshare.cases.Cases;
import uk.safeshare.identity.Identity;
import uk.safeshare.pathways.DirectoryCommands.DirectoryQuery;
import uk.safeshare.pathways.ReferralCommands.Basis;
import uk.safeshare.pathways.ReferralCommands.ConsentMethod;
import uk.safeshare.pathways.ReferralCommands.MakeReferral;
import uk.safeshare.pathways.ReferralCommands.SharedField;
import uk.safeshare.pathways.Specialism;
import uk.safeshare.pathways.SpecialistDirectory;
import uk.safeshare.pathways.internal.Referrals;
import uk.safeshare.support.NotifyStub;
import uk.safeshare.support.TestData;

/**
 * With GOV.UK Notify configured (here: a local stub standing in for Notify's API), sending a
 * referral e-mails the partner's staff a link, with nothing about the person in it.
 */
@SpringBootTest
@ActiveProfiles("test")
class ReferralEmailsTest {

    static final String TEMPLATE = UUID.randomUUID().toString();
    static final NotifyStub notify = NotifyStub.start(TEMPLATE);

    @DynamicPropertySource
    static void notifySettings(DynamicPropertyRegistry registry) {
        notify.configure(registry);
        registry.add("safeshare.notify.referral-template-id", () -> TEMPLATE);
    }

    @AfterAll
    static void stop() {
        notify.stop();
    }

    @Autowired Identity identity;
    @Autowired Cases cases;
    @Autowired Referrals referrals;
    @Autowired SpecialistDirectory directory;
    @Autowired JdbcClient jdbc;

    @Test
    void the_partners_staff_are_emailed_a_link_and_nothing_about_the_person() throws Exception {
        UUID harbour = directory.search(new DirectoryQuery(null, null, null, "Harbour", false)).getFirst().id();
        String reference = identity.runAs("officer.a", () -> {
            UUID caseId = cases.openCase(TestData.aReport().build());
            UUID personId = cases.addPerson(caseId, TestData.aVictim().named("Zainab", "Karimi").build());
            UUID referralId = referrals.refer(caseId, personId, new MakeReferral(harbour, Set.of(Specialism.MIGRANT_BAME_LED_SUPPORT),
                    Basis.CONSENT, "the victim", Instant.now().minusSeconds(5), ConsentMethod.IN_PERSON, Set.of(SharedField.NAME), null, false));
            return referrals.get(caseId, personId, referralId).reference();
        });

        long deadline = System.currentTimeMillis() + 15_000;
        while (notify.received().stream().noneMatch(r -> r.body().contains(reference)) && System.currentTimeMillis() < deadline) {
            Thread.sleep(100);
        }
        NotifyStub.Received email = notify.received().stream().filter(r -> r.body().contains(reference)).findFirst().orElseThrow();
        assertThat(email.path()).isEqualTo("/v2/notifications/email");
        assertThat(email.authorization()).startsWith("Bearer ey");
        assertThat(email.body()).contains("\"template_id\":\"" + TEMPLATE + "\"")
                .contains("partner.harbour@northmoor.example")
                .contains("/partner/referrals/")
                .doesNotContain("Zainab").doesNotContain("Karimi");
        // The send is recorded in the listener's own transaction, which commits just after Notify answers.
        while (jdbc.sql("SELECT COUNT(*) FROM notification WHERE reference = ?").param(reference).query(Long.class).single() == 0
                && System.currentTimeMillis() < deadline) {
            Thread.sleep(50);
        }
        String status = jdbc.sql("SELECT status FROM notification WHERE reference = ?").param(reference).query(String.class).single();
        assertThat(status).isEqualTo("SENT");
        String recipient = jdbc.sql("SELECT recipient FROM notification WHERE reference = ?").param(reference).query(String.class).single();
        assertThat(recipient).startsWith("v1:").doesNotContain("northmoor");
    }
}
