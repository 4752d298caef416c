package uk.safeshare.firewall.protocol.rules;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import uk.safeshare.firewall.protocol.DataCategory;
import uk.safeshare.firewall.protocol.Effect;
import uk.safeshare.firewall.protocol.ParameterSpec;
import uk.safeshare.firewall.protocol.ProtocolSettings;
import uk.safeshare.firewall.protocol.Reviewer;
import uk.safeshare.firewall.protocol.Rule;
import uk.safeshare.firewall.protocol.RuleOutcome;
import uk.safeshare.firewall.protocol.SharingFacts;
import uk.safeshare.firewall.protocol.ValueType;

/**
 * Special-category data (ethnicity, health and the like) never goes to immigration enforcement
 * without an explicit, reviewed justification: with no justification it is prohibited; with one
 * not yet reviewed it is referred for review; once reviewed this rule records that and lets the
 * other rules decide.
 */
public final class SpecialCategoryToImmigrationEnforcement implements Rule {

    public static final String ID = "special-category-to-immigration-enforcement";
    public static final String REVIEW_BY = "reviewBy";

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String title() {
        return "Special-category data never goes to immigration enforcement without a reviewed justification";
    }

    @Override
    public String source() {
        return "Data Protection Act 2018, Part 3, section 35(3) to (5) (sensitive processing) and Schedule 8;"
                + " Safe to share? recommendation 3 (data protection governance)";
    }

    @Override
    public List<ParameterSpec> parameters() {
        return List.of(new ParameterSpec(REVIEW_BY, ValueType.oneOf(Reviewer.class),
                "Who reviews the justification for sharing special-category data with immigration enforcement."));
    }

    @Override
    public Optional<String> mandatoryBecause() {
        return Optional.of("sensitive processing needs a documented, reviewed condition under the Data Protection"
                + " Act 2018");
    }

    @Override
    public Optional<RuleOutcome> apply(SharingFacts facts, ProtocolSettings settings) {
        if (!settings.isImmigrationEnforcement(facts.recipient()) || !facts.asksForSpecialCategoryData()) {
            return Optional.empty();
        }
        var config = settings.rule(ID);
        String categories = facts.dataCategories().stream()
                .filter(DataCategory::isSpecialCategory)
                .map(DataCategory::label)
                .collect(Collectors.joining("; "));
        if (facts.justification().isEmpty()) {
            return Optional.of(RuleOutcome.prohibit(ID,
                    "The request asks for special-category data (" + categories + ") for "
                            + Wording.recipient(facts) + " with no justification, so it is not shared.",
                    config.source(),
                    Set.of()));
        }
        if (!facts.specialCategoryJustificationReviewed()) {
            return Optional.of(RuleOutcome.refer(ID,
                    "The request asks for special-category data (" + categories + ") for "
                            + Wording.recipient(facts)
                            + ". The justification must be reviewed before any of it is shared.",
                    config.source(),
                    config.reviewer(REVIEW_BY),
                    Set.of()));
        }
        return Optional.of(new RuleOutcome(ID,
                "The justification for sharing special-category data (" + categories + ") with "
                        + Wording.recipient(facts) + " has been reviewed.",
                config.source(),
                Effect.ADD_OBLIGATIONS,
                Set.of(),
                null));
    }
}
