package uk.safeshare.firewall.protocol;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.safeshare.firewall.protocol.SharingFactsBuilder.aRequest;

import org.junit.jupiter.api.Test;
import uk.safeshare.cases.CrimeType;
import uk.safeshare.cases.PersonRole;
import uk.safeshare.cases.StatusBasis;
import uk.safeshare.firewall.protocol.rules.ChildrenAreVulnerableNotSuspects;
import uk.safeshare.firewall.protocol.rules.DomesticAbuseVictimDoubtOnly;
import uk.safeshare.firewall.protocol.rules.ModernSlaveryReferral;
import uk.safeshare.firewall.protocol.rules.NothingPermitsReferForReview;
import uk.safeshare.firewall.protocol.rules.ThreatToLife;

/** What the protocol says and the engine must do, at the edges of each rule (issue 9, "protocol fidelity"). */
class ProtocolFidelityTest {

    private final ProtocolEngine engine = Protocols.defaultEngine();

    private Decision decide(SharingFactsBuilder facts) {
        return engine.decide(facts.build());
    }

    private static boolean fired(Decision decision, String ruleId, Effect effect) {
        return decision.outcomes().stream().anyMatch(o -> o.ruleId().equals(ruleId) && o.effect() == effect);
    }

    // ---- Immigration status information without consent ----

    @Test
    void immigration_status_without_consent_goes_to_a_statutory_partner_only_after_review() {
        Decision decision = decide(aRequest().to(Recipient.LOCAL_AUTHORITY).purpose(Purpose.SAFEGUARDING)
                .dataCategories(DataCategory.IDENTITY, DataCategory.IMMIGRATION_STATUS).consent(Consent.NOT_ASKED));
        assertThat(decision).isInstanceOf(Decision.ReferForReview.class);
        assertThat(fired(decision, NothingPermitsReferForReview.ID, Effect.REFER_FOR_REVIEW)).isTrue();
        assertThat(decision.outcomes()).anySatisfy(o -> assertThat(o.reason()).contains("immigration status").contains("without their consent"));
    }

    @Test
    void immigration_status_with_consent_or_without_the_status_category_is_permitted_as_before() {
        assertThat(decide(aRequest().to(Recipient.LOCAL_AUTHORITY)
                .dataCategories(DataCategory.IDENTITY, DataCategory.IMMIGRATION_STATUS).consent(Consent.GIVEN)))
                .isInstanceOf(Decision.PermittedWithObligations.class);
        assertThat(decide(aRequest().to(Recipient.LOCAL_AUTHORITY).dataCategories(DataCategory.IDENTITY).consent(Consent.NOT_ASKED)))
                .isInstanceOf(Decision.PermittedWithObligations.class);
    }

    // ---- Children who are victims of modern slavery or trafficking ----

    @Test
    void a_child_victim_of_trafficking_is_prohibited_from_immigration_enforcement_not_referred() {
        Decision decision = decide(aRequest().child().crimeTypes(CrimeType.MODERN_SLAVERY).statusBasis(StatusBasis.CONFIRMED_LAWFUL_STATUS)
                .to(Recipient.IMMIGRATION_ENFORCEMENT).purpose(Purpose.INVESTIGATION).consent(Consent.GIVEN));
        assertThat(decision).isInstanceOf(Decision.Prohibited.class);
        assertThat(fired(decision, ChildrenAreVulnerableNotSuspects.ID, Effect.PROHIBIT)).isTrue();
        assertThat(decision.obligations()).contains(Obligation.TELL_LOCAL_AUTHORITY);
    }

    @Test
    void not_even_a_threat_to_life_sends_a_child_victim_of_trafficking_to_immigration_enforcement() {
        Decision decision = decide(aRequest().child().crimeTypes(CrimeType.MODERN_SLAVERY).statusBasis(StatusBasis.CONFIRMED_LAWFUL_STATUS)
                .to(Recipient.IMMIGRATION_ENFORCEMENT).purpose(Purpose.SAFEGUARDING).threatToLife());
        assertThat(decision).isInstanceOf(Decision.Prohibited.class);
    }

    @Test
    void an_adult_victim_of_trafficking_or_a_child_witness_is_still_referred_for_review() {
        assertThat(decide(aRequest().crimeTypes(CrimeType.MODERN_SLAVERY).statusBasis(StatusBasis.CONFIRMED_LAWFUL_STATUS)
                .to(Recipient.IMMIGRATION_ENFORCEMENT).purpose(Purpose.INVESTIGATION).consent(Consent.GIVEN)))
                .isNotInstanceOf(Decision.Prohibited.class);
        Decision witness = decide(aRequest().child().role(PersonRole.WITNESS).crimeTypes(CrimeType.MODERN_SLAVERY)
                .statusBasis(StatusBasis.CONFIRMED_LAWFUL_STATUS).to(Recipient.IMMIGRATION_ENFORCEMENT).purpose(Purpose.INVESTIGATION));
        assertThat(witness).isInstanceOf(Decision.ReferForReview.class);
        assertThat(fired(witness, ChildrenAreVulnerableNotSuspects.ID, Effect.REFER_FOR_REVIEW)).isTrue();
    }

