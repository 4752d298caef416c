package uk.safeshare.audit;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import uk.safeshare.support.SafeShareTest;
import uk.safeshare.support.Tokens;

/** F-4 on the audit log's search: its dates lie between 1900 and tomorrow; a wrong one is a 400 naming the field. */
@SafeShareTest
class AuditSearchBoundsTest {

    @Autowired MockMvc mvc;
    @Autowired Tokens tokens;

    @ParameterizedTest
    @CsvSource({"from,1899-12-31", "to,1899-12-31", "from,0000-01-01", "to,9999-12-31", "from,3000-01-01"})
    void a_search_date_outside_1900_to_tomorrow_is_a_400_naming_the_field(String field, String date) throws Exception {
        mvc.perform(get("/api/v1/audit/entries").param(field, date).header("Authorization", tokens.bearer("auditor")))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith("application/problem+json"))
                .andExpect(jsonPath("$.errors." + field).exists());
    }

    @Test
    void from_after_to_is_refused_and_today_and_1900_are_accepted() throws Exception {
        String today = LocalDate.now(ZoneOffset.UTC).toString();
        mvc.perform(get("/api/v1/audit/entries").param("from", today).param("to", "1900-01-01")
                .header("Authorization", tokens.bearer("auditor"))).andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors.to").exists());
        mvc.perform(get("/api/v1/audit/entries").param("from", "1900-01-01").param("to", today)
                .header("Authorization", tokens.bearer("auditor"))).andExpect(status().isOk());
    }

    @Test
    void an_actor_with_a_line_break_is_refused() throws Exception {
        mvc.perform(get("/api/v1/audit/entries").param("actor", "admin\nSECURITY_EVENT").header("Authorization", tokens.bearer("auditor")))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors.actor").exists());
    }
}
