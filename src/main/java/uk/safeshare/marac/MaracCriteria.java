package uk.safeshare.marac;

import java.time.Instant;
import java.time.ZoneId;
import java.util.Collection;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;

/**
 * The MARAC referral criteria that depend on time, in plain Java. "12 months" is twelve calendar
 * months on the UK calendar, and both ends of a window are included.
 */
public final class MaracCriteria {

    public static final int ESCALATION_INCIDENTS = 3;
    private static final ZoneId UK = ZoneId.of("Europe/London");

    private MaracCriteria() {
    }

    /**
     * Potential escalation: at least 3 domestic abuse incidents in the 12 months up to and including
     * {@code incidentAt} (the incident being assessed, which is one of {@code incidents}).
     */
    public static boolean potentialEscalation(Collection<Instant> incidents, Instant incidentAt) {
        Instant from = twelveMonthsBefore(incidentAt);
        long inWindow = incidents.stream().filter(i -> !i.isBefore(from) && !i.isAfter(incidentAt)).count();
        return inWindow >= ESCALATION_INCIDENTS;
    }

    /** Repeat: the incident comes after the person's last MARAC referral and no more than 12 months after it. */
    public static boolean isRepeat(Optional<Instant> lastReferral, Instant incidentAt) {
        return lastReferral.filter(last -> !incidentAt.isBefore(last) && !incidentAt.isAfter(twelveMonthsAfter(last))).isPresent();
    }

    /**
     * Every criterion an assessment meets, in {@link ReferralCriterion} order; empty when no referral is due.
     *
     * @param highRisk          the assessment's grade is high
     * @param raisedByJudgement professional judgement raised it to that grade
     */
    public static Set<ReferralCriterion> criteria(boolean highRisk, boolean raisedByJudgement, Collection<Instant> incidents,
                                                  Instant incidentAt, Optional<Instant> lastReferral) {
        Set<ReferralCriterion> met = EnumSet.noneOf(ReferralCriterion.class);
        if (highRisk) {
            met.add(raisedByJudgement ? ReferralCriterion.PROFESSIONAL_JUDGEMENT : ReferralCriterion.HIGH_RISK_CHECKLIST);
        }
        if (potentialEscalation(incidents, incidentAt)) {
            met.add(ReferralCriterion.POTENTIAL_ESCALATION);
        }
        if (isRepeat(lastReferral, incidentAt)) {
            met.add(ReferralCriterion.REPEAT);
        }
        return met;
    }

    static Instant twelveMonthsBefore(Instant at) {
        return at.atZone(UK).minusMonths(12).toInstant();
    }

    static Instant twelveMonthsAfter(Instant at) {
        return at.atZone(UK).plusMonths(12).toInstant();
    }
}
