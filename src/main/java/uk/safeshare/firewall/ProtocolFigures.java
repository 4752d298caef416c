package uk.safeshare.firewall;

import java.time.Instant;
import java.util.Optional;

/** Facts about the published safeguarding protocol, for governance reporting. Nothing about a person. */
public interface ProtocolFigures {

    /** The version in force now, if any has been published. */
    Optional<ProtocolInForce> inForce();

    /**
     * @param versionsPublished how many versions have been published in all, this one included
     */
    record ProtocolInForce(String id, String title, Instant publishedAt, int versionsPublished) {
    }
}
