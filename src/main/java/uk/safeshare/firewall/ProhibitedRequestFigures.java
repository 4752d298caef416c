package uk.safeshare.firewall;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * Prohibited requests to share whose decision owed an offer of a specialist referral, for the needs
 * assessment: the offer only helps if an organisation serves the person's area and language. Callers
 * count them and never show a person.
 */
public interface ProhibitedRequestFigures {

    /** The person of each such request made in [from, to), once per request. */
    List<UUID> peopleOfferedAReferral(Instant from, Instant to);
}
