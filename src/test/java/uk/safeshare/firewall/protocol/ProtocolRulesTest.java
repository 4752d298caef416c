package uk.safeshare.firewall.protocol;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.safeshare.firewall.protocol.SharingFactsBuilder.aDomesticAbuseVictimWithDoubtsToImmigrationEnforcement;
import static uk.safeshare.firewall.protocol.SharingFactsBuilder.aRequest;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import uk.safeshare.cases.CrimeType;
import uk.safeshare.cases.PersonRole;
import uk.safeshare.cases.StatusBasis;
import uk.safeshare.firewall.protocol.Decision.PermittedWithObligations;
import uk.safeshare.firewall.protocol.Decision.Prohibited;
import uk.safeshare.firewall.protocol.Decision.ReferForReview;
import uk.safeshare.firewall.protocol.rules.AllVictimsAndWitnessesDoubtOnly;
import uk.safeshare.firewall.protocol.rules.ChildrenAreVulnerableNotSuspects;
import uk.safeshare.firewall.protocol.rules.DomesticAbuseVictimDoubtOnly;
import uk.safeshare.firewall.protocol.rules.EvidenceOfImmigrationOffence;
import uk.safeshare.firewall.protocol.rules.ImmigrationStatusCheckOnly;
import uk.safeshare.firewall.protocol.rules.MaracConfidentiality;
import uk.safeshare.firewall.protocol.rules.ModernSlaveryDutyToNotify;
import uk.safeshare.firewall.protocol.rules.ModernSlaveryReferral;
import uk.safeshare.firewall.protocol.rules.NothingPermitsReferForReview;
import uk.safeshare.firewall.protocol.rules.SafeguardingWithStatutoryPartners;
import uk.safeshare.firewall.protocol.rules.SpecialCategoryToImmigrationEnforcement;
import uk.safeshare.firewall.protocol.rules.SpecialistSupportReferral;
import uk.safeshare.firewall.protocol.rules.ThreatToLife;
import uk.safeshare.firewall.protocol.rules.VictimSuspectedOfOtherOffence;

/** One group of tests for each rule of the protocol, each test named as what it proves. */
class ProtocolRulesTest {

    static Decision decide(SharingFactsBuilder request) {
        return Protocols.defaultEngine().decide(request.build());
    }

    static Decision decideCoveringAllVictims(SharingFactsBuilder request) {
        return Protocols.allVictimsEngine().decide(request.build());
    }

    static RuleOutcome outcomeOf(Decision decision, String ruleId) {
        return decision.outcomes().stream()
                .filter(outcome -> outcome.ruleId().equals(ruleId))
                .findFirst()
                .orElseThrow(() -> new AssertionError(ruleId + " did not fire; fired: " + decision.outcomes()));
    }

    @Nested
    class DomesticAbuseVictimsWithOnlyDoubts {

        @Test
        void a_domestic_abuse_victim_with_only_doubts_is_never_shared_with_immigration_enforcement() {
            Decision decision = decide(aDomesticAbuseVictimWithDoubtsToImmigrationEnforcement());

            assertThat(decision).isInstanceOf(Prohibited.class);
            assertThat(decision.obligations()).containsExactly(Obligation.OFFER_SPECIALIST_REFERRAL);
            RuleOutcome outcome = outcomeOf(decision, DomesticAbuseVictimDoubtOnly.ID);
            assertThat(outcome.effect()).isEqualTo(Effect.PROHIBIT);
            assertThat(outcome.reason())
                    .contains("victim of domestic abuse", "only concerns or doubts", "specialist organisation");
            assertThat(outcome.source()).contains("Safe to share?", "recommendation 1");
        }

        @Test
        void a_domestic_abuse_victim_whose_status_is_not_known_is_never_shared() {
            Decision decision = decide(aDomesticAbuseVictimWithDoubtsToImmigrationEnforcement()
                    .statusBasis(StatusBasis.NOT_KNOWN));

            assertThat(decision).isInstanceOf(Prohibited.class);
            assertThat(outcomeOf(decision, DomesticAbuseVictimDoubtOnly.ID).reason()).contains("no knowledge");
        }

