package uk.safeshare.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import uk.safeshare.support.SafeShareTest;
import uk.safeshare.support.Tokens;

@SafeShareTest
class AuditLogAccessTest {

    @Autowired MockMvc mvc;
    @Autowired Tokens tokens;
    @Autowired JdbcClient jdbc;

    @Test
    void an_auditor_filters_the_log_by_actor_and_action_and_the_search_is_itself_logged() throws Exception {
        String auditor = tokens.bearer("auditor");
        long before = jdbc.sql("SELECT COUNT(*) FROM audit_entry WHERE actor = 'auditor' AND details LIKE 'searched the audit log%'")
                .query(Long.class).single();
        mvc.perform(get("/api/v1/audit/entries?actor=system&action=ACCOUNT_CHANGE&size=5").header("Authorization", auditor))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.entries.length()").value(5))
                .andExpect(jsonPath("$.entries[*].actor").value(org.hamcrest.Matchers.everyItem(org.hamcrest.Matchers.is("system"))))
                .andExpect(jsonPath("$.entries[*].action").value(org.hamcrest.Matchers.everyItem(org.hamcrest.Matchers.is("ACCOUNT_CHANGE"))));
        long after = jdbc.sql("SELECT COUNT(*) FROM audit_entry WHERE actor = 'auditor' AND details LIKE 'searched the audit log%'")
                .query(Long.class).single();
        assertThat(after).isEqualTo(before + 1);
    }

    @Test
    void bad_filters_are_refused_clearly() throws Exception {
        String auditor = tokens.bearer("auditor");
        mvc.perform(get("/api/v1/audit/entries?action=DELETE_EVERYTHING").header("Authorization", auditor))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.containsString("must be one of")));
        mvc.perform(get("/api/v1/audit/entries?from=yesterday").header("Authorization", auditor)).andExpect(status().isBadRequest());
        mvc.perform(get("/api/v1/audit/entries?size=100000").header("Authorization", auditor)).andExpect(status().isBadRequest());
    }
}
