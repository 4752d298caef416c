package uk.safeshare.firewall.protocol.rules;

import java.util.Optional;
import java.util.Set;
import uk.safeshare.firewall.protocol.Obligation;
import uk.safeshare.firewall.protocol.ProtocolSettings;
import uk.safeshare.firewall.protocol.Purpose;
import uk.safeshare.firewall.protocol.Recipient;
import uk.safeshare.firewall.protocol.Rule;
import uk.safeshare.firewall.protocol.RuleOutcome;
import uk.safeshare.firewall.protocol.SharingFacts;

/**
 * Information goes into a MARAC only inside a meeting whose attendees have all accepted that
 * meeting's confidentiality agreement; then sharing for safeguarding is permitted with obligations.
 */
public final class MaracConfidentiality implements Rule {

    public static final String ID = "marac-confidentiality";

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String title() {
        return "MARAC: only inside a meeting whose attendees have all accepted its confidentiality agreement";
    }

    @Override
    public String source() {
        return "Safe to share? recommendation 3 (data sharing within MARACs and other multi-agency safeguarding"
                + " groups); confidentiality agreement at the start of every MARAC meeting (Ealing MARAC practice,"
                + " adopted by Surrey Police)";
    }

    @Override
    public Optional<RuleOutcome> apply(SharingFacts facts, ProtocolSettings settings) {
        if (facts.recipient() != Recipient.MARAC) {
            return Optional.empty();
        }
        String source = settings.rule(ID).source();
        if (!facts.maracConfidentialityAcceptedByAll()) {
            return Optional.of(RuleOutcome.prohibit(ID,
                    "Not every attendee of this MARAC meeting has accepted its confidentiality agreement, so no"
                            + " information about the person is shared into it.",
                    source,
                    Set.of()));
        }
        if (facts.purpose() != Purpose.SAFEGUARDING) {
            return Optional.empty();
        }
        return Optional.of(RuleOutcome.permit(ID,
                "Every attendee of this MARAC meeting has accepted its confidentiality agreement, so sharing"
                        + " into it to safeguard the person is permitted once the obligations are met.",
                source,
                Set.of(Obligation.TELL_PERSON_WHAT_AND_WHY)));
    }
}