        @Test
        void evidence_claimed_but_not_described_counts_as_doubt() {
            Decision decision = decide(aDomesticAbuseVictimWithDoubtsToImmigrationEnforcement().evidence("  "));

            assertThat(decision).isInstanceOf(Prohibited.class);
            assertThat(outcomeOf(decision, DomesticAbuseVictimDoubtOnly.ID).reason()).contains("counts as doubt");
            assertThat(decision.fired(EvidenceOfImmigrationOffence.ID)).isFalse();
        }

        @Test
        void other_parts_of_the_home_office_are_treated_as_immigration_enforcement() {
            Decision decision = decide(aDomesticAbuseVictimWithDoubtsToImmigrationEnforcement()
                    .to(Recipient.OTHER_HOME_OFFICE));

            assertThat(decision).isInstanceOf(Prohibited.class);
            assertThat(decision.fired(DomesticAbuseVictimDoubtOnly.ID)).isTrue();
        }

        @Test
        void a_victim_who_is_also_a_suspect_is_protected_too() {
            Decision decision = decide(aDomesticAbuseVictimWithDoubtsToImmigrationEnforcement()
                    .role(PersonRole.VICTIM_AND_SUSPECT)
                    .suspectedOf("Assault on the partner during the same incident"));

            assertThat(decision).isInstanceOf(Prohibited.class);
            assertThat(decision.fired(DomesticAbuseVictimDoubtOnly.ID)).isTrue();
            assertThat(decision.fired(VictimSuspectedOfOtherOffence.ID)).isTrue();
        }

        @ParameterizedTest
        @EnumSource(Purpose.class)
        void the_prohibition_holds_whatever_the_purpose(Purpose purpose) {
            Decision decision = decide(aDomesticAbuseVictimWithDoubtsToImmigrationEnforcement()
                    .purpose(purpose)
                    .consent(Consent.GIVEN));

            assertThat(decision).isInstanceOf(Prohibited.class);
        }

        @Test
        void a_witness_in_a_domestic_abuse_case_is_reviewed_not_prohibited_under_the_default_protocol() {
            Decision decision = decide(aDomesticAbuseVictimWithDoubtsToImmigrationEnforcement()
                    .role(PersonRole.WITNESS));

            assertThat(decision).isInstanceOf(ReferForReview.class);
            assertThat(decision.outcomes()).noneMatch(o -> o.ruleId().equals(DomesticAbuseVictimDoubtOnly.ID)
                    && o.effect() == Effect.PROHIBIT);
        }
    }

    @Nested
    class AllVictimsAndWitnessesWhereTheForceExtendsIt {

        @Test
        void a_witness_with_only_doubts_is_never_shared_when_the_protocol_covers_all_victims_and_witnesses() {
            Decision decision = decideCoveringAllVictims(aRequest()
                    .role(PersonRole.WITNESS)
                    .crimeTypes(CrimeType.OTHER)
                    .statusBasis(StatusBasis.CONCERNS_OR_DOUBTS_ONLY)
                    .to(Recipient.IMMIGRATION_ENFORCEMENT)
                    .purpose(Purpose.INVESTIGATION));

            assertThat(decision).isInstanceOf(Prohibited.class);
            assertThat(decision.obligations()).contains(Obligation.OFFER_SPECIALIST_REFERRAL);
            assertThat(outcomeOf(decision, AllVictimsAndWitnessesDoubtOnly.ID).reason())
                    .contains("witness", "all victims and witnesses");
        }

        @Test
        void a_victim_of_another_crime_with_doubts_is_reviewed_by_default_but_prohibited_where_the_force_extends_it() {
            SharingFactsBuilder request = aRequest()
                    .crimeTypes(CrimeType.SERIOUS_SEXUAL_OFFENCE)
                    .statusBasis(StatusBasis.NOT_KNOWN)
                    .to(Recipient.IMMIGRATION_ENFORCEMENT)
                    .purpose(Purpose.INVESTIGATION);

            assertThat(decide(request)).isInstanceOf(ReferForReview.class);
            assertThat(decideCoveringAllVictims(request)).isInstanceOf(Prohibited.class);
        }

        @Test
        void a_domestic_abuse_victim_is_prohibited_once_not_twice() {
            Decision decision = decideCoveringAllVictims(aDomesticAbuseVictimWithDoubtsToImmigrationEnforcement());

            assertThat(decision.fired(DomesticAbuseVictimDoubtOnly.ID)).isTrue();
            assertThat(decision.fired(AllVictimsAndWitnessesDoubtOnly.ID)).isFalse();
        }

