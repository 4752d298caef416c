package uk.safeshare.firewall;

import java.util.List;

/**
 * The organisations a decision that owes "offer a specialist referral" lists: those that advise on
 * immigration or give migrant-led support, and so can act as intermediary. Declared here and provided
 * by whoever keeps the directory, so that the firewall does not depend on it.
 */
public interface SpecialistOffers {

    List<Offer> intermediaries();

    /** @param help what the organisation offers, in words */
    record Offer(String name, List<String> help) {
    }
}
