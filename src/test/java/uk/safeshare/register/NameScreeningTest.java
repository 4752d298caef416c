package uk.safeshare.register;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class NameScreeningTest {

    @ParameterizedTest
    @ValueSource(strings = {
            "Home Office Immigration Enforcement", "home office immigration enforcement", "HOME-OFFICE IMMIGRATION ENFORCEMENT",
            "  Home   Office  ", "HomeOffice", "The Home Office", "Immigration Enforcement", "HOIE", "H.O.I.E.", "hoie team north",
            "UK Visas and Immigration", "UK Visas & Immigration", "U.K.V.I.", "UKVI Sheffield", "UVI", "Border Force",
            "Home Office Immigration Enforcement – North West", "Hóme Öffice", "Her Majesty’s Passport Office",
            "Immigration Compliance and Enforcement", "ICE", "the immigration enforcement team"})
    void names_of_the_home_office_and_its_parts_screen_as_immigration_enforcement(String typed) {
        assertThat(NameScreening.namesHomeOffice(typed)).as(typed).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "Home Start", "Home-Start Northmoor", "Homes for Women", "Office of the Police and Crime Commissioner",
            "Northmoor Immigration Advice Centre", "Harbour Migrant Women's Project", "ICE skating club", "Riverside IDVA Service",
            "Border Crossings Theatre", "Immigration Advice Service", "Officer safety unit", "Hope for Justice", ""})
    void other_organisations_do_not(String typed) {
        assertThat(NameScreening.namesHomeOffice(typed)).as(typed).isFalse();
    }

    @Test
    void case_accents_punctuation_spacing_and_the_do_not_matter() {
        assertThat(NameScreening.normalise("  The Harbour Migrant Women’s   Project! ")).isEqualTo("harbour migrant womens project");
        assertThat(NameScreening.normalise("Refugee & Migrant Centre")).isEqualTo("refugee and migrant centre");
        assertThat(NameScreening.normalise("Café Éclair")).isEqualTo("cafe eclair");
        assertThat(NameScreening.matches("Harbour Migrant Womens Project", "Harbour Migrant Women's Project")).isTrue();
    }

    @Test
    void an_alias_in_the_register_is_matched_like_a_built_in_name() {
        assertThat(NameScreening.matches("Immigration Intelligence Unit North", "Immigration Intelligence Unit")).isTrue();
        assertThat(NameScreening.matches("I.I.U.", "Immigration Intelligence Unit")).isTrue();
        assertThat(NameScreening.matches("Intelligence", "Immigration Intelligence Unit")).isFalse();
    }
}
