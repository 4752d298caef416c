package uk.safeshare.monitoring.internal;

import java.time.Clock;
import java.time.ZoneOffset;
import java.util.SplittableRandom;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import uk.safeshare.cases.CrimeType;

/**
 * With demo data on, gives the fictional force six past quarters of fictional monitoring figures
 * (a few dozen requests a quarter, as a force might see), so that the statistics pages have
 * something to show on a fresh start. Never runs in production (demo data is off there).
 */
@Component
class DemoStatistics {

    private static final Logger log = LoggerFactory.getLogger(DemoStatistics.class);
    static final long SEED = 20201215L;
    static final int QUARTERS = 6;

    private final MonitoringStore store;
    private final Releases releases;
    private final JdbcTemplate jdbc;
    private final TransactionTemplate tx;
    private final Clock clock;
    private final boolean enabled;

    DemoStatistics(MonitoringStore store, Releases releases, JdbcTemplate jdbc, TransactionTemplate tx, Clock clock,
                   @Value("${safeshare.demo.enabled:false}") boolean enabled) {
        this.store = store;
        this.releases = releases;
        this.jdbc = jdbc;
        this.tx = tx;
        this.clock = clock;
        this.enabled = enabled;
    }

    @EventListener(ApplicationReadyEvent.class)
    void seed() {
        if (!enabled) {
            return;
        }
        try {
            tx.executeWithoutResult(status -> seedIfEmpty());
        } catch (RuntimeException e) {
            log.warn("Demo monitoring figures were not added: {}", e.getMessage());
        }
    }

    void seedIfEmpty() {
        Quarter last = releases.lastFinal();
        Quarter first = last;
        for (int i = 1; i < QUARTERS; i++) {
            first = first.previous();
        }
        Long existing = jdbc.queryForObject("SELECT COUNT(*) FROM monitoring_count WHERE quarter >= ? AND quarter <= ?",
                Long.class, first.toString(), last.toString());
        if (existing != null && existing > 0) {
            return;
        }
        RecordGenerator generator = new RecordGenerator(SEED);
        SplittableRandom random = new SplittableRandom(SEED);
        long markers = 140;
        int quarterIndex = 0;
        for (Quarter q = first; q.compareTo(last) <= 0; q = q.next(), quarterIndex++) {
            int requests = 45 + random.nextInt(25) + quarterIndex * 3;
            for (int i = 0; i < requests; i++) {
                if (!store.insert(generator.next(q, i)) && i == 0) {
                    return; // another instance is seeding the same figures
                }
            }
            for (CrimeType type : CrimeType.values()) {
                int reports = switch (type) {
                    case DOMESTIC_ABUSE -> 8 + random.nextInt(8);
                    case MODERN_SLAVERY -> 2 + random.nextInt(5);
                    case SERIOUS_SEXUAL_OFFENCE -> random.nextInt(4);
                    case OTHER -> 3 + random.nextInt(5);
                };
                for (int i = 0; i < reports; i++) {
                    store.thirdPartyReport(q, type);
                }
            }
            markers = Math.max(0, markers - random.nextInt(12));
            jdbc.update("INSERT INTO monitoring_marker_count (quarter, live_markers, recorded_by, recorded_at) VALUES (?, ?, ?, ?) "
                    + "ON CONFLICT DO NOTHING", q.toString(), markers, "analyst", clock.instant().atOffset(ZoneOffset.UTC));
        }
        log.info("Demo monitoring figures added for {} to {}", first, last);
    }
}
