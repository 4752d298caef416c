package uk.safeshare.shared.metrics;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;
import org.springframework.stereotype.Component;

/** Module events stored for an asynchronous listener and not yet completed (e-mails, statistics, webhooks). */
@Component
class EventRegistryMetrics implements MeterBinder {

    private final CountsFromDatabase counts;

    EventRegistryMetrics(CountsFromDatabase counts) {
        this.counts = counts;
    }

    @Override
    public void bindTo(MeterRegistry registry) {
        Gauge.builder("safeshare.events.waiting", counts.count(
                        "SELECT COUNT(*) FROM event_publication WHERE completion_date IS NULL"))
                .description("Module events published but not yet handled by their listener")
                .register(registry);
    }
}
