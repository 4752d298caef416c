package uk.safeshare.monitoring.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.EnumSet;
import java.util.HexFormat;
import java.util.Set;
import java.util.SplittableRandom;
import uk.safeshare.cases.CrimeType;
import uk.safeshare.cases.ObservedEthnicity;
import uk.safeshare.cases.PersonRole;
import uk.safeshare.cases.SelfDefinedEthnicity;
import uk.safeshare.cases.StatusBasis;

/**
 * Fictional monitoring records with realistic proportions, from a fixed seed (the same seed always
 * gives the same records). For the demo force's past quarters and for the benchmark; never mixed
 * with real records (demo data is off in production).
 *
 * <p>Proportions: most requests are about victims of domestic abuse about whom there are only
 * doubts or nothing known, and so are prohibited; checks of police systems for immigration
 * purposes are about a quarter; suspects with evidence of an immigration offence are referred
 * for review; nationalities follow a long tail.
 */
final class RecordGenerator {

    private static final String[] NATIONALITIES = {"RO", "PL", "AL", "IN", "PK", "NG", "ER", "SY", "AF", "IQ", "IR", "SD",
            "VN", "CN", "BD", "LT", "BG", "ZW", "SO", "ET", "PH", "BR", "UA", "TR", "EG", "GH", "LK", "KE", "JM", "NP"};
    private static final SelfDefinedEthnicity[] SELF_DEFINED = SelfDefinedEthnicity.values();
    private static final int[] SELF_DEFINED_WEIGHTS = {6, 8, 3, 2, 4, 2, 14, 3, 1, 1, 1, 2, 6, 5, 4, 1, 1, 24, 12};

    private final long seed;
    private final SplittableRandom random;

    RecordGenerator(long seed) {
        this.seed = seed;
        this.random = new SplittableRandom(seed);
    }

    MonitoringRecord next(Quarter quarter, long index) {
        PersonRole role = pick(PersonRole.values(), 55, 12, 23, 10);
        StatusBasis basis = role == PersonRole.SUSPECT
                ? pick(StatusBasis.values(), 25, 30, 35, 10)
                : pick(StatusBasis.values(), 35, 42, 11, 12);
        boolean check = random.nextInt(100) < 25;
        String purpose = check ? MonitoringRecord.STATUS_CHECK_PURPOSE
                : pick(new String[]{"INVESTIGATION", "SAFEGUARDING", "PROSECUTION", "OTHER"}, 50, 27, 15, 8);
        String recipient = check && random.nextInt(5) == 0 ? "OTHER_HOME_OFFICE" : "IMMIGRATION_ENFORCEMENT";
        Set<CrimeType> types = random.nextInt(100) < 8 ? EnumSet.of(CrimeType.DOMESTIC_ABUSE, CrimeType.values()[1 + random.nextInt(3)])
                : EnumSet.of(pick(CrimeType.values(), 58, 15, 11, 16));
        boolean emergency = random.nextInt(100) == 0;
        Outcome outcome = outcome(role, basis, check, types, emergency);
        SelfDefinedEthnicity selfDefined = random.nextInt(100) < 9 ? null : pick(SELF_DEFINED, SELF_DEFINED_WEIGHTS);
        ObservedEthnicity observed = random.nextInt(100) < 6 ? null : observedFor(selfDefined);
        String nationality = random.nextInt(100) < 6 ? null : NATIONALITIES[zipf(NATIONALITIES.length)];
        boolean child = random.nextInt(100) < 7;
        return new MonitoringRecord(key(quarter, index), quarter, outcome, recipient, purpose, check, role, child, types, basis,
                selfDefined, observed, nationality, emergency, "default-2026-01");
    }

    private Outcome outcome(PersonRole role, StatusBasis basis, boolean check, Set<CrimeType> types, boolean emergency) {
        if (emergency) {
            return Outcome.PERMITTED;
        }
        boolean doubtOnly = basis == StatusBasis.NOT_KNOWN || basis == StatusBasis.CONCERNS_OR_DOUBTS_ONLY;
        if (role.isVictim() && (check || (doubtOnly && types.contains(CrimeType.DOMESTIC_ABUSE)))) {
            return random.nextInt(100) < 97 ? Outcome.PROHIBITED : reviewed();
        }
        if (basis == StatusBasis.EVIDENCE_OF_IMMIGRATION_OFFENCE || role == PersonRole.VICTIM_AND_SUSPECT) {
            return reviewed();
        }
        if (role == PersonRole.SUSPECT) {
            return pick(new Outcome[]{Outcome.PERMITTED, Outcome.PROHIBITED}, 55, 10) == Outcome.PERMITTED
                    && random.nextInt(100) < 60 ? Outcome.PERMITTED : reviewed();
        }
        return pick(new Outcome[]{Outcome.PROHIBITED, Outcome.PERMITTED}, 70, 5) == Outcome.PROHIBITED ? Outcome.PROHIBITED : reviewed();
    }

    private Outcome reviewed() {
        return pick(new Outcome[]{Outcome.APPROVED_ON_REVIEW, Outcome.REFUSED_ON_REVIEW, Outcome.AWAITING_REVIEW}, 45, 47, 8);
    }

    private ObservedEthnicity observedFor(SelfDefinedEthnicity selfDefined) {
        if (selfDefined == null || random.nextInt(100) < 15) {
            return ObservedEthnicity.values()[random.nextInt(ObservedEthnicity.values().length)];
        }
        return switch (selfDefined.name().charAt(0)) {
            case 'A' -> selfDefined == SelfDefinedEthnicity.A4 ? ObservedEthnicity.IC5 : ObservedEthnicity.IC4;
            case 'B' -> ObservedEthnicity.IC3;
            case 'W' -> random.nextBoolean() ? ObservedEthnicity.IC1 : ObservedEthnicity.IC2;
            case 'O' -> ObservedEthnicity.IC6;
            default -> ObservedEthnicity.IC9;
        };
    }

    private int zipf(int n) {
        // Weight 1/(i+1): a few nationalities are common, most are rare.
        double total = 0;
        for (int i = 0; i < n; i++) {
            total += 1.0 / (i + 1);
        }
        double x = random.nextDouble() * total;
        for (int i = 0; i < n; i++) {
            x -= 1.0 / (i + 1);
            if (x < 0) {
                return i;
            }
        }
        return n - 1;
    }

    private <E> E pick(E[] values, int... weights) {
        int total = 0;
        for (int w : weights) {
            total += w;
        }
        int x = random.nextInt(total);
        for (int i = 0; i < weights.length; i++) {
            x -= weights[i];
            if (x < 0) {
                return values[i];
            }
        }
        return values[values.length - 1];
    }

    /** A key of the same shape as a real one, derived from the seed, quarter and number (nothing real behind it). */
    private String key(Quarter quarter, long index) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(sha.digest(("generated:" + seed + ":" + quarter + ":" + index)
                    .getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
