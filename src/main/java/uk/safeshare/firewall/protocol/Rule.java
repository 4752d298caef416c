package uk.safeshare.firewall.protocol;

import java.util.List;
import java.util.Optional;

/**
 * One rule of the safeguarding protocol. A rule looks at the facts of a sharing request and the
 * protocol version's settings and either fires, giving an outcome with a plain-English reason, or
 * stays silent. Rules never see each other; how their outcomes combine is set out in {@link RuleSet}.
 */
public interface Rule {

    /** Stable id used in protocol files and stored decisions, for example {@code threat-to-life}. */
    String id();

    /** A short title. */
    String title();

    /** The recommendation or guidance the rule comes from, as shipped in the default protocol. */
    String source();

    /** The parameters a protocol file must give for this rule. */
    default List<ParameterSpec> parameters() {
        return List.of();
    }

    /**
     * Why this rule may not be disabled by a protocol file, or empty if it may be. A rule that
     * carries a recommendation every force has adopted, or a legal requirement, is mandatory.
     */
    default Optional<String> mandatoryBecause() {
        return Optional.empty();
    }

    Optional<RuleOutcome> apply(SharingFacts facts, ProtocolSettings settings);
}
