package uk.safeshare.firewall.protocol.rules;

import java.util.Optional;
import java.util.Set;
import uk.safeshare.cases.CrimeType;
import uk.safeshare.firewall.protocol.Obligation;
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
        if (!settings.isImmigrationEnforcement(facts.recipient())
                || !facts.isVictim()
                || !facts.involves(CrimeType.DOMESTIC_ABUSE)
                || !facts.hasOnlyDoubtsOrNoKnowledgeOfStatus()) {
            return Optional.empty();
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
}
