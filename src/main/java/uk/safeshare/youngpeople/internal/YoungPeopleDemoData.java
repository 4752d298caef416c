package uk.safeshare.youngpeople.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import uk.safeshare.identity.Identity;
import uk.safeshare.youngpeople.Agency;
import uk.safeshare.youngpeople.RiskLevel;
import uk.safeshare.youngpeople.VulnerabilityKind;
import uk.safeshare.youngpeople.YoungPeopleCommands.EpisodeReturn;
import uk.safeshare.youngpeople.YoungPeopleCommands.NewAction;
import uk.safeshare.youngpeople.YoungPeopleCommands.NewMissingEpisode;
import uk.safeshare.youngpeople.YoungPeopleCommands.NewProfessional;
import uk.safeshare.youngpeople.YoungPeopleCommands.NewReview;
import uk.safeshare.youngpeople.YoungPeopleCommands.NewVulnerability;
import uk.safeshare.youngpeople.YoungPeopleCommands.NewYoungPerson;

/**
 * With demo data on, a few fictional young people on Safeguarding Team North's tracker, recorded by
 * officer.a through the tracker's own services (so validated and audited). Runs after the demo force is
 * seeded (its listener is registered first); does nothing if the tracker already holds anyone, or if the
 * demo force is not there.
 */
@Component
class YoungPeopleDemoData {

    private static final Logger log = LoggerFactory.getLogger(YoungPeopleDemoData.class);

    private final Tracker tracker;
    private final TrackerUpdates updates;
    private final Identity identity;
    private final JdbcClient jdbc;
    private final TransactionTemplate tx;
    private final Clock clock;
    private final boolean enabled;

    YoungPeopleDemoData(Tracker tracker, TrackerUpdates updates, Identity identity, JdbcClient jdbc, TransactionTemplate tx,
                        Clock clock, @Value("${safeshare.demo.enabled:false}") boolean enabled) {
        this.tracker = tracker;
        this.updates = updates;
        this.identity = identity;
        this.jdbc = jdbc;
        this.tx = tx;
        this.clock = clock;
        this.enabled = enabled;
    }

    @EventListener(ApplicationReadyEvent.class)
    void seed() {
        if (!enabled || identity.user("officer.a").isEmpty()
                || jdbc.sql("SELECT COUNT(*) FROM young_person").query(Long.class).single() > 0) {
            return;
        }
        try {
            identity.runAs("officer.a", () -> tx.execute(status -> {
                seedYoungPeople();
                return null;
            }));
        } catch (RuntimeException e) {
            log.warn("Demo young people were not added: {}", e.getMessage());
        }
    }

    void seedYoungPeople() {
        Instant now = clock.instant();
        LocalDate today = TrackerRules.today(now);

        UUID jayden = tracker.create(new NewYoungPerson("Jayden", "Clarke", today.minusYears(15).minusDays(40), false,
                Agency.CHILDRENS_SERVICES, RiskLevel.HIGH, "Missing from his placement three times; found with older males"
                + " linked to a drug supply line", today));
        updates.addVulnerability(jayden, new NewVulnerability(VulnerabilityKind.CHILD_CRIMINAL_EXPLOITATION,
                "Found in a flat used to supply drugs in another county", today.minusDays(20)));
        UUID episode = updates.recordMissingEpisode(jayden, new NewMissingEpisode(true, now.minus(Duration.ofDays(6)),
                null, null, null, "Seen getting into a car outside the placement"));
        updates.recordReturn(jayden, episode, new EpisodeReturn(now.minus(Duration.ofDays(5)), today.minusDays(4),
                "Young Person Early Intervention Officer"));
        updates.recordMissingEpisode(jayden, new NewMissingEpisode(true, now.minus(Duration.ofHours(30)), null, null, null,
                "Did not return after school"));
        updates.addProfessional(jayden, new NewProfessional("Ama Boateng", Agency.CHILDRENS_SERVICES, "Social worker"));
        updates.addProfessional(jayden, new NewProfessional("Rob Hale", Agency.YOUTH_JUSTICE, "Youth justice worker"));
        updates.addAction(jayden, new NewAction("Refer to the National Referral Mechanism as a possible victim of criminal exploitation",
                "Ama Boateng", Agency.CHILDRENS_SERVICES, today.plusDays(2)));

        UUID amira = tracker.create(new NewYoungPerson("Amira", "Yusuf", today.minusYears(16).minusDays(120), false,
                Agency.CHILDRENS_SERVICES, RiskLevel.MEDIUM, "Arrived alone; an adult claiming to be an uncle tried to collect her",
                today.plusDays(5)));
        updates.addVulnerability(amira, new NewVulnerability(VulnerabilityKind.UNACCOMPANIED_OR_SEPARATED_MIGRANT_CHILD,
                "Placed in foster care on arrival; an independent child trafficking guardian is allocated", today.minusDays(30)));
        updates.addVulnerability(amira, new NewVulnerability(VulnerabilityKind.TRAFFICKING_OR_MODERN_SLAVERY,
                "Concern that her journey was arranged to exploit her", today.minusDays(30)));
        updates.recordReview(amira, new NewReview(today.minusDays(9), "Police; children's services; health; guardian service",
                "Placement stable; keep the uncle away from the placement; school place found", today.plusDays(5)));
        updates.addAction(amira, new NewAction("Arrange an interpreter for her next health assessment", "School nurse",
                Agency.HEALTH, today.plusDays(10)));

        UUID leah = tracker.create(new NewYoungPerson("Leah", "Brooks", today.minusYears(14).minusDays(10), false,
                Agency.CHILDRENS_SERVICES, RiskLevel.HIGH, "Gifts and a phone from an adult she met online", today.plusDays(21)));
        updates.addVulnerability(leah, new NewVulnerability(VulnerabilityKind.CHILD_SEXUAL_EXPLOITATION,
                "Adult contact met online; disclosed to a teacher", today.minusDays(3)));
        updates.addProfessional(leah, new NewProfessional("Gemma Price", Agency.EDUCATION, "Designated safeguarding lead"));

        UUID daniel = tracker.create(new NewYoungPerson("Daniel", "Okoro", today.minusYears(19).minusDays(200), true,
                Agency.CHILDRENS_SERVICES, RiskLevel.LOW, "Care leaver; left the gang he was involved with", today.plusDays(60)));
        updates.addVulnerability(daniel, new NewVulnerability(VulnerabilityKind.CHILD_CRIMINAL_EXPLOITATION,
                "Exploited from 15 to 17; now at college", today.minusYears(2)));
        log.info("Demo young people added to the vulnerability tracker: {}", java.util.List.of(jayden, amira, leah, daniel).size());
    }
}
