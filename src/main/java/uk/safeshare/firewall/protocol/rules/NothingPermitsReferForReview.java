package uk.safeshare.firewall.protocol.rules;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import uk.safeshare.firewall.protocol.ParameterSpec;
import uk.safeshare.firewall.protocol.ProtocolSettings;
import uk.safeshare.firewall.protocol.Reviewer;
import uk.safeshare.firewall.protocol.Rule;
import uk.safeshare.firewall.protocol.RuleOutcome;
import uk.safeshare.firewall.protocol.SharingFacts;
import uk.safeshare.firewall.protocol.ValueType;

/**
 * The fallback: anything no rule permits (and no rule prohibits or refers) is referred for review,
 * never silently permitted. The rule set applies it only when no other rule has decided.
 */
public final class NothingPermitsReferForReview implements Rule {

    public static final String ID = "nothing-permits-refer-for-review";
    public static final String REVIEW_BY = "reviewBy";
    public static final String IMMIGRATION_ENFORCEMENT_REVIEW_BY = "immigrationEnforcementReviewBy";

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String title() {
        return "Anything no rule permits is referred for review, never silently permitted";
    }

    @Override
    public String source() {
        return "Safe to share? recommendation 3 (specify the circumstances in which information may be shared,"
                + " with governance that ensures data protection law is followed)";
    }

    @Override
    public List<ParameterSpec> parameters() {
        return List.of(
                new ParameterSpec(REVIEW_BY, ValueType.oneOf(Reviewer.class),
                        "Who reviews a request that no rule decides."),
                new ParameterSpec(IMMIGRATION_ENFORCEMENT_REVIEW_BY, ValueType.oneOf(Reviewer.class),
                        "Who reviews such a request when the recipient is immigration enforcement."));
    }

    @Override
    public Optional<String> mandatoryBecause() {
        return Optional.of("without it a request that no rule covers would have no decision");
    }

    @Override
    public Optional<RuleOutcome> apply(SharingFacts facts, ProtocolSettings settings) {
        var config = settings.rule(ID);
        boolean immigration = settings.isImmigrationEnforcement(facts.recipient());
        return Optional.of(RuleOutcome.refer(ID,
                "No rule of this protocol permits sharing with " + Wording.recipient(facts) + " for this purpose ("
                        + facts.purpose().label().toLowerCase(java.util.Locale.ROOT)
                        + "), so a reviewer decides rather than it being silently permitted.",
                config.source(),
                config.reviewer(immigration ? IMMIGRATION_ENFORCEMENT_REVIEW_BY : REVIEW_BY),
                Set.of()));
    }

    /**
     * The referral owed when immigration status information is asked for without the person's consent:
     * it goes only after review, whoever the recipient is, even where another rule would permit it.
     */
    public static RuleOutcome immigrationStatusWithoutConsent(SharingFacts facts, ProtocolSettings settings) {
        var config = settings.rule(ID);
        boolean immigration = settings.isImmigrationEnforcement(facts.recipient());
        return RuleOutcome.refer(ID,
                "Information about the person's immigration status is asked for without their consent ("
                        + facts.consent().label().toLowerCase(java.util.Locale.ROOT) + "), so a reviewer decides before"
                        + " it goes to " + Wording.recipient(facts) + ", whichever rule would otherwise permit it.",
                config.source(),
                config.reviewer(immigration ? IMMIGRATION_ENFORCEMENT_REVIEW_BY : REVIEW_BY),
                Set.of());
    }
}
