package uk.safeshare.firewall.protocol;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import uk.safeshare.firewall.protocol.rules.AllVictimsAndWitnessesDoubtOnly;
import uk.safeshare.firewall.protocol.rules.ChildrenAreVulnerableNotSuspects;
import uk.safeshare.firewall.protocol.rules.DomesticAbuseVictimDoubtOnly;
import uk.safeshare.firewall.protocol.rules.EvidenceOfImmigrationOffence;
import uk.safeshare.firewall.protocol.rules.ImmigrationStatusCheckOnly;
import uk.safeshare.firewall.protocol.rules.MaracConfidentiality;
import uk.safeshare.firewall.protocol.rules.ModernSlaveryDutyToNotify;
import uk.safeshare.firewall.protocol.rules.ModernSlaveryReferral;
import uk.safeshare.firewall.protocol.rules.NothingPermitsReferForReview;
import uk.safeshare.firewall.protocol.rules.ProcessingRestricted;
import uk.safeshare.firewall.protocol.rules.SafeguardingWithStatutoryPartners;
import uk.safeshare.firewall.protocol.rules.SpecialCategoryToImmigrationEnforcement;
import uk.safeshare.firewall.protocol.rules.SpecialistSupportReferral;
import uk.safeshare.firewall.protocol.rules.ThreatToLife;
import uk.safeshare.firewall.protocol.rules.VictimSuspectedOfOtherOffence;

/**
 * The complete safeguarding protocol, in one place: every rule, in the order decisions list them,
 * and how their outcomes combine into a {@link Decision}.
 *
 * <h2>The rules</h2>
 * <ol>
 *   <li>{@link DomesticAbuseVictimDoubtOnly}: a domestic abuse victim with only doubts (or nothing) known
 *       about status: immigration enforcement prohibited; offer a specialist referral. Mandatory.</li>
 *   <li>{@link AllVictimsAndWitnessesDoubtOnly}: the same for every victim and witness, when the setting
 *       {@code doubtOnlyProhibitionCovers} is {@code ALL_VICTIMS_AND_WITNESSES}.</li>
 *   <li>{@link EvidenceOfImmigrationOffence}: described evidence of an immigration offence: refer for
 *       review; tell the person; share the minimum.</li>
 *   <li>{@link ImmigrationStatusCheckOnly}: a check whose only purpose is a victim's status: prohibited.</li>
 *   <li>{@link VictimSuspectedOfOtherOffence}: a victim suspected of a non-immigration offence: refer for
 *       review, suspicion recorded.</li>
 *   <li>{@link ChildrenAreVulnerableNotSuspects}: a child and immigration enforcement: refer for review;
 *       tell the local authority.</li>
 *   <li>{@link ModernSlaveryDutyToNotify}: a modern slavery victim: the duty to notify is owed whatever
 *       else is shared (adds obligations only).</li>
 *   <li>{@link ModernSlaveryReferral}: the referral itself: permitted; anonymous for an adult without
 *       consent; a child always, with the local authority told.</li>
 *   <li>{@link SafeguardingWithStatutoryPartners}: safeguarding with a statutory partner: permitted.</li>
 *   <li>{@link MaracConfidentiality}: MARAC: prohibited until every attendee has accepted the meeting's
 *       confidentiality agreement, then permitted for safeguarding.</li>
 *   <li>{@link SpecialistSupportReferral}: a consented support referral to a specialist organisation:
 *       permitted.</li>
 *   <li>{@link SpecialCategoryToImmigrationEnforcement}: special-category data to immigration
 *       enforcement: prohibited without a justification, referred until it is reviewed. Mandatory.</li>
 *   <li>{@link ThreatToLife}: threat to life: permitted at once, retrospective review.</li>
 *   <li>Fallback, {@link NothingPermitsReferForReview}: applied when no rule above permitted and none
 *       prohibited: refer for review, never silently permitted. Mandatory.</li>
 * </ol>
 *
 * <h2>Before any of them: a restricted record</h2>
 * {@link ProcessingRestricted}: a person whose record the DPO has restricted (DPA 2018 s.47(2)) is not
 * shared at all. It is the law, not a protocol setting: it applies whatever the protocol file enables, is
 * not in any protocol file, and not even a threat to life overrides it (the police act on their own
 * records; a restriction does not stop them protecting life, only disclosing through SafeShare).
 *
 * <h2>How outcomes combine (precedence)</h2>
 * Every enabled rule is applied to every request, and every outcome that fired is kept in the
 * decision, whichever one decides. Then, in this order:
 * <ol>
 *   <li><b>Threat to life.</b> If {@link Effect#PERMIT_IN_EMERGENCY} fired, the decision is
 *       {@link Decision.PermittedWithObligations} with {@code emergency = true}, even if other rules
 *       prohibited or referred. The prohibitions exist to protect people from harm; where a life is at
 *       risk, withholding information can be the greater harm, and the law allows sharing to protect
 *       vital interests. The override is never silent: the outcomes of every rule it overrode stay in
 *       the decision, their obligations are owed, and {@link Obligation#RETROSPECTIVE_REVIEW} puts the
 *       disclosure before a supervisor and the DPO afterwards. A force that does not accept this for
 *       prohibitions sets {@code emergencyOverridesProhibitions: false}; then a prohibition still wins
 *       (the emergency overrides only reviews and the fallback).</li>
 *   <li><b>Any prohibition wins.</b> If {@link Effect#PROHIBIT} fired, the decision is
 *       {@link Decision.Prohibited}, however many rules would permit or refer. Only
 *       {@link Obligation.Kind#ACTION action} obligations are kept (for example, offer a specialist
 *       referral; notify the referral mechanism), because nothing is disclosed.</li>
 *   <li><b>No permission: the fallback.</b> If no rule permitted, the fallback's referral is added,
 *       whether or not another rule also referred: anything no rule permits is referred for review,
 *       never silently permitted. Its reviewer joins theirs, so a request to immigration enforcement
 *       that nothing permits always reaches the reviewers the fallback names for it.</li>
 *   <li><b>Then any referral.</b> If a rule (or the fallback) referred, the decision is
 *       {@link Decision.ReferForReview}; the reviewer is everyone any referring rule asked for (a
 *       supervisor and the DPO if one rule asks for each). A permission from another rule does not
 *       skip the review.</li>
 *   <li><b>Otherwise a permission.</b> What is left had a rule that permits and none that prohibits or
 *       refers: {@link Decision.PermittedWithObligations}. Only a rule that permits can produce this.</li>
 * </ol>
 * On a permitted or referred decision the obligations are those of every outcome that fired, plus the
 * protocol's {@code obligationsOnEveryDisclosure} (for example, record the lawful basis; share only the
 * named categories; set a retention date). {@link Effect#ADD_OBLIGATIONS} outcomes never decide.
 */
