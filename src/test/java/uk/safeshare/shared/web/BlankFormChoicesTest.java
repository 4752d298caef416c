package uk.safeshare.shared.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import uk.safeshare.support.SafeShareTest;
import uk.safeshare.support.SignedInCallers;

/**
 * A blank value, or a trailing comma, among a form's checkbox choices arrives as "no choice" in the field's list.
 * No browser sends one, but a caller can: the form is refused or shown again with its errors, never a 500.
 */
@SafeShareTest
class BlankFormChoicesTest extends SignedInCallers {

    @ParameterizedTest(name = "{1} {2}=''{3}'' as {0}")
    @CsvSource(delimiter = '|', value = {
            "caseworker|/directory|specialisms| ",
            "caseworker|/directory|specialisms|MIGRANT_BAME_LED_SUPPORT,",
            "caseworker|/cases|crimeTypes| ",
            "caseworker|/cases|crimeTypes|DOMESTIC_ABUSE,",
            "admin|/admin/users|roles| ",
            "dpo|/retention/disposals/preview|recordIds| ",
            "dpo|/retention/disposals|recordIds|,"})
    void a_blank_choice_is_refused_or_shown_again_never_a_server_error(String user, String path, String field, String value)
            throws Exception {
        var response = mvc.perform(post(path).cookie(session(user)).with(csrf()).param(field, value == null ? " " : value)
                .param("reason", "x")).andReturn().getResponse();
        assertThat(response.getStatus()).as(response.getContentAsString()).isBetween(200, 499);
        assertThat(response.getContentAsString()).doesNotContain("Something went wrong");
    }
}