    @Test
    void the_referral_mechanism_and_the_local_authority_are_still_told_about_a_child_victim_of_trafficking() {
        Decision decision = decide(aRequest().child().crimeTypes(CrimeType.MODERN_SLAVERY)
                .to(Recipient.MODERN_SLAVERY_REFERRAL_MECHANISM).purpose(Purpose.MODERN_SLAVERY_REFERRAL));
        assertThat(decision).isInstanceOf(Decision.PermittedWithObligations.class);
        assertThat(decision.obligations()).contains(Obligation.NOTIFY_NRM, Obligation.TELL_LOCAL_AUTHORITY);
    }

    // ---- The referral mechanism only for the referral ----

    @Test
    void the_referral_mechanism_rule_permits_only_the_modern_slavery_referral_or_notification() {
        Decision investigation = decide(aRequest().crimeTypes(CrimeType.MODERN_SLAVERY)
                .to(Recipient.MODERN_SLAVERY_REFERRAL_MECHANISM).purpose(Purpose.INVESTIGATION).consent(Consent.GIVEN));
        assertThat(fired(investigation, ModernSlaveryReferral.ID, Effect.PERMIT)).isFalse();
        assertThat(investigation).isInstanceOf(Decision.ReferForReview.class);
        Decision referral = decide(aRequest().crimeTypes(CrimeType.MODERN_SLAVERY)
                .to(Recipient.MODERN_SLAVERY_REFERRAL_MECHANISM).purpose(Purpose.MODERN_SLAVERY_REFERRAL).consent(Consent.GIVEN));
        assertThat(fired(referral, ModernSlaveryReferral.ID, Effect.PERMIT)).isTrue();
    }

    // ---- Emergencies ----

    @Test
    void a_threat_to_life_does_not_override_a_prohibition_on_sharing_with_immigration_enforcement() {
        Decision decision = decide(SharingFactsBuilder.aDomesticAbuseVictimWithDoubtsToImmigrationEnforcement().threatToLife());
        assertThat(decision).isInstanceOf(Decision.Prohibited.class);
    }

    @Test
    void an_emergency_override_names_the_prohibition_it_overrode() {
        // A victim's status checked with another force "to check status" is prohibited; a threat to life overrides it.
        Decision decision = decide(aRequest().to(Recipient.OTHER_POLICE_FORCE).purpose(Purpose.IMMIGRATION_STATUS_CHECK).threatToLife());
        assertThat(decision).isInstanceOfSatisfying(Decision.PermittedWithObligations.class, p -> assertThat(p.emergency()).isTrue());
        String prohibiting = decision.outcomes().stream().filter(o -> o.effect() == Effect.PROHIBIT).findFirst().orElseThrow().ruleId();
        assertThat(decision.outcomes()).filteredOn(o -> o.ruleId().equals(ThreatToLife.ID)).singleElement()
                .satisfies(o -> assertThat(o.reason()).contains("overrides the prohibition of").contains(prohibiting));
    }

    @Test
    void an_emergency_without_a_prohibition_says_nothing_was_overridden() {
        Decision decision = decide(aRequest().to(Recipient.OTHER).purpose(Purpose.SAFEGUARDING).threatToLife());
        assertThat(decision.outcomes()).filteredOn(o -> o.ruleId().equals(ThreatToLife.ID)).singleElement()
                .satisfies(o -> assertThat(o.reason()).doesNotContain("overrides"));
    }

    // ---- Witnesses under the domestic-abuse-only setting ----

    @Test
    void a_witness_with_doubts_is_told_in_plain_words_that_the_doubt_only_prohibition_does_not_cover_them() {
        Decision decision = decide(aRequest().role(PersonRole.WITNESS).statusBasis(StatusBasis.CONCERNS_OR_DOUBTS_ONLY)
                .to(Recipient.IMMIGRATION_ENFORCEMENT).purpose(Purpose.INVESTIGATION));
        assertThat(decision).isInstanceOf(Decision.ReferForReview.class);
        assertThat(decision.outcomes()).filteredOn(o -> o.ruleId().equals(DomesticAbuseVictimDoubtOnly.ID)).singleElement()
                .satisfies(o -> {
                    assertThat(o.effect()).isEqualTo(Effect.ADD_OBLIGATIONS);
                    assertThat(o.reason()).contains("covers victims of domestic abuse only").contains("a witness");
                });
    }

    @Test
    void under_the_all_victims_setting_the_witness_is_covered_and_nothing_needs_saying() {
        Decision decision = Protocols.allVictimsEngine().decide(aRequest().role(PersonRole.WITNESS)
                .statusBasis(StatusBasis.CONCERNS_OR_DOUBTS_ONLY).to(Recipient.IMMIGRATION_ENFORCEMENT).purpose(Purpose.INVESTIGATION).build());
        assertThat(decision).isInstanceOf(Decision.Prohibited.class);
        assertThat(decision.outcomes()).noneMatch(o -> o.ruleId().equals(DomesticAbuseVictimDoubtOnly.ID));
    }
}