        @Test
        void a_suspect_who_is_not_a_victim_is_not_covered() {
            Decision decision = decideCoveringAllVictims(aRequest()
                    .role(PersonRole.SUSPECT)
                    .crimeTypes(CrimeType.OTHER)
                    .statusBasis(StatusBasis.CONCERNS_OR_DOUBTS_ONLY)
                    .to(Recipient.IMMIGRATION_ENFORCEMENT)
                    .purpose(Purpose.INVESTIGATION));

            assertThat(decision).isInstanceOf(ReferForReview.class);
            assertThat(decision.fired(AllVictimsAndWitnessesDoubtOnly.ID)).isFalse();
        }
    }

    @Nested
    class EvidenceOfAnImmigrationOffence {

        @Test
        void evidence_of_an_immigration_offence_is_referred_for_review_not_shared_automatically() {
            Decision decision = decide(aRequest()
                    .crimeTypes(CrimeType.OTHER)
                    .evidence("Admitted in interview to working in breach of visa conditions")
                    .to(Recipient.IMMIGRATION_ENFORCEMENT)
                    .purpose(Purpose.INVESTIGATION));

            assertThat(decision).isInstanceOfSatisfying(ReferForReview.class,
                    refer -> assertThat(refer.reviewer()).isEqualTo(Reviewer.SUPERVISOR_AND_DPO));
            assertThat(decision.obligations())
                    .contains(Obligation.TELL_PERSON_WHAT_AND_WHY, Obligation.SHARE_MINIMUM_NECESSARY);
            assertThat(outcomeOf(decision, EvidenceOfImmigrationOffence.ID).reason())
                    .contains("breach of visa conditions", "not", "automatic");
        }

        @Test
        void a_domestic_abuse_victim_with_described_evidence_is_reviewed_rather_than_prohibited() {
            Decision decision = decide(aDomesticAbuseVictimWithDoubtsToImmigrationEnforcement()
                    .evidence("Entered the UK on a forged passport, found at the address"));

            assertThat(decision).isInstanceOf(ReferForReview.class);
            assertThat(decision.outcomes()).noneMatch(o -> o.ruleId().equals(DomesticAbuseVictimDoubtOnly.ID)
                    && o.effect() == Effect.PROHIBIT);
        }

        @Test
        void evidence_does_not_matter_to_a_recipient_that_is_not_immigration_enforcement() {
            Decision decision = decide(aRequest().evidence("Overstayed a visitor visa by two years"));

            assertThat(decision).isInstanceOf(PermittedWithObligations.class);
            assertThat(decision.fired(EvidenceOfImmigrationOffence.ID)).isFalse();
        }
    }

    @Nested
    class ChecksOnlyToEstablishStatus {

        @Test
        void a_check_whose_only_purpose_is_a_victims_immigration_status_is_prohibited() {
            Decision decision = decide(aRequest()
                    .crimeTypes(CrimeType.OTHER)
                    .to(Recipient.OTHER_POLICE_FORCE)
                    .purpose(Purpose.IMMIGRATION_STATUS_CHECK));

            assertThat(decision).isInstanceOf(Prohibited.class);
            assertThat(outcomeOf(decision, ImmigrationStatusCheckOnly.ID).reason()).contains("only purpose");
        }

        @Test
        void even_with_evidence_a_check_of_a_victims_status_alone_is_prohibited() {
            Decision decision = decide(aRequest()
                    .evidence("Visa expired in 2019")
                    .to(Recipient.IMMIGRATION_ENFORCEMENT)
                    .purpose(Purpose.IMMIGRATION_STATUS_CHECK));

            assertThat(decision).isInstanceOf(Prohibited.class);
            assertThat(decision.fired(EvidenceOfImmigrationOffence.ID)).isTrue();
        }

