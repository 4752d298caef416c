package uk.safeshare.webhooks.internal;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;
import org.springframework.stereotype.Component;
import uk.safeshare.shared.metrics.CountsFromDatabase;

/**
 * Webhook deliveries a partner's system refused or never answered: every failed attempt is a row of the
 * delivery log, so the figure is the same on every instance and survives a restart. A rising count
 * means a partner is not hearing about referrals (the event itself waits in the registry and is retried).
 */
@Component
class WebhookMetrics implements MeterBinder {

    private final CountsFromDatabase counts;

    WebhookMetrics(CountsFromDatabase counts) {
        this.counts = counts;
    }

    @Override
    public void bindTo(MeterRegistry registry) {
        Gauge.builder("safeshare.webhooks.failed", counts.count(
                        "SELECT COUNT(*) FROM webhook_delivery WHERE outcome = 'FAILED'"))
                .description("Webhook delivery attempts that failed")
                .register(registry);
    }
}
