package uk.safeshare.marac;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import uk.safeshare.shared.InvalidRequestException;

/** MARAC's agencies, attendees' organisations and action owners are screened as the register screens names. */
class MaracAgencyScreeningTest {

    @ParameterizedTest
    @ValueSource(strings = {"HOIE", "H.O.I.E.", "IMMIGRATION_ENFORCEMENT", "UKVI", "U.K. Visas & Immigration", "Border Force",
            "the Home Office", "Hóme Office Immigration Enforcement"})
    void every_way_of_writing_immigration_enforcement_is_refused(String name) {
        assertThat(MaracAgency.namesImmigrationEnforcement(name)).as(name).isTrue();
        assertThatThrownBy(() -> MaracAgency.parse(name, "agency")).isInstanceOf(InvalidRequestException.class)
                .hasMessageContaining("Immigration enforcement is not a MARAC agency");
    }

    @ParameterizedTest
    @ValueSource(strings = {"Home Start", "Northmoor Immigration Advice Centre", "Riverside IDVA Service", "HOUSING"})
    void other_agencies_are_not(String name) {
        assertThat(MaracAgency.namesImmigrationEnforcement(name)).as(name).isFalse();
    }

    @Test
    void a_known_agency_code_still_parses() {
        assertThat(MaracAgency.parse("IDVA", "agency")).isEqualTo(MaracAgency.IDVA);
    }
}
