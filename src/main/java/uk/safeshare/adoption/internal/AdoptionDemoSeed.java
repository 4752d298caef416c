package uk.safeshare.adoption.internal;

import java.util.List;
import org.springframework.stereotype.Component;
import uk.safeshare.adoption.AdoptionDemo;
import uk.safeshare.firewall.ProtocolFigures;
import uk.safeshare.identity.Identity;

/** Readings for the demo force, recorded through the same service as "I have read it", so audited alike. */
@Component
class AdoptionDemoSeed implements AdoptionDemo {

    private final ProtocolAdoption adoption;
    private final ProtocolFigures protocol;
    private final Identity identity;

    AdoptionDemoSeed(ProtocolAdoption adoption, ProtocolFigures protocol, Identity identity) {
        this.adoption = adoption;
        this.protocol = protocol;
        this.identity = identity;
    }

    @Override
    public void readAs(List<String> usernames) {
        protocol.inForce().ifPresent(v -> usernames.stream().filter(u -> identity.user(u).isPresent())
                .forEach(u -> identity.runAs(u, () -> adoption.recordRead(v.id()))));
    }
}
