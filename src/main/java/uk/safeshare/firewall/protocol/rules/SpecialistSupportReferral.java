package uk.safeshare.firewall.protocol.rules;

import java.util.Optional;
import java.util.Set;
import uk.safeshare.firewall.protocol.Consent;
import uk.safeshare.firewall.protocol.ProtocolSettings;
import uk.safeshare.firewall.protocol.Purpose;
import uk.safeshare.firewall.protocol.Recipient;
import uk.safeshare.firewall.protocol.Rule;
import uk.safeshare.firewall.protocol.RuleOutcome;
import uk.safeshare.firewall.protocol.SharingFacts;

/**
 * A referral to a specialist support organisation that the person has consented to is permitted,
 * so that the safe reporting pathway works without delay. Without consent nothing permits it, and
 * an override goes to review.
 */
public final class SpecialistSupportReferral implements Rule {

    public static final String ID = "specialist-support-referral";

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String title() {
        return "A support referral to a specialist organisation, with consent, is permitted";
    }

    @Override
    public String source() {
        return "Safe to share? recommendations 1 and 4 (link victims to specialist organisations through safe"
                + " reporting pathways)";
    }

    @Override
    public Optional<RuleOutcome> apply(SharingFacts facts, ProtocolSettings settings) {
        if (facts.recipient() != Recipient.SPECIALIST_ORGANISATION
                || facts.purpose() != Purpose.SUPPORT_REFERRAL
                || facts.consent() != Consent.GIVEN) {
            return Optional.empty();
        }
        return Optional.of(RuleOutcome.permit(ID,
                "The person has consented to a referral to a specialist support organisation, which is permitted"
                        + " once the obligations are met.",
                settings.rule(ID).source(),
                Set.of()));
    }
}
