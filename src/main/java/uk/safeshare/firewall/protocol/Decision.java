package uk.safeshare.firewall.protocol;

import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * The protocol's answer to a sharing request: {@link Prohibited}, {@link PermittedWithObligations}
 * or {@link ReferForReview}. Each carries every rule that fired (not only the one that decided),
 * the obligations owed, and the protocol version it was made under. How the outcomes of the rules
 * combine into a decision is set out in {@link RuleSet}.
 */
public sealed interface Decision {

    /** Every rule that fired, in the order the rule set lists them. */
    List<RuleOutcome> outcomes();

    /** The obligations owed because of this decision. */
    Set<Obligation> obligations();

    /** The protocol version (id and content hash) the decision was made under. */
    ProtocolVersion protocol();

    /** The kind of decision, for storage and display. */
    Kind kind();

    enum Kind {
        PROHIBITED("Prohibited"),
        PERMITTED_WITH_OBLIGATIONS("Permitted with obligations"),
        REFER_FOR_REVIEW("Refer for review");

        private final String label;

        Kind(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    /** Whether the information may be disclosed (once the obligations are met) without a review first. */
    default boolean allowsDisclosure() {
        return this instanceof PermittedWithObligations;
    }

    /** Whether the rule with this id fired. */
    default boolean fired(String ruleId) {
        for (RuleOutcome outcome : outcomes()) {
            if (outcome.ruleId().equals(ruleId)) {
                return true;
            }
        }
        return false;
    }

    /** Sharing must not happen. Its obligations are only the actions owed instead (never disclosure conditions). */
    record Prohibited(List<RuleOutcome> outcomes, Set<Obligation> obligations, ProtocolVersion protocol)
            implements Decision {
        public Prohibited {
            outcomes = List.copyOf(outcomes);
            obligations = copy(obligations);
            Objects.requireNonNull(protocol, "protocol");
        }

        @Override
        public Kind kind() {
            return Kind.PROHIBITED;
        }
    }

    /**
     * Sharing may go ahead once the obligations are met.
     *
     * @param emergency true when permitted at once because of a threat to life; such a disclosure
     *     carries {@link Obligation#RETROSPECTIVE_REVIEW}
     */
    record PermittedWithObligations(
            List<RuleOutcome> outcomes, Set<Obligation> obligations, ProtocolVersion protocol, boolean emergency)
            implements Decision {
        public PermittedWithObligations {
            outcomes = List.copyOf(outcomes);
            obligations = copy(obligations);
            Objects.requireNonNull(protocol, "protocol");
        }

        @Override
        public Kind kind() {
            return Kind.PERMITTED_WITH_OBLIGATIONS;
        }
    }

    /**
     * A supervisor and/or the data protection officer must decide. The obligations are those that
     * will be owed if the reviewer lets the sharing go ahead.
     */
    record ReferForReview(
            Reviewer reviewer, List<RuleOutcome> outcomes, Set<Obligation> obligations, ProtocolVersion protocol)
            implements Decision {
        public ReferForReview {
            Objects.requireNonNull(reviewer, "reviewer");
            outcomes = List.copyOf(outcomes);
            obligations = copy(obligations);
            Objects.requireNonNull(protocol, "protocol");
        }

        @Override
        public Kind kind() {
            return Kind.REFER_FOR_REVIEW;
        }
    }

    private static Set<Obligation> copy(Set<Obligation> obligations) {
        return obligations.isEmpty()
                ? Collections.emptySet()
                : Collections.unmodifiableSet(EnumSet.copyOf(obligations));
    }
}
