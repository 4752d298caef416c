package uk.safeshare.firewall.protocol.rules;

import java.util.Optional;
import java.util.Set;
import uk.safeshare.firewall.protocol.Obligation;
import uk.safeshare.firewall.protocol.ProtocolSettings;
import uk.safeshare.firewall.protocol.Purpose;
import uk.safeshare.firewall.protocol.Rule;
import uk.safeshare.firewall.protocol.RuleOutcome;
import uk.safeshare.firewall.protocol.SharingFacts;

/**
 * Sharing for safeguarding with a statutory partner named in the protocol's {@code statutoryPartners}
 * setting is permitted with obligations. Immigration enforcement is never a statutory partner: sharing
 * with it is not safeguarding.
 */
public final class SafeguardingWithStatutoryPartners implements Rule {

    public static final String ID = "safeguarding-with-statutory-partners";

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String title() {
        return "Safeguarding with statutory partners is permitted with obligations";
    }

    @Override
    public String source() {
        return "Safe to share? recommendation 3 (the police, with partner agencies, provide safeguarding; sharing"
                + " with Immigration Enforcement is not safeguarding); Children Act 2004, section 11;"
                + " Care Act 2014, section 42";
    }

    @Override
    public Optional<RuleOutcome> apply(SharingFacts facts, ProtocolSettings settings) {
        if (facts.purpose() != Purpose.SAFEGUARDING
                || !settings.statutoryPartners().contains(facts.recipient())
                || settings.isImmigrationEnforcement(facts.recipient())) {
            return Optional.empty();
        }
        return Optional.of(RuleOutcome.permit(ID,
                "Sharing with " + Wording.recipient(facts) + ", a statutory partner, to safeguard the person or"
                        + " others is permitted once the obligations are met.",
                settings.rule(ID).source(),
                Set.of(Obligation.TELL_PERSON_WHAT_AND_WHY)));
    }
}
