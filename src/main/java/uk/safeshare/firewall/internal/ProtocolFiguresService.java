package uk.safeshare.firewall.internal;

import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import uk.safeshare.firewall.ProtocolFigures;
import uk.safeshare.firewall.protocol.ProtocolDiff;
import uk.safeshare.firewall.protocol.ProtocolParser;

@Service
class ProtocolFiguresService implements ProtocolFigures {

    private final ProtocolStore store;
    private final ProtocolParser parser = new ProtocolParser();
    private final ProtocolDiff diff = new ProtocolDiff();

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

    @Override
    @Transactional(readOnly = true)
    public Optional<List<PlainChange>> changesIn(String id) {
        Optional<ProtocolStore.Published> version = store.version(id);
        if (version.isEmpty()) {
            return Optional.empty();
        }
        // Versions are listed newest first: the one before is the next with a lower sequence number.
        Optional<ProtocolStore.Published> previous = store.versions().stream()
                .filter(v -> v.seq() < version.get().seq()).findFirst();
        var after = parser.parse(store.text(id).orElseThrow());
        var before = previous.map(p -> parser.parse(store.text(p.id()).orElseThrow())).orElse(null);
        return Optional.of(diff.between(before, after).stream().map(c -> new PlainChange(c.about(), c.what())).toList());
    }
}
