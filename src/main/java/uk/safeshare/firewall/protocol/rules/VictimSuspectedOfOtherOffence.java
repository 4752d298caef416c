package uk.safeshare.firewall.protocol.rules;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import uk.safeshare.firewall.protocol.ParameterSpec;
import uk.safeshare.firewall.protocol.ProtocolSettings;
import uk.safeshare.firewall.protocol.Purpose;
import uk.safeshare.firewall.protocol.Reviewer;
import uk.safeshare.firewall.protocol.Rule;
import uk.safeshare.firewall.protocol.RuleOutcome;
import uk.safeshare.firewall.protocol.SharingFacts;
import uk.safeshare.firewall.protocol.ValueType;

/**
 * A victim who is also suspected of an offence other than an immigration offence: a reviewer
 * decides, with the suspicion recorded. Sharing to protect the person (safeguarding, a support
 * referral, a modern slavery referral) is not held up by a suspicion against them.
 */
public final class VictimSuspectedOfOtherOffence implements Rule {

    public static final String ID = "victim-suspected-of-other-offence";
    public static final String REVIEW_BY = "reviewBy";

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String title() {
        return "A victim who is also a suspect: reviewed, with the suspicion recorded";
    }

    @Override
    public String source() {
        return "Safe to share? recommendation 3 (explicit attention to victims in different circumstances);"
                + " Code of Practice for Victims of Crime";
    }

    @Override
    public List<ParameterSpec> parameters() {
        return List.of(new ParameterSpec(REVIEW_BY, ValueType.oneOf(Reviewer.class),
                "Who reviews a request about a victim who is also suspected of an offence."));
    }

    @Override
    public Optional<RuleOutcome> apply(SharingFacts facts, ProtocolSettings settings) {
        if (!facts.isVictim() || !facts.suspectedOfNonImmigrationOffence() || isProtective(facts.purpose())) {
            return Optional.empty();
        }
        var config = settings.rule(ID);
        String suspicion = facts.suspicion().isEmpty()
                ? "the suspicion is not described: describe it for the reviewer"
                : "suspected of " + Wording.quote(facts.suspicion());
        return Optional.of(RuleOutcome.refer(ID,
                "The victim is also suspected of an offence other than an immigration offence (" + suspicion
                        + "). A reviewer decides, with the suspicion recorded. Being a suspect is not, on its own,"
                        + " a reason to share information about their immigration status.",
                config.source(),
                config.reviewer(REVIEW_BY),
                Set.of()));
    }

    private static boolean isProtective(Purpose purpose) {
        return purpose == Purpose.SAFEGUARDING
                || purpose == Purpose.SUPPORT_REFERRAL
                || purpose == Purpose.MODERN_SLAVERY_REFERRAL;
    }
}
