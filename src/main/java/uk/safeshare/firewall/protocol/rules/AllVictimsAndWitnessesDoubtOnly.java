package uk.safeshare.firewall.protocol.rules;

import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import uk.safeshare.cases.CrimeType;
import uk.safeshare.firewall.protocol.DoubtOnlyScope;
import uk.safeshare.firewall.protocol.Obligation;
import uk.safeshare.firewall.protocol.ProtocolSettings;
import uk.safeshare.firewall.protocol.Rule;
import uk.safeshare.firewall.protocol.RuleOutcome;
import uk.safeshare.firewall.protocol.SharingFacts;

/**
 * Where the protocol's {@code doubtOnlyProhibitionCovers} setting is {@code ALL_VICTIMS_AND_WITNESSES},
 * the domestic abuse prohibition is extended to every victim and witness of any crime. Victims of
 * domestic abuse stay with {@link DomesticAbuseVictimDoubtOnly}, so no request is prohibited twice.
 */
public final class AllVictimsAndWitnessesDoubtOnly implements Rule {

    public static final String ID = "all-victims-and-witnesses-doubt-only";

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String title() {
        return "All victims and witnesses: doubt about status is never a reason to share (where the force"
                + " extends recommendation 1)";
    }

    @Override
    public String source() {
        return "Safe to share? recommendations 2 and 4 (safe reporting for all migrant victims and witnesses);"
                + " Surrey Police interim safeguarding protocol, which covers victims and witnesses of all crime";
    }

    @Override
    public Optional<RuleOutcome> apply(SharingFacts facts, ProtocolSettings settings) {
        if (settings.doubtOnlyProhibitionCovers() != DoubtOnlyScope.ALL_VICTIMS_AND_WITNESSES
                || !settings.isImmigrationEnforcement(facts.recipient())
                || !facts.isVictimOrWitness()
                || (facts.isVictim() && facts.involves(CrimeType.DOMESTIC_ABUSE))
                || !facts.hasOnlyDoubtsOrNoKnowledgeOfStatus()) {
            return Optional.empty();
        }
        return Optional.of(RuleOutcome.prohibit(ID,
                "The person is a " + facts.role().label().toLowerCase(Locale.ROOT)
                        + " and the police have " + Wording.statusKnowledge(facts)
                        + ". This protocol covers all victims and witnesses, so nothing about them is shared with "
                        + Wording.recipient(facts)
                        + ". Offer a referral to a specialist organisation that can advise them and, if they wish,"
                        + " act as intermediary.",
                settings.rule(ID).source(),
                Set.of(Obligation.OFFER_SPECIALIST_REFERRAL)));
    }
}
