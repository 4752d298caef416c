package uk.safeshare.firewall.protocol.rules;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import uk.safeshare.cases.PersonRole;
import uk.safeshare.firewall.protocol.ParameterSpec;
import uk.safeshare.firewall.protocol.ProtocolSettings;
import uk.safeshare.firewall.protocol.Purpose;
import uk.safeshare.firewall.protocol.Rule;
import uk.safeshare.firewall.protocol.RuleOutcome;
import uk.safeshare.firewall.protocol.SharingFacts;
import uk.safeshare.firewall.protocol.ValueType;

/**
 * A check whose only purpose is to establish a victim's immigration status is prohibited,
 * whoever it would be made with. A force may extend this to witnesses.
 */
public final class ImmigrationStatusCheckOnly implements Rule {

    public static final String ID = "immigration-status-check-only";
    public static final String ALSO_COVERS_WITNESSES = "alsoCoversWitnesses";

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String title() {
        return "No check whose only purpose is to establish a victim's immigration status";
    }

    @Override
    public String source() {
        return "Safe to share? recommendation 1, and recommendation 3 (sharing information on victims with"
                + " Immigration Enforcement does not constitute safeguarding)";
    }

    @Override
    public List<ParameterSpec> parameters() {
        return List.of(new ParameterSpec(ALSO_COVERS_WITNESSES, ValueType.bool(),
                "Whether the prohibition also covers witnesses."));
    }

    @Override
    public Optional<RuleOutcome> apply(SharingFacts facts, ProtocolSettings settings) {
        if (facts.purpose() != Purpose.IMMIGRATION_STATUS_CHECK) {
            return Optional.empty();
        }
        var config = settings.rule(ID);
        boolean covered = facts.isVictim()
                || (facts.role() == PersonRole.WITNESS && config.flag(ALSO_COVERS_WITNESSES));
        if (!covered) {
            return Optional.empty();
        }
        return Optional.of(RuleOutcome.prohibit(ID,
                "The only purpose of this request is to establish the immigration status of a "
                        + (facts.isVictim() ? "victim" : "witness")
                        + ". Police systems are not checked, and nothing is shared, for that purpose alone.",
                config.source(),
                Set.of()));
    }
}
