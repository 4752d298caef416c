package uk.safeshare.retention;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Map;
import org.junit.jupiter.api.Test;
import uk.safeshare.cases.CrimeType;
import uk.safeshare.cases.PersonRole;

class RetentionScheduleTest {

    private static final RetentionSchedule SHIPPED = new RetentionSchedule(1, Map.of(RecordGroup.PUBLIC_PROTECTION, 10,
            RecordGroup.SERIOUS_OFFENCE, 10, RecordGroup.OTHER_OFFENCE, 6, RecordGroup.VICTIM_WITNESS_ONLY, 6), "shipped", "safeshare",
            Instant.EPOCH);

    @Test
    void a_record_is_first_reviewed_exactly_its_groups_years_after_it_was_made() {
        LocalDate made = LocalDate.of(2020, 3, 1);
        assertThat(SHIPPED.firstReview(RecordGroup.OTHER_OFFENCE, made, null)).isEqualTo(LocalDate.of(2026, 3, 1));
        assertThat(SHIPPED.firstReview(RecordGroup.SERIOUS_OFFENCE, made, null)).isEqualTo(LocalDate.of(2030, 3, 1));
        assertThat(SHIPPED.firstReview(RecordGroup.VICTIM_WITNESS_ONLY, made.minusDays(1), null)).isEqualTo(LocalDate.of(2026, 2, 28));
    }

    @Test
    void a_record_made_on_29_february_is_reviewed_on_28_february() {
        assertThat(SHIPPED.firstReview(RecordGroup.OTHER_OFFENCE, LocalDate.of(2024, 2, 29), null)).isEqualTo(LocalDate.of(2030, 2, 28));
    }

    @Test
    void a_disclosure_holds_its_record_until_the_retention_date_its_obligation_set_and_never_shortens_it() {
        LocalDate made = LocalDate.of(2020, 3, 1);
        assertThat(SHIPPED.firstReview(RecordGroup.OTHER_OFFENCE, made, LocalDate.of(2026, 3, 2))).isEqualTo(LocalDate.of(2026, 3, 2));
        assertThat(SHIPPED.firstReview(RecordGroup.OTHER_OFFENCE, made, LocalDate.of(2026, 3, 1))).isEqualTo(LocalDate.of(2026, 3, 1));
        assertThat(SHIPPED.firstReview(RecordGroup.OTHER_OFFENCE, made, LocalDate.of(2021, 1, 1))).isEqualTo(LocalDate.of(2026, 3, 1));
    }

    @Test
    void the_most_serious_crime_type_puts_a_case_in_its_group() {
        assertThat(RetentionSchedule.groupOfCase(EnumSet.of(CrimeType.OTHER, CrimeType.SERIOUS_SEXUAL_OFFENCE))).isEqualTo(RecordGroup.PUBLIC_PROTECTION);
        assertThat(RetentionSchedule.groupOfCase(EnumSet.of(CrimeType.MODERN_SLAVERY))).isEqualTo(RecordGroup.PUBLIC_PROTECTION);
        assertThat(RetentionSchedule.groupOfCase(EnumSet.of(CrimeType.DOMESTIC_ABUSE, CrimeType.OTHER))).isEqualTo(RecordGroup.SERIOUS_OFFENCE);
        assertThat(RetentionSchedule.groupOfCase(EnumSet.of(CrimeType.OTHER))).isEqualTo(RecordGroup.OTHER_OFFENCE);
    }

    @Test
    void victims_and_witnesses_only_are_their_own_group_and_a_suspect_takes_the_cases() {
        var da = EnumSet.of(CrimeType.DOMESTIC_ABUSE);
        assertThat(RetentionSchedule.groupOfPerson(PersonRole.VICTIM, da)).isEqualTo(RecordGroup.VICTIM_WITNESS_ONLY);
        assertThat(RetentionSchedule.groupOfPerson(PersonRole.WITNESS, da)).isEqualTo(RecordGroup.VICTIM_WITNESS_ONLY);
        assertThat(RetentionSchedule.groupOfPerson(PersonRole.SUSPECT, da)).isEqualTo(RecordGroup.SERIOUS_OFFENCE);
        assertThat(RetentionSchedule.groupOfPerson(PersonRole.VICTIM_AND_SUSPECT, da)).isEqualTo(RecordGroup.SERIOUS_OFFENCE);
    }

    @Test
    void a_schedule_needs_every_group_between_one_and_a_hundred_years() {
        assertThatThrownBy(() -> new RetentionSchedule(2, Map.of(RecordGroup.PUBLIC_PROTECTION, 10), "r", "dpo", Instant.EPOCH))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new RetentionSchedule(2, Map.of(RecordGroup.PUBLIC_PROTECTION, 0, RecordGroup.SERIOUS_OFFENCE, 10,
                RecordGroup.OTHER_OFFENCE, 6, RecordGroup.VICTIM_WITNESS_ONLY, 6), "r", "dpo", Instant.EPOCH))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
