package uk.safeshare.firewall.protocol.rules;

import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import uk.safeshare.firewall.protocol.Obligation;
import uk.safeshare.firewall.protocol.ParameterSpec;
import uk.safeshare.firewall.protocol.ProtocolSettings;
import uk.safeshare.firewall.protocol.Reviewer;
import uk.safeshare.firewall.protocol.Rule;
import uk.safeshare.firewall.protocol.RuleOutcome;
import uk.safeshare.firewall.protocol.SharingFacts;
import uk.safeshare.firewall.protocol.ValueType;

/**
 * Described evidence of an immigration offence does not make sharing with immigration enforcement
 * automatic: a reviewer decides, and if it goes ahead the person is told what is shared, when and
 * why, and only the minimum is shared. (Evidence claimed but not described counts as doubt.)
 */
public final class EvidenceOfImmigrationOffence implements Rule {

    public static final String ID = "evidence-of-immigration-offence";
    public static final String REVIEW_BY = "reviewBy";

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String title() {
        return "Evidence of an immigration offence: sharing is reviewed, never automatic";
    }

    @Override
    public String source() {
        return "Safe to share? recommendation 1 (doubt about status is not evidence of an offence) and"
                + " recommendation 3 (tell victims and witnesses what is shared and why; data protection)";
    }

    @Override
    public List<ParameterSpec> parameters() {
        return List.of(new ParameterSpec(REVIEW_BY, ValueType.oneOf(Reviewer.class),
                "Who reviews a request to share with immigration enforcement on evidence of an offence."));
    }

    @Override
    public Optional<RuleOutcome> apply(SharingFacts facts, ProtocolSettings settings) {
        if (!settings.isImmigrationEnforcement(facts.recipient())
                || !facts.hasDescribedEvidenceOfImmigrationOffence()) {
            return Optional.empty();
        }
        var config = settings.rule(ID);
        return Optional.of(RuleOutcome.refer(ID,
                "The police have " + Wording.statusKnowledge(facts)
                        + ". That does not make sharing with " + Wording.recipient(facts)
                        + " automatic: a reviewer decides. If it goes ahead, the person is told what is shared,"
                        + " when and why, and only the minimum needed is shared.",
                config.source(),
                config.reviewer(REVIEW_BY),
                EnumSet.of(Obligation.TELL_PERSON_WHAT_AND_WHY, Obligation.SHARE_MINIMUM_NECESSARY)));
    }
}
