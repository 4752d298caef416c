package uk.safeshare.firewall;

import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import uk.safeshare.firewall.SharingFixture.Person;
import uk.safeshare.support.SafeShareTest;
import uk.safeshare.support.Tokens;

/** Requests recorded before the register whose free-text recipient name screens as immigration enforcement are listed for the DPO. */
@SafeShareTest
class LegacyRecipientNamesTest {

    @Autowired MockMvc mvc;
    @Autowired Tokens tokens;
    @Autowired JdbcClient jdbc;

    @Test
    void the_dpo_sees_old_requests_whose_recipient_name_screens_as_immigration_enforcement() throws Exception {
        SharingFixture fixture = new SharingFixture(mvc, tokens);
        Person person = fixture.domesticAbuseVictimWithDoubts();
        String legacy = fixture.askForId(SharingFixture.request(person).toUnregistered("Eastfield Help Desk", "SAFEGUARDING"));
        String harmless = fixture.askForId(SharingFixture.request(person).toUnregistered("Eastfield Food Bank", "SAFEGUARDING"));
        // As a request recorded before the register would be: another organisation, named in free text.
        jdbc.sql("UPDATE sharing_request SET recipient_name = 'U.K.V.I. Eastfield desk' WHERE id = ?")
                .param(UUID.fromString(legacy)).update();

        mvc.perform(get("/api/v1/reviews/recipient-names").header("Authorization", tokens.bearer("dpo")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[*].requestId", hasItem(legacy)))
                .andExpect(jsonPath("$[*].requestId", not(hasItem(harmless))));
        mvc.perform(get("/api/v1/reviews/recipient-names").header("Authorization", tokens.bearer("sergeant")))
                .andExpect(status().isForbidden());
        mvc.perform(get("/api/v1/reviews/recipient-names").header("Authorization", tokens.bearer("officer.a")))
                .andExpect(status().isForbidden());
    }
}
