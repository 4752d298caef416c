package uk.safeshare.firewall.protocol.rules;

import java.util.Optional;
import uk.safeshare.firewall.protocol.Effect;
import uk.safeshare.firewall.protocol.ProtocolSettings;
import uk.safeshare.firewall.protocol.Recipient;
import uk.safeshare.firewall.protocol.Rule;
import uk.safeshare.firewall.protocol.RuleOutcome;
import uk.safeshare.firewall.protocol.SharingFacts;

/**
 * Whatever else is shared about a victim in a modern slavery or trafficking case, the duty to notify
 * the referral mechanism applies: this rule decides nothing about the request itself but adds the
 * notification as an obligation, so it is owed even when the request is prohibited.
 */
public final class ModernSlaveryDutyToNotify implements Rule {

    public static final String ID = "modern-slavery-duty-to-notify";

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String title() {
        return "Modern slavery: the duty to notify applies whatever else is shared";
    }

    @Override
    public String source() {
        return ModernSlaveryPathway.SOURCE;
    }

    @Override
    public Optional<RuleOutcome> apply(SharingFacts facts, ProtocolSettings settings) {
        if (!ModernSlaveryPathway.applies(facts) || facts.recipient() == Recipient.MODERN_SLAVERY_REFERRAL_MECHANISM) {
            return Optional.empty();
        }
        return Optional.of(new RuleOutcome(ID,
                "The case involves modern slavery or human trafficking, a different pathway from domestic abuse:"
                        + " the duty to notify applies whatever else is shared. " + ModernSlaveryPathway.how(facts),
                settings.rule(ID).source(),
                Effect.ADD_OBLIGATIONS,
                ModernSlaveryPathway.obligations(facts),
                null));
    }
}
