package uk.safeshare.firewall;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Facts about the published safeguarding protocol, for governance reporting and its adoption. Nothing about a person. */
public interface ProtocolFigures {

    /** The version in force now, if any has been published. */
    Optional<ProtocolInForce> inForce();

    /**
     * What changed, in plain words, from the version published before {@code id} to {@code id},
     * worked out from the parsed rules and settings; empty if no such version is published.
     */
    Optional<List<PlainChange>> changesIn(String id);

    /**
     * @param versionsPublished how many versions have been published in all, this one included
     */
    record ProtocolInForce(String id, String title, Instant publishedAt, int versionsPublished) {
    }

    /** One change: what it is about (a setting or rule) and what changed. */
    record PlainChange(String about, String what) {
    }
}
