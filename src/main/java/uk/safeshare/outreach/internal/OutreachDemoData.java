package uk.safeshare.outreach.internal;

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
import uk.safeshare.identity.Identity;
import uk.safeshare.outreach.OutreachViews.NewActivity;
import uk.safeshare.outreach.VenueKind;

/** With demo data on, a few fictional outreach activities recorded by the caseworker; nothing once any is held. */
@Component
class OutreachDemoData {

    private static final Logger log = LoggerFactory.getLogger(OutreachDemoData.class);

    private final OutreachLog outreach;
    private final Identity identity;
    private final JdbcClient jdbc;
    private final Clock clock;
    private final boolean enabled;

    OutreachDemoData(OutreachLog outreach, Identity identity, JdbcClient jdbc, Clock clock,
                     @Value("${safeshare.demo.enabled:false}") boolean enabled) {
        this.outreach = outreach;
        this.identity = identity;
        this.jdbc = jdbc;
        this.clock = clock;
        this.enabled = enabled;
    }

    @EventListener(ApplicationReadyEvent.class)
    void seed() {
        if (!enabled || identity.user("caseworker").isEmpty()
                || jdbc.sql("SELECT COUNT(*) FROM outreach_activity").query(Long.class).single() > 0) {
            return;
        }
        LocalDate today = LocalDate.now(clock.withZone(OutreachLog.LONDON));
        try {
            identity.runAs("caseworker", () -> {
                outreach.record(new NewActivity(today.minusMonths(5), VenueKind.GP_PRACTICE, "Eastfield", List.of("ar", "ku"),
                        "Safe to report leaflets and posters in Arabic and Kurdish", "Harbour Migrant Women's Project", 60));
                outreach.record(new NewActivity(today.minusMonths(4), VenueKind.COMMUNITY_OR_FAITH_GROUP, "Eastfield", List.of("ar"),
                        "Talk after Friday prayers", "Harbour Migrant Women's Project", 120));
                outreach.record(new NewActivity(today.minusMonths(2), VenueKind.CITIZENS_ADVICE, "Westfield", List.of("pl", "ro"),
                        "Advisers' briefing on third-party reporting", "Northmoor Immigration Advice Centre", 15));
                return null;
            });
        } catch (RuntimeException e) {
            log.warn("Demo outreach was not seeded: {}", e.getMessage());
        }
    }
}
