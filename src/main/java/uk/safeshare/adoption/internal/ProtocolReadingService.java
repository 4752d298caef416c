package uk.safeshare.adoption.internal;

import java.time.Clock;
import java.util.Optional;
import java.util.UUID;
import org.springframework.stereotype.Service;
import uk.safeshare.firewall.ProtocolReading;

/** Answers the firewall: has the person asking to share read the version in force, and what to tell the reviewer. */
@Service
class ProtocolReadingService implements ProtocolReading {

    private final ReadingStore store;
    private final Clock clock;

    ProtocolReadingService(ReadingStore store, Clock clock) {
        this.store = store;
        this.clock = clock;
    }

    @Override
    public Standing standing(String username, String protocolId) {
        ReadingStore.ReadAndBlocking r = store.readAndBlocking(protocolId, username);
        if (r.read()) {
            return Standing.READ;
        }
        return r.blocking() ? Standing.UNREAD_BLOCKED : Standing.UNREAD;
    }

    @Override
    public void noteUnreadRequest(UUID requestId, String username, String protocolId) {
        store.noteUnreadRequest(requestId, username, protocolId, clock.instant());
    }

    @Override
    public Optional<String> reviewerNote(UUID requestId) {
        return store.unreadVersion(requestId).map(v -> "When asking, the requester had not recorded reading protocol version "
                + v + ", under which this request was decided.");
    }
}
