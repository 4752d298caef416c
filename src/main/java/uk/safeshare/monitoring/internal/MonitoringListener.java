package uk.safeshare.monitoring.internal;

import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import uk.safeshare.cases.StatusBasis;
import uk.safeshare.firewall.ImmigrationEnforcementRequestDecided;
import uk.safeshare.pathways.ThirdPartyReporting.ThirdPartyReportReceived;

/**
 * Keeps the monitoring dataset and its counts as the firewall decides requests and partners send
 * third-party reports. Listens synchronously and demands the publisher's transaction (as the audit
 * log does), so a decision is never acknowledged without being counted, and a counted decision
 * that rolls back is uncounted with it.
 */
@Component
class MonitoringListener {

    private static final Logger log = LoggerFactory.getLogger(MonitoringListener.class);

    private final MonitoringStore store;
    private final RecordKeys keys;

    MonitoringListener(MonitoringStore store, RecordKeys keys) {
        this.store = store;
        this.keys = keys;
    }

    @EventListener
    @Transactional(propagation = Propagation.MANDATORY)
    public void on(ImmigrationEnforcementRequestDecided event) {
        String key = keys.of(event.requestId());
        Outcome outcome = Outcome.of(event.outcome());
        if (!outcome.settlesAReview()) {
            store.insert(new MonitoringRecord(key, Quarter.of(event.occurredAt()), outcome, event.recipient(), event.purpose(),
                    MonitoringRecord.STATUS_CHECK_PURPOSE.equals(event.purpose()), event.role(), event.child(),
                    event.crimeTypes(), Optional.ofNullable(event.statusBasis()).orElse(StatusBasis.NOT_KNOWN),
                    event.ethnicitySelfDefined(), event.ethnicityObserved(), event.nationality(), event.emergency(),
                    event.protocolId()));
            return;
        }
        Optional<MonitoringRecord> found = store.lock(key);
        if (found.isEmpty()) {
            // Decided before monitoring began: there is no quarter to count the review in.
            log.warn("A review settled a request that the monitoring dataset does not hold; not counted");
            return;
        }
        MonitoringRecord record = found.get();
        if (record.outcome() != Outcome.AWAITING_REVIEW) {
            return;
        }
        if (event.occurredAt().isBefore(record.quarter().cutOff())) {
            store.settle(record, outcome);
        } else {
            store.settleLate(record, outcome);
        }
    }

    @EventListener
    @Transactional(propagation = Propagation.MANDATORY)
    public void on(ThirdPartyReportReceived event) {
        store.thirdPartyReport(Quarter.of(event.receivedAt()), event.crimeType());
    }
}
