package uk.safeshare.firewall.benchmark;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import uk.safeshare.cases.CrimeType;
import uk.safeshare.cases.PersonRole;
import uk.safeshare.cases.StatusBasis;
import uk.safeshare.firewall.protocol.Consent;
import uk.safeshare.firewall.protocol.DataCategory;
import uk.safeshare.firewall.protocol.LawfulBasis;
import uk.safeshare.firewall.protocol.PathwayStage;
import uk.safeshare.firewall.protocol.Purpose;
import uk.safeshare.firewall.protocol.Recipient;
import uk.safeshare.firewall.protocol.SharingFacts;

/**
 * A fixed, realistic mix of sharing requests: the same requests every run (a fixed seed), weighted
 * the way a force's requests would be. Most go to partners for safeguarding and support; about one
 * in six involves immigration enforcement or another part of the Home Office; most cases are
 * domestic abuse; status is usually not known or only doubted.
 */
final class RequestMix {

    static final int SIZE = 10_000;
    private static final long SEED = 20_201_217L;

    private RequestMix() {}

    static List<SharingFacts> requests() {
        Random random = new Random(SEED);
        List<SharingFacts> requests = new ArrayList<>(SIZE);
        for (int i = 0; i < SIZE; i++) {
            requests.add(request(random));
        }
        return List.copyOf(requests);
    }

    private static SharingFacts request(Random random) {
        PersonRole role = pick(random, new PersonRole[] {
            PersonRole.VICTIM, PersonRole.WITNESS, PersonRole.SUSPECT, PersonRole.VICTIM_AND_SUSPECT},
                new int[] {65, 20, 5, 10});
        Set<CrimeType> crimeTypes = crimeTypes(random);
        Recipient recipient = pick(random, new Recipient[] {
            Recipient.LOCAL_AUTHORITY, Recipient.SPECIALIST_ORGANISATION, Recipient.MARAC,
            Recipient.IMMIGRATION_ENFORCEMENT, Recipient.OTHER_HOME_OFFICE,
            Recipient.MODERN_SLAVERY_REFERRAL_MECHANISM, Recipient.OTHER_POLICE_FORCE,
            Recipient.FORCED_MARRIAGE_UNIT, Recipient.OTHER},
                new int[] {28, 16, 10, 13, 3, 6, 15, 2, 7});
        Purpose purpose = purposeFor(recipient, random);
        StatusBasis status = pick(random, StatusBasis.values(), new int[] {50, 25, 10, 15});
        String evidence = status == StatusBasis.EVIDENCE_OF_IMMIGRATION_OFFENCE && random.nextInt(10) > 0
                ? "Admitted overstaying a visitor visa in interview"
                : "";
        boolean suspected = role == PersonRole.VICTIM_AND_SUSPECT || random.nextInt(20) == 0;
        Consent consent = pick(random, Consent.values(), new int[] {50, 15, 30, 5});
        Set<DataCategory> data = EnumSet.of(DataCategory.IDENTITY, DataCategory.CONTACT_DETAILS);
        if (random.nextInt(3) == 0) {
            data.add(DataCategory.OFFENCE_DETAILS);
        }
        if (random.nextInt(4) == 0) {
            data.add(DataCategory.VULNERABILITY);
        }
        if (random.nextInt(5) == 0) {
            data.add(random.nextBoolean() ? DataCategory.ETHNICITY : DataCategory.HEALTH);
        }
        return new SharingFacts(
                role,
                random.nextInt(100) < 12,
                crimeTypes,
                recipient,
                purpose,
                pick(random, PathwayStage.values(), new int[] {35, 30, 20, 10, 5}),
                status,
                evidence,
                suspected,
                suspected ? "Assault during the same incident" : "",
                consent,
                data,
                random.nextInt(10) == 0 ? null : LawfulBasis.LAW_ENFORCEMENT_NECESSITY,
                random.nextInt(33) == 0 ? "" : "Needed to protect the victim from further abuse",
                random.nextInt(50) == 0,
                recipient == Recipient.MARAC && random.nextInt(100) < 85,
                random.nextInt(3) == 0);
    }

    private static Set<CrimeType> crimeTypes(Random random) {
        int roll = random.nextInt(100);
        if (roll < 50) {
            return EnumSet.of(CrimeType.DOMESTIC_ABUSE);
        } else if (roll < 55) {
            return EnumSet.of(CrimeType.DOMESTIC_ABUSE, CrimeType.SERIOUS_SEXUAL_OFFENCE);
        } else if (roll < 63) {
            return EnumSet.of(CrimeType.MODERN_SLAVERY);
        } else if (roll < 66) {
            return EnumSet.of(CrimeType.MODERN_SLAVERY, CrimeType.DOMESTIC_ABUSE);
        } else if (roll < 78) {
            return EnumSet.of(CrimeType.SERIOUS_SEXUAL_OFFENCE);
        }
        return EnumSet.of(CrimeType.OTHER);
    }

    private static Purpose purposeFor(Recipient recipient, Random random) {
        return switch (recipient) {
            case LOCAL_AUTHORITY, MARAC, FORCED_MARRIAGE_UNIT ->
                    random.nextInt(10) < 9 ? Purpose.SAFEGUARDING : Purpose.OTHER;
            case SPECIALIST_ORGANISATION -> random.nextInt(10) < 9 ? Purpose.SUPPORT_REFERRAL : Purpose.SAFEGUARDING;
            case MODERN_SLAVERY_REFERRAL_MECHANISM -> Purpose.MODERN_SLAVERY_REFERRAL;
            case IMMIGRATION_ENFORCEMENT, OTHER_HOME_OFFICE -> pick(random, new Purpose[] {
                Purpose.IMMIGRATION_STATUS_CHECK, Purpose.INVESTIGATION, Purpose.SAFEGUARDING, Purpose.OTHER},
                    new int[] {40, 35, 15, 10});
            case OTHER_POLICE_FORCE -> pick(random, new Purpose[] {
                Purpose.INVESTIGATION, Purpose.SAFEGUARDING, Purpose.PROSECUTION}, new int[] {50, 35, 15});
            case OTHER -> pick(random, Purpose.values(), new int[] {5, 30, 15, 10, 5, 15, 20});
        };
    }

    private static <T> T pick(Random random, T[] values, int[] weights) {
        int total = 0;
        for (int weight : weights) {
            total += weight;
        }
        int roll = random.nextInt(total);
        for (int i = 0; i < values.length; i++) {
            roll -= weights[i];
            if (roll < 0) {
                return values[i];
            }
        }
        throw new IllegalStateException("weights do not cover the values");
    }
}