        @Test
        void a_check_on_a_witness_is_prohibited_only_where_the_protocol_extends_it_to_witnesses() {
            SharingFactsBuilder request = aRequest()
                    .role(PersonRole.WITNESS)
                    .crimeTypes(CrimeType.OTHER)
                    .statusBasis(StatusBasis.CONFIRMED_LAWFUL_STATUS)
                    .to(Recipient.IMMIGRATION_ENFORCEMENT)
                    .purpose(Purpose.IMMIGRATION_STATUS_CHECK);

            assertThat(decide(request)).isInstanceOf(ReferForReview.class);
            assertThat(decideCoveringAllVictims(request)).isInstanceOf(Prohibited.class);
            assertThat(decideCoveringAllVictims(request).fired(ImmigrationStatusCheckOnly.ID)).isTrue();
        }
    }

    @Nested
    class VictimsSuspectedOfAnotherOffence {

        @Test
        void a_victim_suspected_of_a_non_immigration_offence_is_referred_with_the_suspicion_recorded() {
            Decision decision = decide(aRequest()
                    .crimeTypes(CrimeType.OTHER)
                    .statusBasis(StatusBasis.CONFIRMED_LAWFUL_STATUS)
                    .to(Recipient.OTHER_POLICE_FORCE)
                    .purpose(Purpose.INVESTIGATION)
                    .suspectedOf("Handling stolen goods"));

            assertThat(decision).isInstanceOfSatisfying(ReferForReview.class,
                    refer -> assertThat(refer.reviewer()).isEqualTo(Reviewer.SUPERVISOR));
            assertThat(outcomeOf(decision, VictimSuspectedOfOtherOffence.ID).reason())
                    .contains("\u201cHandling stolen goods\u201d");
        }

        @Test
        void a_suspicion_with_no_description_asks_for_one() {
            Decision decision = decide(aRequest().to(Recipient.OTHER).purpose(Purpose.OTHER).suspectedOf(""));

            assertThat(outcomeOf(decision, VictimSuspectedOfOtherOffence.ID).reason()).contains("not described");
        }

        @Test
        void a_suspicion_does_not_hold_up_sharing_to_safeguard_the_victim() {
            Decision decision = decide(aRequest().suspectedOf("Criminal damage"));

            assertThat(decision).isInstanceOf(PermittedWithObligations.class);
            assertThat(decision.fired(VictimSuspectedOfOtherOffence.ID)).isFalse();
        }
    }

    @Nested
    class Children {

        @Test
        void a_child_is_never_shared_with_immigration_enforcement_without_review_and_the_local_authority_is_told() {
            Decision decision = decide(aRequest()
                    .child()
                    .crimeTypes(CrimeType.OTHER)
                    .statusBasis(StatusBasis.CONFIRMED_LAWFUL_STATUS)
                    .to(Recipient.IMMIGRATION_ENFORCEMENT)
                    .purpose(Purpose.INVESTIGATION));

            assertThat(decision).isInstanceOfSatisfying(ReferForReview.class,
                    refer -> assertThat(refer.reviewer()).isEqualTo(Reviewer.SUPERVISOR_AND_DPO));
            assertThat(decision.obligations()).contains(Obligation.TELL_LOCAL_AUTHORITY);
            assertThat(outcomeOf(decision, ChildrenAreVulnerableNotSuspects.ID).reason())
                    .contains("vulnerable, never as a suspect");
        }

        @Test
        void a_child_suspect_is_still_treated_as_vulnerable() {
            Decision decision = decide(aRequest()
                    .child()
                    .role(PersonRole.SUSPECT)
                    .evidence("Arrived without leave")
                    .to(Recipient.IMMIGRATION_ENFORCEMENT)
                    .purpose(Purpose.INVESTIGATION));

            assertThat(decision).isInstanceOf(ReferForReview.class);
            assertThat(decision.fired(ChildrenAreVulnerableNotSuspects.ID)).isTrue();
        }

        @Test
        void when_sharing_about_a_child_is_prohibited_the_local_authority_is_still_told() {
            Decision decision = decide(aDomesticAbuseVictimWithDoubtsToImmigrationEnforcement().child());

            assertThat(decision).isInstanceOf(Prohibited.class);
            assertThat(decision.obligations())
                    .containsExactlyInAnyOrder(Obligation.OFFER_SPECIALIST_REFERRAL, Obligation.TELL_LOCAL_AUTHORITY);
        }
    }

    @Nested
    class ModernSlaveryDutyToNotifyWhateverElseIsShared {

