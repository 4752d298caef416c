package uk.safeshare.firewall.protocol;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import uk.safeshare.cases.CrimeType;
import uk.safeshare.cases.PersonRole;
import uk.safeshare.cases.StatusBasis;

/**
 * Every combination of the facts the protocol decides on, for exhaustive tests: role x crime types
 * x recipient x purpose x status basis (evidence described, and claimed but not described) x
 * suspicion x consent x child or adult x data asked for x MARAC agreement, threat to life off.
 */
final class Combinations {

    static final List<Set<CrimeType>> CRIME_TYPE_SETS = List.of(
            EnumSet.of(CrimeType.DOMESTIC_ABUSE),
            EnumSet.of(CrimeType.MODERN_SLAVERY),
            EnumSet.of(CrimeType.SERIOUS_SEXUAL_OFFENCE),
            EnumSet.of(CrimeType.OTHER),
            EnumSet.of(CrimeType.DOMESTIC_ABUSE, CrimeType.MODERN_SLAVERY),
            EnumSet.of(CrimeType.DOMESTIC_ABUSE, CrimeType.SERIOUS_SEXUAL_OFFENCE),
            EnumSet.of(CrimeType.MODERN_SLAVERY, CrimeType.OTHER),
            EnumSet.allOf(CrimeType.class));

    /** The status as recorded, with the evidence text that goes with it. */
    record Status(StatusBasis basis, String evidence) {}

    static final List<Status> STATUSES = List.of(
            new Status(StatusBasis.NOT_KNOWN, ""),
            new Status(StatusBasis.CONCERNS_OR_DOUBTS_ONLY, ""),
            new Status(StatusBasis.EVIDENCE_OF_IMMIGRATION_OFFENCE, "Found working in breach of visa conditions"),
            new Status(StatusBasis.EVIDENCE_OF_IMMIGRATION_OFFENCE, ""),
            new Status(StatusBasis.CONFIRMED_LAWFUL_STATUS, ""));

    /** Data asked for, and whether a special-category justification has been reviewed. */
    record Data(Set<DataCategory> categories, boolean reviewed) {}

    static final List<Data> DATA = List.of(
            new Data(EnumSet.of(DataCategory.IDENTITY, DataCategory.CONTACT_DETAILS), false),
            new Data(EnumSet.of(DataCategory.IDENTITY, DataCategory.ETHNICITY, DataCategory.HEALTH), false),
            new Data(EnumSet.of(DataCategory.IDENTITY, DataCategory.ETHNICITY, DataCategory.HEALTH), true));

    private Combinations() {}

    /** Calls the consumer with every combination; returns how many there were. */
    static int forEach(boolean threatToLife, Consumer<SharingFacts> consumer) {
        int count = 0;
        for (PersonRole role : PersonRole.values()) {
            for (Set<CrimeType> crimeTypes : CRIME_TYPE_SETS) {
                for (Recipient recipient : Recipient.values()) {
                    for (Purpose purpose : Purpose.values()) {
                        for (Status status : STATUSES) {
                            for (boolean suspected : new boolean[] {false, true}) {
                                for (Consent consent : Consent.values()) {
                                    for (boolean child : new boolean[] {false, true}) {
                                        for (Data data : DATA) {
                                            for (boolean maracAccepted : new boolean[] {false, true}) {
                                                consumer.accept(new SharingFacts(role, child, crimeTypes, recipient,
                                                        purpose, PathwayStage.INVESTIGATION, status.basis(),
                                                        status.evidence(), suspected,
                                                        suspected ? "Theft from an employer" : "", consent,
                                                        data.categories(), LawfulBasis.LAW_ENFORCEMENT_NECESSITY,
                                                        "Needed for the investigation", threatToLife, maracAccepted,
                                                        data.reviewed()));
                                                count++;
                                            }
                                        }
                                    }
                                }
                            }
                        }
                    }
                }
            }
        }
        return count;
    }
}
