package uk.safeshare.firewall.protocol.rules;

import java.util.Optional;
import java.util.Set;
import uk.safeshare.firewall.protocol.ProtocolSettings;
import uk.safeshare.firewall.protocol.Rule;
import uk.safeshare.firewall.protocol.RuleOutcome;
import uk.safeshare.firewall.protocol.SharingFacts;

/**
 * A person whose record is restricted (DPA 2018 s.47(2), on the DPO's decision of their request) is not
 * shared with anyone until the restriction is lifted. The law, not the protocol, says so: the rule is
 * applied to every request whatever the protocol file enables, and nothing overrides it.
 */
public final class ProcessingRestricted implements Rule {

    public static final String ID = "processing-restricted";

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String title() {
        return "Nothing is shared about a person whose record is restricted";
    }

    @Override
    public String source() {
        return "Data Protection Act 2018, section 47(2) (restriction of processing)";
    }

    @Override
    public Optional<String> mandatoryBecause() {
        return Optional.of("a restriction of processing is required by law while it is in force");
    }

    @Override
    public Optional<RuleOutcome> apply(SharingFacts facts, ProtocolSettings settings) {
        if (!facts.processingRestricted()) {
            return Optional.empty();
        }
        return Optional.of(RuleOutcome.prohibit(ID,
                "The data protection officer has restricted this person's record at their request. Nothing about"
                        + " them is shared, with anyone, until the restriction is lifted.",
                source(), Set.of()));
    }
}
