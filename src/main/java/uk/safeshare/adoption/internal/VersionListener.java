package uk.safeshare.adoption.internal;

import java.time.Clock;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;
import uk.safeshare.firewall.ProtocolVersionPublished;

/** When the firewall publishes a protocol version, everyone whose role asks or reviews is asked to read it. */
@Component
class VersionListener {

    private final ReadingStore store;
    private final Clock clock;

    VersionListener(ReadingStore store, Clock clock) {
        this.store = store;
        this.clock = clock;
    }

    @ApplicationModuleListener
    void on(ProtocolVersionPublished published) {
        store.noteVersion(published.id(), published.contentHash(), published.title(), published.previousId(),
                published.publishedAt(), clock.instant());
    }
}
