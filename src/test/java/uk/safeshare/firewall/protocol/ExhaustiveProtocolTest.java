package uk.safeshare.firewall.protocol;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import uk.safeshare.cases.CrimeType;
import uk.safeshare.cases.PersonRole;
import uk.safeshare.firewall.protocol.Decision.PermittedWithObligations;
import uk.safeshare.firewall.protocol.Decision.Prohibited;
import uk.safeshare.firewall.protocol.Decision.ReferForReview;

/**
 * The protocol's promises, checked over every combination of the facts (see {@link Combinations}),
 * under both shipped protocols. Violations are collected, so a failure shows the first few of them.
 */
class ExhaustiveProtocolTest {

    static Stream<Arguments> shippedProtocols() {
        return Stream.of(
                Arguments.of("default (domestic abuse victims)", Protocols.defaultEngine()),
                Arguments.of("example (all victims and witnesses)", Protocols.allVictimsEngine()));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("shippedProtocols")
    void no_combination_permits_sharing_a_domestic_abuse_victims_data_with_immigration_enforcement_on_doubt_or_no_knowledge(
            String name, ProtocolEngine engine) {
        Violations violations = new Violations();
        int[] covered = {0};

        int combinations = Combinations.forEach(false, facts -> {
            if (facts.isVictim()
                    && facts.involves(CrimeType.DOMESTIC_ABUSE)
                    && engine.protocol().settings().isImmigrationEnforcement(facts.recipient())
                    && facts.hasOnlyDoubtsOrNoKnowledgeOfStatus()) {
                covered[0]++;
                Decision decision = engine.decide(facts);
                violations.check(decision instanceof Prohibited, facts, decision, "is not prohibited");
                violations.check(decision.obligations().contains(Obligation.OFFER_SPECIALIST_REFERRAL), facts,
                        decision, "does not offer a specialist referral");
            }
        });

        assertThat(combinations).isEqualTo(4 * 8 * 9 * 7 * 5 * 2 * 4 * 2 * 3 * 2);
        assertThat(covered[0]).as("domestic abuse victims with doubts to immigration enforcement").isPositive();
        violations.assertNone();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("shippedProtocols")
    void no_combination_is_permitted_without_a_rule_that_permits_it(String name, ProtocolEngine engine) {
        Violations violations = new Violations();

        Combinations.forEach(false, facts -> {
            Decision decision = engine.decide(facts);
            switch (decision) {
                case PermittedWithObligations permitted -> {
                    violations.check(permitted.outcomes().stream()
                                    .anyMatch(outcome -> outcome.effect() == Effect.PERMIT),
                            facts, decision, "is permitted with no permitting rule");
                    violations.check(!permitted.emergency(), facts, decision, "is an emergency with no threat to life");
                    violations.check(!engine.protocol().settings().isImmigrationEnforcement(facts.recipient()),
                            facts, decision, "is permitted to immigration enforcement without a threat to life");
                    violations.check(permitted.outcomes().stream().noneMatch(outcome ->
                                    outcome.effect() == Effect.PROHIBIT || outcome.effect() == Effect.REFER_FOR_REVIEW),
                            facts, decision, "is permitted although a rule prohibited or referred it");
                    violations.check(permitted.obligations()
                                    .containsAll(engine.protocol().settings().obligationsOnEveryDisclosure()),
                            facts, decision, "lacks the obligations owed on every disclosure");
                }
                case Prohibited prohibited -> {
                    violations.check(prohibited.outcomes().stream()
                                    .anyMatch(outcome -> outcome.effect() == Effect.PROHIBIT),
                            facts, decision, "is prohibited with no prohibiting rule");
                    violations.check(prohibited.obligations().stream()
                                    .allMatch(obligation -> obligation.kind() == Obligation.Kind.ACTION),
                            facts, decision, "is prohibited but owes a condition of disclosure");
                }
                case ReferForReview refer -> {
                    Reviewer expected = refer.outcomes().stream()
                            .filter(outcome -> outcome.effect() == Effect.REFER_FOR_REVIEW)
                            .map(RuleOutcome::reviewer)
                            .reduce(Reviewer::and)
                            .orElse(null);
                    violations.check(refer.reviewer() == expected, facts, decision,
                            "is referred to " + refer.reviewer() + " but its rules asked for " + expected);
                    violations.check(refer.outcomes().stream().noneMatch(outcome -> outcome.effect() == Effect.PROHIBIT),
                            facts, decision, "is referred although a rule prohibited it");
                }
            }
            violations.check(decision.outcomes().stream()
                            .allMatch(outcome -> !outcome.reason().isBlank() && !outcome.source().isBlank()),
                    facts, decision, "has an outcome with no reason or source");
            violations.check(decision.protocol().equals(engine.version()), facts, decision,
                    "does not record its protocol version");
        });

        violations.assertNone();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("shippedProtocols")
    void sharing_with_immigration_enforcement_is_never_permitted_without_a_threat_to_life(
            String name, ProtocolEngine engine) {
        Violations violations = new Violations();

        Combinations.forEach(false, facts -> {
            if (facts.recipient() == Recipient.IMMIGRATION_ENFORCEMENT) {
                Decision decision = engine.decide(facts);
                violations.check(!(decision instanceof PermittedWithObligations), facts, decision, "is permitted");
            }
        });

        violations.assertNone();
    }

    @org.junit.jupiter.api.Test
    void where_the_force_covers_all_victims_and_witnesses_none_with_doubts_is_shared_with_immigration_enforcement() {
        ProtocolEngine engine = Protocols.allVictimsEngine();
        Violations violations = new Violations();

        Combinations.forEach(false, facts -> {
            if ((facts.isVictim() || facts.role() == PersonRole.WITNESS)
                    && engine.protocol().settings().isImmigrationEnforcement(facts.recipient())
                    && facts.hasOnlyDoubtsOrNoKnowledgeOfStatus()) {
                Decision decision = engine.decide(facts);
                violations.check(decision instanceof Prohibited, facts, decision, "is not prohibited");
            }
        });

        violations.assertNone();
    }

    @org.junit.jupiter.api.Test
    void a_threat_to_life_permits_every_request_at_once_and_flags_it_for_retrospective_review_but_never_overrides_a_prohibition_on_immigration_enforcement() {
        ProtocolEngine engine = Protocols.defaultEngine();
        Violations violations = new Violations();
        int[] heldBack = {0};

        Combinations.forEach(true, facts -> {
            Decision decision = engine.decide(facts);
            boolean prohibitedToImmigration = engine.protocol().settings().isImmigrationEnforcement(facts.recipient())
                    && decision.outcomes().stream().anyMatch(o -> o.effect() == uk.safeshare.firewall.protocol.Effect.PROHIBIT);
            if (prohibitedToImmigration) {
                heldBack[0]++;
                violations.check(decision instanceof Decision.Prohibited, facts, decision,
                        "an emergency overrode a prohibition on sharing with immigration enforcement");
                return;
            }
            violations.check(decision instanceof PermittedWithObligations permitted && permitted.emergency(),
                    facts, decision, "is not permitted as an emergency");
            violations.check(decision.obligations().contains(Obligation.RETROSPECTIVE_REVIEW), facts, decision,
                    "is not flagged for retrospective review");
        });

        assertThat(heldBack[0]).as("emergencies to immigration enforcement that a prohibition holds back").isPositive();
        violations.assertNone();
    }

    /** Collects violations, keeping the first few in full and counting the rest. */
    static final class Violations {
        private final List<String> examples = new ArrayList<>();
        private int count;

        void check(boolean holds, SharingFacts facts, Decision decision, String problem) {
            if (!holds) {
                count++;
                if (examples.size() < 10) {
                    examples.add(problem + ": " + facts + " -> " + decision);
                }
            }
        }

        void assertNone() {
            assertThat(examples).as("%d violations, the first shown", count).isEmpty();
        }
    }
}