        @Test
        void sharing_with_the_local_authority_about_a_modern_slavery_victim_still_owes_the_duty_to_notify() {
            Decision decision = decide(aRequest().crimeTypes(CrimeType.MODERN_SLAVERY));

            assertThat(decision).isInstanceOf(PermittedWithObligations.class);
            assertThat(decision.obligations()).contains(Obligation.NOTIFY_NRM_ANONYMOUSLY);
            assertThat(outcomeOf(decision, ModernSlaveryDutyToNotify.ID).effect()).isEqualTo(Effect.ADD_OBLIGATIONS);
        }

        @Test
        void the_duty_to_notify_is_owed_even_when_sharing_is_prohibited() {
            Decision decision = decide(aDomesticAbuseVictimWithDoubtsToImmigrationEnforcement()
                    .crimeTypes(CrimeType.DOMESTIC_ABUSE, CrimeType.MODERN_SLAVERY)
                    .consent(Consent.GIVEN));

            assertThat(decision).isInstanceOf(Prohibited.class);
            assertThat(decision.obligations()).contains(Obligation.NOTIFY_NRM, Obligation.OFFER_SPECIALIST_REFERRAL);
        }

        @Test
        void a_witness_in_a_modern_slavery_case_is_not_a_potential_victim_to_notify() {
            Decision decision = decide(aRequest().role(PersonRole.WITNESS).crimeTypes(CrimeType.MODERN_SLAVERY));

            assertThat(decision.fired(ModernSlaveryDutyToNotify.ID)).isFalse();
        }
    }

    @Nested
    class ModernSlaveryReferrals {

        SharingFactsBuilder aReferral() {
            return aRequest()
                    .crimeTypes(CrimeType.MODERN_SLAVERY)
                    .to(Recipient.MODERN_SLAVERY_REFERRAL_MECHANISM)
                    .purpose(Purpose.MODERN_SLAVERY_REFERRAL)
                    .dataCategories(DataCategory.IDENTITY, DataCategory.NATIONALITY, DataCategory.OFFENCE_DETAILS);
        }

        @Test
        void an_adult_who_consents_is_referred_to_the_national_referral_mechanism() {
            Decision decision = decide(aReferral().consent(Consent.GIVEN));

            assertThat(decision).isInstanceOf(PermittedWithObligations.class);
            assertThat(decision.obligations())
                    .contains(Obligation.NOTIFY_NRM, Obligation.TELL_PERSON_WHAT_AND_WHY)
                    .doesNotContain(Obligation.NOTIFY_NRM_ANONYMOUSLY);
        }

        @Test
        void an_adult_who_does_not_consent_is_notified_anonymously_with_no_identifying_data() {
            Decision decision = decide(aReferral().consent(Consent.REFUSED));

            assertThat(decision).isInstanceOf(PermittedWithObligations.class);
            assertThat(decision.obligations())
                    .contains(Obligation.NOTIFY_NRM_ANONYMOUSLY)
                    .doesNotContain(Obligation.NOTIFY_NRM);
            assertThat(outcomeOf(decision, ModernSlaveryReferral.ID).reason())
                    .contains("anonymously", "Leave out", DataCategory.IDENTITY.label())
                    .doesNotContain(DataCategory.NATIONALITY.label());
        }

        @Test
        void a_child_is_always_referred_and_the_local_authority_told_even_without_consent() {
            Decision decision = decide(aReferral().child().consent(Consent.REFUSED));

            assertThat(decision).isInstanceOf(PermittedWithObligations.class);
            assertThat(decision.obligations()).contains(Obligation.NOTIFY_NRM, Obligation.TELL_LOCAL_AUTHORITY);
            assertThat(outcomeOf(decision, ModernSlaveryReferral.ID).reason()).contains("child", "always referred");
        }

        @Test
        void a_referral_in_a_case_without_modern_slavery_is_referred_for_review() {
            Decision decision = decide(aReferral().crimeTypes(CrimeType.DOMESTIC_ABUSE).consent(Consent.GIVEN));

            assertThat(decision).isInstanceOf(ReferForReview.class);
            assertThat(decision.fired(ModernSlaveryReferral.ID)).isFalse();
        }
    }

    @Nested
    class SafeguardingWithStatutoryPartnersRule {

