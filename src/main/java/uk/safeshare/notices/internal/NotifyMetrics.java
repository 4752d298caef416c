package uk.safeshare.notices.internal;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;
import org.springframework.stereotype.Component;

import uk.safeshare.shared.metrics.CountsFromDatabase;

/** E-mails GOV.UK Notify refused or that could not be sent: a partner who was never told of a referral. */
@Component
class NotifyMetrics implements MeterBinder {

    private final CountsFromDatabase counts;

    NotifyMetrics(CountsFromDatabase counts) {
        this.counts = counts;
    }

    @Override
    public void bindTo(MeterRegistry registry) {
        Gauge.builder("safeshare.notifications.failed", counts.count(
                        "SELECT COUNT(*) FROM notification WHERE status = '" + NotifyGateway.Outcome.FAILED.name() + "'"))
                .description("Messages to GOV.UK Notify that failed")
                .register(registry);
    }
}
