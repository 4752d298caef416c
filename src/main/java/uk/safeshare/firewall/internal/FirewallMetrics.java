package uk.safeshare.firewall.internal;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;
import org.springframework.stereotype.Component;

import uk.safeshare.firewall.protocol.Decision;
import uk.safeshare.shared.metrics.CountsFromDatabase;

/**
 * What operators watch of the firewall: decisions by outcome (all time, every instance) and the
 * requests waiting for a supervisor or the DPO. A growing review queue means people are waiting.
 */
@Component
class FirewallMetrics implements MeterBinder {

    private final CountsFromDatabase counts;

    FirewallMetrics(CountsFromDatabase counts) {
        this.counts = counts;
    }

    @Override
    public void bindTo(MeterRegistry registry) {
        for (Decision.Kind outcome : Decision.Kind.values()) {
            // The SQL holds only the enum's own constant name, never anything a caller sent.
            Gauge.builder("safeshare.sharing.decisions", counts.count(
                            "SELECT COUNT(*) FROM sharing_request WHERE outcome = '" + outcome.name() + "'"))
                    .description("Sharing requests decided, by the protocol's outcome")
                    .tag("outcome", outcome.name().toLowerCase(java.util.Locale.ROOT))
                    .register(registry);
        }
        Gauge.builder("safeshare.reviews.waiting", counts.count(
                        "SELECT COUNT(*) FROM sharing_request WHERE status = '" + Sharing.Status.AWAITING_REVIEW.name() + "'"))
                .description("Sharing requests waiting for a supervisor's or the DPO's review")
                .register(registry);
    }
}
