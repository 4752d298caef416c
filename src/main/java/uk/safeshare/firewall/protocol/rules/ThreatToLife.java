package uk.safeshare.firewall.protocol.rules;

import java.util.EnumSet;
import java.util.Optional;
import uk.safeshare.firewall.protocol.Effect;
import uk.safeshare.firewall.protocol.Obligation;
import uk.safeshare.firewall.protocol.ProtocolSettings;
import uk.safeshare.firewall.protocol.Rule;
import uk.safeshare.firewall.protocol.RuleOutcome;
import uk.safeshare.firewall.protocol.SharingFacts;

/**
 * Where someone's life is at risk, sharing is permitted at once (emergency sharing) and flagged for
 * a retrospective review by a supervisor and the data protection officer.
 */
public final class ThreatToLife implements Rule {

    public static final String ID = "threat-to-life";

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String title() {
        return "Threat to life: share at once, review afterwards";
    }

    @Override
    public String source() {
        return "Data Protection Act 2018, Schedule 8, paragraph 3 (protecting an individual's vital interests);"
                + " European Convention on Human Rights, Article 2 (right to life)";
    }

    @Override
    public Optional<RuleOutcome> apply(SharingFacts facts, ProtocolSettings settings) {
        if (!facts.threatToLife()) {
            return Optional.empty();
        }
        return Optional.of(new RuleOutcome(ID,
                "There is a threat to someone's life, so sharing is permitted at once. It is flagged for a"
                        + " supervisor and the data protection officer to review afterwards, and the person is told"
                        + " what was shared and why.",
                settings.rule(ID).source(),
                Effect.PERMIT_IN_EMERGENCY,
                EnumSet.of(Obligation.RETROSPECTIVE_REVIEW, Obligation.TELL_PERSON_WHAT_AND_WHY,
                        Obligation.SHARE_MINIMUM_NECESSARY),
                null));
    }
}
