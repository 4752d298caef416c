package uk.safeshare.firewall.protocol;

import java.util.Collections;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;

/**
 * One rule that fired for a request: which rule, why in plain English, the recommendation or
 * guidance it comes from, its effect, the obligations it adds, and (for a referral) who reviews.
 *
 * @param reviewer who must review; present exactly when the effect is {@link Effect#REFER_FOR_REVIEW}
 */
public record RuleOutcome(
        String ruleId,
        String reason,
        String source,
        Effect effect,
        Set<Obligation> obligations,
        Reviewer reviewer) {

    public RuleOutcome {
        Objects.requireNonNull(ruleId, "ruleId");
        Objects.requireNonNull(reason, "reason");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(effect, "effect");
        obligations = obligations == null || obligations.isEmpty()
                ? Collections.emptySet()
                : Collections.unmodifiableSet(EnumSet.copyOf(obligations));
        if ((effect == Effect.REFER_FOR_REVIEW) != (reviewer != null)) {
            throw new IllegalArgumentException(
                    "a reviewer is named exactly when the effect is a referral for review (rule " + ruleId + ")");
        }
    }

    public static RuleOutcome prohibit(String ruleId, String reason, String source, Set<Obligation> obligations) {
        return new RuleOutcome(ruleId, reason, source, Effect.PROHIBIT, obligations, null);
    }

    public static RuleOutcome permit(String ruleId, String reason, String source, Set<Obligation> obligations) {
        return new RuleOutcome(ruleId, reason, source, Effect.PERMIT, obligations, null);
    }

    public static RuleOutcome refer(
            String ruleId, String reason, String source, Reviewer reviewer, Set<Obligation> obligations) {
        return new RuleOutcome(ruleId, reason, source, Effect.REFER_FOR_REVIEW, obligations,
                Objects.requireNonNull(reviewer, "reviewer"));
    }
}
