package uk.safeshare.marac;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import uk.safeshare.shared.InvalidRequestException;

class MaracCriteriaTest {

    static final ZoneId UK = ZoneId.of("Europe/London");
    static final Instant NOW = ZonedDateTime.of(2026, 11, 20, 21, 30, 0, 0, UK).toInstant();
    static final Instant TWELVE_MONTHS_AGO = ZonedDateTime.of(2025, 11, 20, 21, 30, 0, 0, UK).toInstant();
    static final Duration A_SECOND = Duration.ofSeconds(1);

    @Test
    void three_incidents_in_twelve_months_is_potential_escalation() {
        assertThat(MaracCriteria.potentialEscalation(List.of(TWELVE_MONTHS_AGO.plus(Duration.ofDays(40)), NOW.minus(Duration.ofDays(9)), NOW), NOW)).isTrue();
    }

    @Test
    void two_incidents_in_twelve_months_is_not() {
        assertThat(MaracCriteria.potentialEscalation(List.of(NOW.minus(Duration.ofDays(9)), NOW), NOW)).isFalse();
    }

    @Test
    void an_incident_exactly_twelve_months_before_still_counts() {
        assertThat(MaracCriteria.potentialEscalation(List.of(TWELVE_MONTHS_AGO, NOW.minus(Duration.ofDays(9)), NOW), NOW)).isTrue();
    }

    @Test
    void an_incident_a_second_more_than_twelve_months_before_does_not_count() {
        assertThat(MaracCriteria.potentialEscalation(List.of(TWELVE_MONTHS_AGO.minus(A_SECOND), NOW.minus(Duration.ofDays(9)), NOW), NOW)).isFalse();
    }

    @Test
    void incidents_after_the_one_assessed_do_not_count_toward_its_window() {
        assertThat(MaracCriteria.potentialEscalation(List.of(NOW, NOW.plus(Duration.ofDays(1)), NOW.plus(Duration.ofDays(2))), NOW)).isFalse();
    }

    @Test
    void a_new_incident_within_twelve_months_of_the_last_referral_is_a_repeat() {
        assertThat(MaracCriteria.isRepeat(Optional.of(TWELVE_MONTHS_AGO.plus(Duration.ofDays(100))), NOW)).isTrue();
    }

    @Test
    void a_new_incident_exactly_twelve_months_after_the_last_referral_is_still_a_repeat() {
        assertThat(MaracCriteria.isRepeat(Optional.of(TWELVE_MONTHS_AGO), NOW)).isTrue();
    }

    @Test
    void a_new_incident_a_second_more_than_twelve_months_after_the_last_referral_is_not_a_repeat() {
        assertThat(MaracCriteria.isRepeat(Optional.of(TWELVE_MONTHS_AGO.minus(A_SECOND)), NOW)).isFalse();
    }

    @Test
    void without_an_earlier_referral_nothing_is_a_repeat() {
        assertThat(MaracCriteria.isRepeat(Optional.empty(), NOW)).isFalse();
    }

    @Test
    void an_incident_before_the_last_referral_is_not_a_new_incident() {
        assertThat(MaracCriteria.isRepeat(Optional.of(NOW.plus(A_SECOND)), NOW)).isFalse();
    }

    @Test
    void high_risk_names_the_checklist_or_professional_judgement_as_its_criterion() {
        assertThat(MaracCriteria.criteria(true, false, List.of(NOW), NOW, Optional.empty()))
                .containsExactly(ReferralCriterion.HIGH_RISK_CHECKLIST);
        assertThat(MaracCriteria.criteria(true, true, List.of(NOW), NOW, Optional.empty()))
                .containsExactly(ReferralCriterion.PROFESSIONAL_JUDGEMENT);
    }

    @Test
    void standard_risk_with_no_history_needs_no_referral() {
        assertThat(MaracCriteria.criteria(false, false, List.of(NOW), NOW, Optional.empty())).isEmpty();
    }

    @Test
    void every_criterion_met_is_named_in_order() {
        assertThat(MaracCriteria.criteria(true, false, List.of(TWELVE_MONTHS_AGO, NOW.minus(Duration.ofDays(3)), NOW), NOW,
                Optional.of(NOW.minus(Duration.ofDays(30)))))
                .containsExactly(ReferralCriterion.HIGH_RISK_CHECKLIST, ReferralCriterion.POTENTIAL_ESCALATION, ReferralCriterion.REPEAT);
    }

    @Test
    void immigration_enforcement_is_refused_as_an_agency_under_any_of_its_names() {
        for (String name : new String[]{"IMMIGRATION_ENFORCEMENT", "Home Office Immigration Enforcement", "Border Force",
                "UK Visas and Immigration", "HOME_OFFICE", "immigration compliance and enforcement team"}) {
            assertThat(MaracAgency.namesImmigrationEnforcement(name)).as(name).isTrue();
        }
        assertThatThrownBy(() -> MaracAgency.parse("IMMIGRATION_ENFORCEMENT", "agency"))
                .isInstanceOf(InvalidRequestException.class)
                .hasMessageStartingWith("Immigration enforcement is not a MARAC agency");
    }

    @Test
    void an_immigration_advice_service_is_not_immigration_enforcement() {
        assertThat(MaracAgency.namesImmigrationEnforcement("Northmoor Immigration Advice Centre")).isFalse();
        assertThat(MaracAgency.namesImmigrationEnforcement("Harbour Migrant Women's Project")).isFalse();
        assertThat(MaracAgency.parse("SPECIALIST_SUPPORT", "agency")).isEqualTo(MaracAgency.SPECIALIST_SUPPORT);
    }

    @Test
    void an_unknown_agency_code_lists_the_codes_allowed() {
        assertThatThrownBy(() -> MaracAgency.parse("FIRE_SERVICE", "agency"))
                .isInstanceOf(InvalidRequestException.class)
                .hasMessageContaining("POLICE, IDVA");
    }
}
