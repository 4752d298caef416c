package uk.safeshare.firewall.internal;

import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import uk.safeshare.firewall.ProtocolFigures;

@Service
class ProtocolFiguresService implements ProtocolFigures {

    private final ProtocolStore store;

    ProtocolFiguresService(ProtocolStore store) {
        this.store = store;
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<ProtocolInForce> inForce() {
        List<ProtocolStore.Published> versions = store.versions();
        return versions.stream().findFirst()
                .map(v -> new ProtocolInForce(v.id(), v.title(), v.publishedAt(), versions.size()));
    }
}