        @Test
        void safeguarding_sharing_with_a_statutory_partner_is_permitted_with_obligations() {
            Decision decision = decide(aRequest().to(Recipient.LOCAL_AUTHORITY).purpose(Purpose.SAFEGUARDING));

            assertThat(decision).isInstanceOfSatisfying(PermittedWithObligations.class,
                    permitted -> assertThat(permitted.emergency()).isFalse());
            assertThat(decision.obligations()).containsExactlyInAnyOrder(
                    Obligation.TELL_PERSON_WHAT_AND_WHY,
                    Obligation.RECORD_LAWFUL_BASIS,
                    Obligation.SHARE_ONLY_NAMED_CATEGORIES,
                    Obligation.SET_RETENTION_DATE);
            assertThat(outcomeOf(decision, SafeguardingWithStatutoryPartners.ID).effect()).isEqualTo(Effect.PERMIT);
        }

        @Test
        void sharing_with_a_statutory_partner_for_another_purpose_is_referred() {
            Decision decision = decide(aRequest().to(Recipient.LOCAL_AUTHORITY).purpose(Purpose.OTHER));

            assertThat(decision).isInstanceOf(ReferForReview.class);
        }

        @Test
        void calling_sharing_with_immigration_enforcement_safeguarding_does_not_permit_it() {
            Decision decision = decide(aRequest()
                    .statusBasis(StatusBasis.CONFIRMED_LAWFUL_STATUS)
                    .to(Recipient.IMMIGRATION_ENFORCEMENT)
                    .purpose(Purpose.SAFEGUARDING));

            assertThat(decision).isInstanceOf(ReferForReview.class);
            assertThat(decision.fired(SafeguardingWithStatutoryPartners.ID)).isFalse();
        }
    }

    @Nested
    class Marac {

        SharingFactsBuilder sharingIntoAMarac() {
            return aRequest().to(Recipient.MARAC).purpose(Purpose.SAFEGUARDING);
        }

        @Test
        void sharing_into_a_marac_whose_attendees_have_all_accepted_its_confidentiality_agreement_is_permitted() {
            Decision decision = decide(sharingIntoAMarac().maracConfidentialityAcceptedByAll(true));

            assertThat(decision).isInstanceOf(PermittedWithObligations.class);
            assertThat(outcomeOf(decision, MaracConfidentiality.ID).effect()).isEqualTo(Effect.PERMIT);
        }

        @Test
        void sharing_into_a_marac_before_every_attendee_has_accepted_the_agreement_is_prohibited() {
            Decision decision = decide(sharingIntoAMarac().maracConfidentialityAcceptedByAll(false));

            assertThat(decision).isInstanceOf(Prohibited.class);
            assertThat(outcomeOf(decision, MaracConfidentiality.ID).reason()).contains("confidentiality agreement");
        }
    }

    @Nested
    class SpecialistSupportReferrals {

        @Test
        void a_support_referral_the_person_has_consented_to_is_permitted() {
            Decision decision = decide(aRequest()
                    .to(Recipient.SPECIALIST_ORGANISATION)
                    .purpose(Purpose.SUPPORT_REFERRAL)
                    .consent(Consent.GIVEN));

            assertThat(decision).isInstanceOf(PermittedWithObligations.class);
            assertThat(decision.fired(SpecialistSupportReferral.ID)).isTrue();
        }

        @Test
        void a_support_referral_without_consent_is_referred_for_review() {
            Decision decision = decide(aRequest()
                    .to(Recipient.SPECIALIST_ORGANISATION)
                    .purpose(Purpose.SUPPORT_REFERRAL)
                    .consent(Consent.REFUSED));

            assertThat(decision).isInstanceOf(ReferForReview.class);
        }
    }

    @Nested
    class SpecialCategoryData {

        SharingFactsBuilder ethnicityWithEvidenceToImmigrationEnforcement() {
            return aRequest()
                    .crimeTypes(CrimeType.OTHER)
                    .evidence("Working in breach of conditions, admitted in interview")
                    .to(Recipient.IMMIGRATION_ENFORCEMENT)
                    .purpose(Purpose.INVESTIGATION)
                    .dataCategories(DataCategory.IDENTITY, DataCategory.ETHNICITY, DataCategory.HEALTH);
        }

