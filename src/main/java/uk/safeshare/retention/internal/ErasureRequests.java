package uk.safeshare.retention.internal;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import uk.safeshare.retention.Retention;
import uk.safeshare.rights.ErasureCarriedOut;

/** An approved erasure request disposes of its person records at once, whatever their review date, in the DPO's transaction. */
@Component
class ErasureRequests {

    private final Retention retention;

    ErasureRequests(Retention retention) {
        this.retention = retention;
    }

    @EventListener
    void on(ErasureCarriedOut erasure) {
        retention.dispose(erasure.personIds(), "erasure request " + erasure.reference(), false);
    }
}
