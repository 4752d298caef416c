package uk.safeshare.adoption.internal;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import uk.safeshare.adoption.AdoptionFigures;
import uk.safeshare.firewall.ProtocolFigures;
import uk.safeshare.identity.Identity;
import uk.safeshare.identity.TeamId;

/** Coverage counts for the tracker's live evidence: read when asked for, never stored. */
@Service
class AdoptionFiguresService implements AdoptionFigures {

    private final ProtocolFigures protocol;
    private final ReadingStore store;
    private final Identity identity;

    AdoptionFiguresService(ProtocolFigures protocol, ReadingStore store, Identity identity) {
        this.protocol = protocol;
        this.store = store;
        this.identity = identity;
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<Coverage> inForce() {
        return protocol.inForce().map(v -> {
            Map<TeamId, String> teams = new LinkedHashMap<>();
            identity.teams().forEach(t -> teams.put(t.id(), t.name()));
            return ProtocolAdoption.coverage(v.id(), v.title(), identity.peopleWithAnyRole(ProtocolAdoption.MUST_READ),
                    store.readers(v.id()), teams);
        });
    }
}
