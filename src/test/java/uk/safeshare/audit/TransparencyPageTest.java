package uk.safeshare.audit;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import jakarta.servlet.http.Cookie;
import uk.safeshare.support.TestData;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.support.TransactionTemplate;
import uk.safeshare.shared.audit.AuditAction;
import uk.safeshare.shared.audit.DataProcessed;
import uk.safeshare.support.SafeShareTest;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;

/** The auditor's page: the latest checkpoint, checking an entry's inclusion, the witness explained; auditors only. */
@SafeShareTest
class TransparencyPageTest {

    @Autowired MockMvc mvc;
    @Autowired JdbcClient jdbc;
    @Autowired ApplicationEventPublisher events;
    @Autowired TransactionTemplate tx;
    @Autowired TransparencyLog transparency;

    private Cookie signIn(String username) throws Exception {
        return mvc.perform(formLogin("/sign-in").user(username).password(TestData.PASSWORD))
                .andExpect(redirectedUrl("/"))
                .andReturn().getResponse().getCookie("SAFESHARE_SESSION");
    }

    private long append(String details) {
        tx.executeWithoutResult(s -> events.publishEvent(
                DataProcessed.of(AuditAction.CONSULTATION, "page.test", null, details).aboutPeople(List.of(UUID.randomUUID()))));
        transparency.awaitIntegration(Duration.ofSeconds(10));
        return jdbc.sql("SELECT MAX(seq) FROM audit_entry WHERE details = ?").param(details).query(Long.class).single();
    }

    @Test
    void an_auditor_sees_the_signed_checkpoint_and_the_witness_explained() throws Exception {
        append("an entry");
        mvc.perform(get("/audit/transparency").cookie(signIn("auditor"))).andExpect(status().isOk())
                .andExpect(content().string(containsString("Latest checkpoint")))
                .andExpect(content().string(containsString(transparency.verifierKey())))
                .andExpect(content().string(containsString("java -jar safeshare.jar witness")))
                .andExpect(content().string(containsString("--url=<span>http://localhost:8080</span>")))
                .andExpect(content().string(containsString("checks the tree, not the entries' text")))
                .andExpect(content().string(containsString("cannot do is make the changed log agree")));
    }

    @Test
    void an_auditor_checks_that_an_entry_is_in_the_log() throws Exception {
        long seq = append("an entry an auditor checks");
        mvc.perform(get("/audit/transparency").cookie(signIn("auditor")).param("entry", Long.toString(seq))).andExpect(status().isOk())
                .andExpect(content().string(containsString("is in the log")))
                .andExpect(content().string(containsString("Leaves are counted from 0")))
                .andExpect(content().string(containsString("details=26:an entry an auditor checks;")))
                .andExpect(content().string(not(containsString("could not be proved"))));
    }

    @Test
    void a_bad_or_unknown_entry_number_is_shown_as_an_error_on_the_form() throws Exception {
        Cookie auditor = signIn("auditor");
        mvc.perform(get("/audit/transparency").cookie(auditor).param("entry", "<script>")).andExpect(status().isOk())
                .andExpect(content().string(containsString("There is a problem")))
                .andExpect(content().string(containsString("Enter the entry")))
                .andExpect(content().string(not(containsString("<script>"))));
        mvc.perform(get("/audit/transparency").cookie(auditor).param("entry", "999999999")).andExpect(status().isOk())
                .andExpect(content().string(containsString("There is no audit entry 999999999")));
    }

    @Test
    void anyone_but_an_auditor_is_refused() throws Exception {
        mvc.perform(get("/audit/transparency").cookie(signIn("officer.a"))).andExpect(status().isForbidden());
    }
}
