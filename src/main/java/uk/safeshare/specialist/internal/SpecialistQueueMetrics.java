package uk.safeshare.specialist.internal;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;
import java.util.Locale;
import org.springframework.stereotype.Component;
import uk.safeshare.shared.metrics.CountsFromDatabase;
import uk.safeshare.specialist.SpecialistQueueViews.State;

/** How many people wait for a specialist caseworker and how many are taken, across all teams (no person, no team). */
@Component
class SpecialistQueueMetrics implements MeterBinder {

    private final CountsFromDatabase counts;

    SpecialistQueueMetrics(CountsFromDatabase counts) {
        this.counts = counts;
    }

    @Override
    public void bindTo(MeterRegistry registry) {
        for (State state : new State[]{State.WAITING, State.HELD}) {
            // The SQL holds only the enum's own constant name.
            Gauge.builder("safeshare.specialist.queue", counts.count(
                            "SELECT COUNT(*) FROM specialist_queue_entry WHERE state = '" + state.name() + "'"))
                    .description("People in the specialist caseworker's queue, waiting or taken")
                    .tag("state", state.name().toLowerCase(Locale.ROOT))
                    .register(registry);
        }
    }
}
