package uk.safeshare.cases;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * Facts about the victims and witnesses in cases, for aggregate figures only (the needs
 * assessment). Callers count them and never show a person; the id lets a caller match a person to
 * their referrals and is never shown either.
 */
public interface CaseFigures {

    /** Victims, witnesses and victims-and-suspects on cases that occurred in [from, to). */
    List<PersonFact> victimsAndWitnesses(Instant from, Instant to);

    /** Facts about the given people (any role), by person id; people not found are left out. */
    java.util.Map<UUID, PersonFact> peopleById(java.util.Collection<UUID> personIds);

    /** The area of the case each person is on, by person id; people not found are left out. */
    java.util.Map<UUID, String> areasOf(java.util.Collection<UUID> personIds);

    /**
     * @param ethnicitySelfDefined the census code, or null if not recorded
     * @param nationality          ISO 3166-1 alpha-2, or null
     * @param language             ISO 639-1, or null
     */
    record PersonFact(UUID personId, PersonRole role, String area, String language, SelfDefinedEthnicity ethnicitySelfDefined,
                      String nationality) {
    }
}
