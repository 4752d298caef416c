package uk.safeshare.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import jakarta.servlet.http.Cookie;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import uk.safeshare.support.MaracFixture;
import uk.safeshare.support.SafeShareTest;
import uk.safeshare.support.TestData;

/** An auditor finds a person's audit entries by the name they know, not by an id; two of the same name are a choice. */
@SafeShareTest
class AuditFilterByNameTest {

    @Autowired MockMvc mvc;
    @Autowired MaracFixture fixture;

    private Cookie auditor() throws Exception {
        return mvc.perform(formLogin("/sign-in").user("auditor").password(TestData.PASSWORD))
                .andReturn().getResponse().getCookie("SAFESHARE_SESSION");
    }

    private String page(String person, int status) throws Exception {
        return mvc.perform(get("/audit").param("person", person).cookie(auditor())).andExpect(status().is(status))
                .andReturn().getResponse().getContentAsString();
    }

    @Test
    void one_person_of_that_name_shows_their_entries_with_their_name() throws Exception {
        MaracFixture.Victim victim = fixture.newVictim();

        String shown = page(victim.fullName(), 200);

        assertThat(shown).contains("recorded victim on case").contains(victim.fullName()).doesNotContain("govuk-error-summary");
        assertThat(shown).contains("/audit?personId=" + victim.personId());
    }

    @Test
    void two_people_of_the_same_name_are_offered_as_a_choice_and_nobody_of_that_name_is_said_in_words() throws Exception {
        MaracFixture.Victim first = fixture.newVictim();
        MaracFixture.Victim second = fixture.victimOnNewCase(first.given(), first.family());

        String choice = page(first.fullName(), 400);
        assertThat(choice).contains("2 people match " + first.fullName() + ": choose one")
                .contains(first.personId().toString()).contains(second.personId().toString());

        String nobody = page("Nobody Zzqx", 400);
        assertThat(nobody).contains("Nobody called Nobody Zzqx is recorded in a case").contains("value=\"Nobody Zzqx\"");
    }
}
