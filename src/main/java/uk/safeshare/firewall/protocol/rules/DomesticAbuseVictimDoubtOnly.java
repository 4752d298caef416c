package uk.safeshare.firewall.protocol.rules;

import java.util.Optional;
import java.util.Set;
import uk.safeshare.cases.CrimeType;
import uk.safeshare.firewall.protocol.Obligation;
import uk.safeshare.firewall.protocol.DoubtOnlyScope;
import uk.safeshare.firewall.protocol.Effect;
import uk.safeshare.firewall.protocol.ProtocolSettings;
import uk.safeshare.firewall.protocol.Rule;
import uk.safeshare.firewall.protocol.RuleOutcome;
import uk.safeshare.firewall.protocol.SharingFacts;

/**
 * A victim of domestic abuse about whom the police have only concerns or doubts about
 * immigration status, or know nothing: nothing is shared with immigration enforcement, and the
 * victim is offered a referral to a specialist organisation instead.
 */
public final class DomesticAbuseVictimDoubtOnly implements Rule {

    public static final String ID = "domestic-abuse-victim-doubt-only";

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String title() {
        return "Domestic abuse victims: doubt about status is never a reason to share";
    }

    @Override
    public String source() {
        return "Safe to share? (HMICFRS, College of Policing and IOPC, December 2020), recommendation 1";
    }

    @Override
    public Optional<String> mandatoryBecause() {
        return Optional.of("it carries recommendation 1 of Safe to share?, which every force has adopted");
    }

    @Override
    public Optional<RuleOutcome> apply(SharingFacts facts, ProtocolSettings settings) {
        if (!settings.isImmigrationEnforcement(facts.recipient()) || !facts.hasOnlyDoubtsOrNoKnowledgeOfStatus()) {
            return Optional.empty();
        }
        if (!facts.isVictim() || !facts.involves(CrimeType.DOMESTIC_ABUSE)) {
            return notCovered(facts, settings);
        }
        return Optional.of(RuleOutcome.prohibit(ID,
                "The person is a victim of domestic abuse and the police have "
                        + Wording.statusKnowledge(facts)
                        + ". Nothing about them is shared with " + Wording.recipient(facts)
                        + ". Offer a referral to a specialist organisation that can advise them and, if they"
                        + " wish, act as intermediary.",
                settings.rule(ID).source(),
                Set.of(Obligation.OFFER_SPECIALIST_REFERRAL)));
    }

    /**
     * Says in plain words, without deciding anything, that a victim or witness the prohibition does not
     * cover under this protocol's setting is not protected by it, so that the reasons do not show only
     * the fallback's referral.
     */
    private static Optional<RuleOutcome> notCovered(SharingFacts facts, ProtocolSettings settings) {
        if (!facts.isVictimOrWitness() || settings.doubtOnlyProhibitionCovers() != DoubtOnlyScope.DOMESTIC_ABUSE_VICTIMS) {
            return Optional.empty();
        }
        String who = facts.isVictim() ? "a victim of a crime other than domestic abuse" : "a witness";
        return Optional.of(new RuleOutcome(ID,
                "This protocol's prohibition on sharing on doubt alone covers victims of domestic abuse only. The person"
                        + " is " + who + ", so it does not protect them here, although the police have "
                        + Wording.statusKnowledge(facts) + ". The other rules decide; whatever none of them permits goes"
                        + " to a reviewer.",
                settings.rule(ID).source(), Effect.ADD_OBLIGATIONS, Set.of(), null));
    }
}
