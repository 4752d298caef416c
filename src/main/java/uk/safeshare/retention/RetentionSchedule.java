package uk.safeshare.retention;

import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.Map;
import java.util.Set;
import uk.safeshare.cases.CrimeType;
import uk.safeshare.cases.PersonRole;

/**
 * One version of the retention schedule: how many years after a record is made it is first reviewed,
 * by {@link RecordGroup}. Plain Java, so that the dates it gives can be checked at their edges.
 */
public record RetentionSchedule(int version, Map<RecordGroup, Integer> years, String reason, String setBy, Instant setAt) {

    public static final int MIN_YEARS = 1;
    public static final int MAX_YEARS = 100;

    public RetentionSchedule {
        years = Map.copyOf(new EnumMap<>(years));
        for (RecordGroup group : RecordGroup.values()) {
            Integer y = years.get(group);
            if (y == null || y < MIN_YEARS || y > MAX_YEARS) {
                throw new IllegalArgumentException("every group needs a review period of 1 to 100 years");
            }
        }
    }

    /** The group of a case, from its crime types: the most serious one decides. */
    public static RecordGroup groupOfCase(Set<CrimeType> crimeTypes) {
        if (crimeTypes.contains(CrimeType.SERIOUS_SEXUAL_OFFENCE) || crimeTypes.contains(CrimeType.MODERN_SLAVERY)) {
            return RecordGroup.PUBLIC_PROTECTION;
        }
        if (crimeTypes.contains(CrimeType.DOMESTIC_ABUSE)) {
            return RecordGroup.SERIOUS_OFFENCE;
        }
        return RecordGroup.OTHER_OFFENCE;
    }

    /** A person recorded only as a victim or witness is in that group; a suspect takes the case's group. */
    public static RecordGroup groupOfPerson(PersonRole role, Set<CrimeType> crimeTypes) {
        return switch (role) {
            case VICTIM, WITNESS -> RecordGroup.VICTIM_WITNESS_ONLY;
            case SUSPECT, VICTIM_AND_SUSPECT -> groupOfCase(crimeTypes);
        };
    }

    /**
     * The first review date of a record made on {@code madeOn}: that day plus the group's years (29 February
     * falls to 28 February). A disclosure's retention date, when later, holds the record until then.
     */
    public LocalDate firstReview(RecordGroup group, LocalDate madeOn, LocalDate heldByDisclosureUntil) {
        LocalDate byGroup = madeOn.plusYears(years.get(group));
        return heldByDisclosureUntil != null && heldByDisclosureUntil.isAfter(byGroup) ? heldByDisclosureUntil : byGroup;
    }
}
