package uk.safeshare.firewall.protocol.rules;

import uk.safeshare.cases.CrimeType;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import uk.safeshare.firewall.protocol.Obligation;
import uk.safeshare.firewall.protocol.ParameterSpec;
import uk.safeshare.firewall.protocol.ProtocolSettings;
import uk.safeshare.firewall.protocol.Reviewer;
import uk.safeshare.firewall.protocol.Rule;
import uk.safeshare.firewall.protocol.RuleOutcome;
import uk.safeshare.firewall.protocol.SharingFacts;
import uk.safeshare.firewall.protocol.ValueType;

/**
 * A migrant child is treated as vulnerable, never as a suspect of an immigration offence: any
 * request to share about a child with immigration enforcement is reviewed, and the local authority,
 * which leads the child's safeguarding, is told.
 */
public final class ChildrenAreVulnerableNotSuspects implements Rule {

    public static final String ID = "children-are-vulnerable-not-suspects";
    public static final String REVIEW_BY = "reviewBy";

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String title() {
        return "Children are treated as vulnerable, never as suspects of immigration offences";
    }

    @Override
    public String source() {
        return "Safe to share? recommendation 4; Cambridgeshire Constabulary response, paragraph 4.3(iv)"
                + " (migrant children are supported as vulnerable people, not classed as suspects of"
                + " immigration offences)";
    }

    @Override
    public List<ParameterSpec> parameters() {
        return List.of(new ParameterSpec(REVIEW_BY, ValueType.oneOf(Reviewer.class),
                "Who reviews a request to share about a child with immigration enforcement."));
    }

    @Override
    public Optional<RuleOutcome> apply(SharingFacts facts, ProtocolSettings settings) {
        if (!facts.child() || !settings.isImmigrationEnforcement(facts.recipient())) {
            return Optional.empty();
        }
        var config = settings.rule(ID);
        if (facts.isVictim() && facts.involves(CrimeType.MODERN_SLAVERY)) {
            // A child victim of modern slavery or trafficking: prohibited, not reviewed, so no reviewer can send it.
            return Optional.of(RuleOutcome.prohibit(ID,
                    "The person is a child who is a victim of modern slavery or human trafficking. Nothing about them"
                            + " goes to " + Wording.recipient(facts) + ", whatever a reviewer decides. The National"
                            + " Referral Mechanism and the local authority are told as the modern slavery rules say.",
                    config.source(), Set.of(Obligation.TELL_LOCAL_AUTHORITY)));
        }
        return Optional.of(RuleOutcome.refer(ID,
                "The person is a child. A migrant child is treated as vulnerable, never as a suspect of an"
                        + " immigration offence, so a reviewer decides on any sharing with "
                        + Wording.recipient(facts) + ", and the local authority is told.",
                config.source(),
                config.reviewer(REVIEW_BY),
                Set.of(Obligation.TELL_LOCAL_AUTHORITY)));
    }
}