        @Test
        void special_category_data_with_no_justification_is_never_shared_with_immigration_enforcement() {
            Decision decision = decide(ethnicityWithEvidenceToImmigrationEnforcement().justification(" "));

            assertThat(decision).isInstanceOf(Prohibited.class);
            assertThat(outcomeOf(decision, SpecialCategoryToImmigrationEnforcement.ID).reason())
                    .contains("Ethnicity", "Health", "no justification");
        }

        @Test
        void special_category_data_with_a_justification_not_yet_reviewed_goes_to_the_dpo() {
            Decision decision = decide(ethnicityWithEvidenceToImmigrationEnforcement());

            assertThat(decision).isInstanceOf(ReferForReview.class);
            assertThat(outcomeOf(decision, SpecialCategoryToImmigrationEnforcement.ID).reviewer())
                    .isEqualTo(Reviewer.DPO);
        }

        @Test
        void once_the_justification_is_reviewed_the_other_rules_decide() {
            Decision decision = decide(ethnicityWithEvidenceToImmigrationEnforcement()
                    .specialCategoryJustificationReviewed(true));

            assertThat(decision).isInstanceOf(ReferForReview.class);
            assertThat(outcomeOf(decision, SpecialCategoryToImmigrationEnforcement.ID).effect())
                    .isEqualTo(Effect.ADD_OBLIGATIONS);
            assertThat(decision.fired(EvidenceOfImmigrationOffence.ID)).isTrue();
        }

        @Test
        void special_category_data_for_a_statutory_partner_is_not_held_back_by_this_rule() {
            Decision decision = decide(aRequest().dataCategories(DataCategory.HEALTH).justification(""));

            assertThat(decision).isInstanceOf(PermittedWithObligations.class);
            assertThat(decision.fired(SpecialCategoryToImmigrationEnforcement.ID)).isFalse();
        }
    }

    @Nested
    class ThreatToLifeEmergencies {

        @Test
        void a_threat_to_life_is_permitted_at_once_and_flagged_for_retrospective_review() {
            Decision decision = decide(aRequest().to(Recipient.OTHER).purpose(Purpose.OTHER).threatToLife());

            assertThat(decision).isInstanceOfSatisfying(PermittedWithObligations.class,
                    permitted -> assertThat(permitted.emergency()).isTrue());
            assertThat(decision.obligations()).contains(Obligation.RETROSPECTIVE_REVIEW);
            assertThat(outcomeOf(decision, ThreatToLife.ID).effect()).isEqualTo(Effect.PERMIT_IN_EMERGENCY);
        }

        @Test
        void a_threat_to_life_overrides_a_prohibition_but_keeps_every_reason_and_obligation() {
            // A check of a victim's status with another force is prohibited; a threat to life overrides it.
            Decision decision = decide(aRequest().to(Recipient.OTHER_POLICE_FORCE)
                    .purpose(Purpose.IMMIGRATION_STATUS_CHECK).threatToLife());

            assertThat(decision).isInstanceOfSatisfying(PermittedWithObligations.class,
                    permitted -> assertThat(permitted.emergency()).isTrue());
            assertThat(decision.outcomes()).extracting(RuleOutcome::ruleId)
                    .contains(ImmigrationStatusCheckOnly.ID, ThreatToLife.ID);
            assertThat(decision.obligations()).contains(Obligation.RETROSPECTIVE_REVIEW);
        }

        @Test
        void a_threat_to_life_never_overrides_a_prohibition_on_sharing_with_immigration_enforcement() {
            Decision decision = decide(aDomesticAbuseVictimWithDoubtsToImmigrationEnforcement().threatToLife());

            assertThat(decision).isInstanceOf(Prohibited.class);
            assertThat(decision.obligations()).contains(Obligation.OFFER_SPECIALIST_REFERRAL);
        }

