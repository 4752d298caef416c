package uk.safeshare.training.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import uk.safeshare.adoption.AdoptionDemo;
import uk.safeshare.identity.Identity;

/**
 * With demo data on, the demo force's training as its learning system would export it (imported by
 * governance, so validated and audited), chosen so that each standing shows: up to date, due, overdue
 * and never taken. Also the readings of the protocol in force by the caseworker, the sergeant and the
 * DPO; the officers have not read it, so they see the reminder. Does nothing once any completion is held.
 */
@Component
class TrainingDemoData {

    private static final Logger log = LoggerFactory.getLogger(TrainingDemoData.class);

    private final TrainingRecords records;
    private final AdoptionDemo adoption;
    private final Identity identity;
    private final JdbcClient jdbc;
    private final TransactionTemplate tx;
    private final Clock clock;
    private final boolean enabled;

    TrainingDemoData(TrainingRecords records, AdoptionDemo adoption, Identity identity, JdbcClient jdbc, TransactionTemplate tx,
                     Clock clock, @Value("${safeshare.demo.enabled:false}") boolean enabled) {
        this.records = records;
        this.adoption = adoption;
        this.identity = identity;
        this.jdbc = jdbc;
        this.tx = tx;
        this.clock = clock;
        this.enabled = enabled;
    }

    @EventListener(ApplicationReadyEvent.class)
    void seed() {
        if (!enabled || identity.user("governance").isEmpty() || identity.user("officer.a").isEmpty()
                || jdbc.sql("SELECT COUNT(*) FROM training_completion").query(Long.class).single() > 0) {
            return;
        }
        LocalDate today = LocalDate.now(clock.withZone(TrainingRecords.LONDON));
        String csv = String.join("\n", List.of("username,course,completed_on",
                "officer.a,PROTOCOL," + today.minusMonths(3),
                "officer.a,IMMIGRATION-BASICS," + today.minusMonths(11).minusDays(20),
                "officer.a,RISK-CHECKLIST," + today.minusMonths(14),
                "officer.b,PROTOCOL," + today.minusMonths(13),
                "caseworker,PROTOCOL," + today.minusMonths(1),
                "caseworker,IMMIGRATION-BASICS," + today.minusMonths(2),
                "caseworker,RISK-CHECKLIST," + today.minusMonths(2),
                "sergeant,PROTOCOL," + today.minusMonths(6),
                "dpo,PROTOCOL," + today.minusMonths(4))) + "\n";
        try {
            var report = identity.runAs("governance", () -> tx.execute(s -> records.importCsv(csv)));
            tx.executeWithoutResult(s -> adoption.readAs(List.of("caseworker", "sergeant", "dpo")));
            log.info("Demo training seeded: {} completions", report.recorded());
        } catch (RuntimeException e) {
            // Two instances starting together: the other one seeded it.
            log.warn("Demo training was not seeded: {}", e.getMessage());
        }
    }
}
