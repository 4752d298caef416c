package uk.safeshare.firewall.protocol.rules;

import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import uk.safeshare.firewall.protocol.DataCategory;
import uk.safeshare.firewall.protocol.Obligation;
import uk.safeshare.firewall.protocol.ProtocolSettings;
import uk.safeshare.firewall.protocol.Purpose;
import uk.safeshare.firewall.protocol.Recipient;
import uk.safeshare.firewall.protocol.Rule;
import uk.safeshare.firewall.protocol.RuleOutcome;
import uk.safeshare.firewall.protocol.SharingFacts;

/**
 * A referral or notification to the modern slavery referral mechanism about a victim in a modern
 * slavery or trafficking case is permitted: a child always, with the local authority told; an
 * adult with consent; an adult without consent anonymously, with every identifying category left out.
 */
public final class ModernSlaveryReferral implements Rule {

    public static final String ID = "modern-slavery-referral";

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String title() {
        return "Modern slavery: refer to the National Referral Mechanism (anonymously for an adult who does not"
                + " consent)";
    }

    @Override
    public String source() {
        return ModernSlaveryPathway.SOURCE;
    }

    @Override
    public Optional<RuleOutcome> apply(SharingFacts facts, ProtocolSettings settings) {
        // Only the referral or notification itself: any other purpose to the referral mechanism is for the other rules.
        if (facts.recipient() != Recipient.MODERN_SLAVERY_REFERRAL_MECHANISM || !ModernSlaveryPathway.applies(facts)
                || facts.purpose() != Purpose.MODERN_SLAVERY_REFERRAL) {
            return Optional.empty();
        }
        Set<Obligation> obligations = ModernSlaveryPathway.obligations(facts);
        String reason = "The case involves modern slavery or human trafficking and the police have a duty to notify. "
                + ModernSlaveryPathway.how(facts);
        if (ModernSlaveryPathway.anonymous(facts)) {
            String identifying = facts.dataCategories().stream()
                    .filter(DataCategory::isIdentifying)
                    .map(DataCategory::label)
                    .collect(Collectors.joining("; "));
            if (!identifying.isEmpty()) {
                reason += " Leave out the identifying categories asked for: " + identifying + ".";
            }
        } else {
            obligations.add(Obligation.TELL_PERSON_WHAT_AND_WHY);
        }
        return Optional.of(RuleOutcome.permit(ID, reason, settings.rule(ID).source(), obligations));
    }
}