        @Test
        void where_the_protocol_says_so_a_prohibition_still_wins_over_a_threat_to_life() {
            ProtocolEngine engine = new ProtocolEngine(Protocols.parse(Protocols.defaultWith(
                    "emergencyOverridesProhibitions: true", "emergencyOverridesProhibitions: false")));

            Decision prohibited = engine.decide(
                    aDomesticAbuseVictimWithDoubtsToImmigrationEnforcement().threatToLife().build());
            Decision referredButUrgent = engine.decide(aRequest().to(Recipient.OTHER).threatToLife().build());

            assertThat(prohibited).isInstanceOf(Prohibited.class);
            assertThat(prohibited.obligations()).doesNotContain(Obligation.RETROSPECTIVE_REVIEW);
            assertThat(referredButUrgent).isInstanceOf(PermittedWithObligations.class);
        }
    }

    @Nested
    class NothingPermitsSoReferForReview {

        @Test
        void anything_no_rule_permits_is_referred_for_review_never_silently_permitted() {
            Decision decision = decide(aRequest().to(Recipient.OTHER).purpose(Purpose.OTHER));

            assertThat(decision).isInstanceOfSatisfying(ReferForReview.class,
                    refer -> assertThat(refer.reviewer()).isEqualTo(Reviewer.SUPERVISOR));
            assertThat(outcomeOf(decision, NothingPermitsReferForReview.ID).reason()).contains("No rule");
        }

        @Test
        void a_request_to_immigration_enforcement_that_nothing_permits_goes_to_a_supervisor_and_the_dpo() {
            Decision decision = decide(aRequest()
                    .statusBasis(StatusBasis.CONFIRMED_LAWFUL_STATUS)
                    .to(Recipient.IMMIGRATION_ENFORCEMENT)
                    .purpose(Purpose.INVESTIGATION)
                    .suspectedOf("Fraud"));

            assertThat(decision).isInstanceOfSatisfying(ReferForReview.class,
                    refer -> assertThat(refer.reviewer()).isEqualTo(Reviewer.SUPERVISOR_AND_DPO));
            assertThat(decision.outcomes()).extracting(RuleOutcome::ruleId)
                    .containsExactly(VictimSuspectedOfOtherOffence.ID, NothingPermitsReferForReview.ID);
        }

        @Test
        void a_permitted_request_does_not_carry_the_fallback() {
            Decision decision = decide(aRequest());

            assertThat(decision.fired(NothingPermitsReferForReview.ID)).isFalse();
        }
    }

    @Nested
    class EveryDecision {

        @Test
        void records_the_protocol_version_and_content_hash_it_was_made_under() {
            Decision decision = decide(aRequest());

            assertThat(decision.protocol().id()).isEqualTo("safeshare-default-2026.1");
            assertThat(decision.protocol().contentHash()).matches("sha256:[0-9a-f]{64}");
            assertThat(decision.protocol()).isEqualTo(Protocols.defaultEngine().protocol().version());
        }

        @Test
        void a_prohibited_decision_owes_only_actions_never_conditions_of_a_disclosure() {
            Decision decision = decide(aDomesticAbuseVictimWithDoubtsToImmigrationEnforcement());

            assertThat(decision.obligations()).allMatch(o -> o.kind() == Obligation.Kind.ACTION);
        }

        @Test
        void the_sources_and_reasons_come_from_the_published_protocol() {
            ProtocolEngine engine = new ProtocolEngine(Protocols.parse(Protocols.defaultWith(
                    "source: Safe to share? (HMICFRS, College of Policing and IOPC, December 2020), recommendation 1",
                    "source: Force policy DA-17, implementing Safe to share? recommendation 1")));

            Decision decision = engine.decide(aDomesticAbuseVictimWithDoubtsToImmigrationEnforcement().build());

            assertThat(outcomeOf(decision, DomesticAbuseVictimDoubtOnly.ID).source())
                    .isEqualTo("Force policy DA-17, implementing Safe to share? recommendation 1");
        }

        @Test
        void a_rule_switched_off_in_the_protocol_does_not_fire() {
            ProtocolEngine engine = new ProtocolEngine(Protocols.parse(Protocols.replaceOnce(
                    Protocols.defaultText(),
                    "  specialist-support-referral:\n    enabled: true",
                    "  specialist-support-referral:\n    enabled: false")));

            Decision decision = engine.decide(aRequest()
                    .to(Recipient.SPECIALIST_ORGANISATION)
                    .purpose(Purpose.SUPPORT_REFERRAL)
                    .consent(Consent.GIVEN)
                    .build());

            assertThat(decision).isInstanceOf(ReferForReview.class);
        }
    }
}