public final class RuleSet {

    private static final RuleSet STANDARD = new RuleSet(
            List.of(
                    new DomesticAbuseVictimDoubtOnly(),
                    new AllVictimsAndWitnessesDoubtOnly(),
                    new EvidenceOfImmigrationOffence(),
                    new ImmigrationStatusCheckOnly(),
                    new VictimSuspectedOfOtherOffence(),
                    new ChildrenAreVulnerableNotSuspects(),
                    new ModernSlaveryDutyToNotify(),
                    new ModernSlaveryReferral(),
                    new SafeguardingWithStatutoryPartners(),
                    new MaracConfidentiality(),
                    new SpecialistSupportReferral(),
                    new SpecialCategoryToImmigrationEnforcement(),
                    new ThreatToLife()),
            new NothingPermitsReferForReview());

    private static final Rule RESTRICTION = new ProcessingRestricted();

    private final List<Rule> rules;
    private final Rule fallback;

    public RuleSet(List<Rule> rules, Rule fallback) {
        this.rules = List.copyOf(rules);
        this.fallback = Objects.requireNonNull(fallback, "fallback");
        Set<String> ids = new HashSet<>();
        for (Rule rule : all()) {
            if (!ids.add(rule.id())) {
                throw new IllegalArgumentException("two rules have the id " + rule.id());
            }
        }
    }

    /** The rule set SafeShare ships: every rule of DESIGN section 3. */
    public static RuleSet standard() {
        return STANDARD;
    }

    /** The rules applied to every request, in order. */
    public List<Rule> rules() {
        return rules;
    }

    /** The rule applied when no other rule decides. */
    public Rule fallback() {
        return fallback;
    }

    /** The rule applied before every other, whatever the protocol file says: a restricted record is not shared. */
    public Rule restriction() {
        return RESTRICTION;
    }

    /** Every rule, the fallback last. */
    public List<Rule> all() {
        List<Rule> all = new ArrayList<>(rules);
        all.add(fallback);
        return List.copyOf(all);
    }

    public Optional<Rule> find(String ruleId) {
        if (RESTRICTION.id().equals(ruleId)) {
            return Optional.of(RESTRICTION);
        }
        return all().stream().filter(rule -> rule.id().equals(ruleId)).findFirst();
    }

    /** Applies every enabled rule to the facts and combines the outcomes as described above. */
    public Decision decide(SharingFacts facts, ProtocolSettings settings, ProtocolVersion version) {
        Objects.requireNonNull(facts, "facts");
        Optional<RuleOutcome> restricted = RESTRICTION.apply(facts, settings);
        if (restricted.isPresent()) {
            return new Decision.Prohibited(List.of(restricted.get()), Set.of(), version);
        }
        List<RuleOutcome> outcomes = new ArrayList<>(4);
        boolean emergency = false;
        boolean prohibit = false;
        boolean permit = false;
        Reviewer reviewer = null;
        for (Rule rule : rules) {
            if (!settings.isEnabled(rule.id())) {
                continue;
            }
            Optional<RuleOutcome> fired = rule.apply(facts, settings);
            if (fired.isEmpty()) {
                continue;
            }
            RuleOutcome outcome = fired.get();
            outcomes.add(outcome);
            switch (outcome.effect()) {
                case PERMIT_IN_EMERGENCY -> emergency = true;
                case PROHIBIT -> prohibit = true;
                case REFER_FOR_REVIEW -> reviewer = outcome.reviewer().and(reviewer);
                case PERMIT -> permit = true;
                case ADD_OBLIGATIONS -> { }
            }
        }

        // Immigration enforcement is not an emergency service: a threat to life never overrides a prohibition
        // on sharing with it (the emergency services and safeguarding partners are told instead).
        boolean overridable = !settings.isImmigrationEnforcement(facts.recipient()) && settings.emergencyOverridesProhibitions();
        if (emergency && (!prohibit || overridable)) {
            List<RuleOutcome> explained = prohibit ? naming(outcomes) : outcomes;
            return new Decision.PermittedWithObligations(
                    explained, disclosureObligations(explained, settings), version, true);
        }
        if (prohibit) {
            return new Decision.Prohibited(outcomes, actionObligations(outcomes), version);
        }
        if (permit && !emergency && facts.dataCategories().contains(DataCategory.IMMIGRATION_STATUS)
                && facts.consent() != Consent.GIVEN) {
            // Immigration status information goes without the person's consent only after review, whoever the
            // recipient is and whichever rule would permit it.
            RuleOutcome status = NothingPermitsReferForReview.immigrationStatusWithoutConsent(facts, settings);
            outcomes.add(status);
            reviewer = status.reviewer().and(reviewer);
        }
        if (!permit) {
            RuleOutcome fallbackOutcome = fallback.apply(facts, settings)
                    .filter(outcome -> outcome.effect() == Effect.REFER_FOR_REVIEW)
                    .orElseThrow(() -> new IllegalStateException("the fallback rule must refer for review"));
            outcomes.add(fallbackOutcome);
            reviewer = fallbackOutcome.reviewer().and(reviewer);
        }
        if (reviewer != null) {
            return new Decision.ReferForReview(reviewer, outcomes, disclosureObligations(outcomes, settings), version);
        }
        return new Decision.PermittedWithObligations(
                outcomes, disclosureObligations(outcomes, settings), version, false);
    }

    /**
     * The outcomes with the threat-to-life reason naming each prohibition it overrode, so that the decision
     * says what was overridden and why, not only that it was an emergency.
     */
    private static List<RuleOutcome> naming(List<RuleOutcome> outcomes) {
        String overridden = outcomes.stream().filter(o -> o.effect() == Effect.PROHIBIT)
                .map(o -> "\u201c" + o.ruleId() + "\u201d").collect(java.util.stream.Collectors.joining(", "));
        List<RuleOutcome> out = new ArrayList<>(outcomes.size());
        for (RuleOutcome o : outcomes) {
            out.add(o.effect() != Effect.PERMIT_IN_EMERGENCY ? o : new RuleOutcome(o.ruleId(), o.reason()
                    + " It overrides the prohibition of " + overridden + ", because withholding the information could"
                    + " cost a life; that prohibition's reasons stay in this decision for the review afterwards.",
                    o.source(), o.effect(), o.obligations(), o.reviewer()));
        }
        return out;
    }

    private static Set<Obligation> disclosureObligations(List<RuleOutcome> outcomes, ProtocolSettings settings) {
        Set<Obligation> obligations = EnumSet.noneOf(Obligation.class);
        obligations.addAll(settings.obligationsOnEveryDisclosure());
        for (RuleOutcome outcome : outcomes) {
            obligations.addAll(outcome.obligations());
        }
        return obligations;
    }

    private static Set<Obligation> actionObligations(List<RuleOutcome> outcomes) {
        Set<Obligation> obligations = EnumSet.noneOf(Obligation.class);
        for (RuleOutcome outcome : outcomes) {
            for (Obligation obligation : outcome.obligations()) {
                if (obligation.kind() == Obligation.Kind.ACTION) {
                    obligations.add(obligation);
                }
            }
        }
        return obligations;
    }
}
