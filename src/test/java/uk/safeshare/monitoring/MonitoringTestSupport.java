package uk.safeshare.monitoring;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import jakarta.servlet.http.Cookie;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.EnumSet;
import java.util.Map;
import java.util.UUID;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.transaction.support.TransactionTemplate;
import uk.safeshare.cases.CrimeType;
import uk.safeshare.cases.ObservedEthnicity;
import uk.safeshare.cases.PersonRole;
import uk.safeshare.cases.SelfDefinedEthnicity;
import uk.safeshare.cases.StatusBasis;
import uk.safeshare.firewall.ImmigrationEnforcementRequestDecided;
import uk.safeshare.firewall.ImmigrationEnforcementRequestDecided.Outcome;
import uk.safeshare.support.TestData;
import uk.safeshare.support.Tokens;

/**
 * What the monitoring tests share: events published as the firewall would, the kept counts, and
 * signed-in callers of the pages and the API.
 */
abstract class MonitoringTestSupport {

    static final String TABLE = "urn:oasis:names:tc:opendocument:xmlns:table:1.0";
    static final String OFFICE = "urn:oasis:names:tc:opendocument:xmlns:office:1.0";

    @Autowired protected MockMvc mvc;
    @Autowired protected Tokens tokens;
    @Autowired protected JdbcClient jdbc;
    @Autowired protected ApplicationEventPublisher publisher;
    @Autowired protected TransactionTemplate tx;

    // ---- helpers ----

    protected ImmigrationEnforcementRequestDecided event(UUID request, UUID person, Instant at, Outcome outcome, PersonRole role,
                                                       String purpose) {
        return new ImmigrationEnforcementRequestDecided(request, person, at, outcome, "IMMIGRATION_ENFORCEMENT", purpose, role,
                false, EnumSet.of(CrimeType.DOMESTIC_ABUSE), StatusBasis.CONCERNS_OR_DOUBTS_ONLY, SelfDefinedEthnicity.O2,
                ObservedEthnicity.IC6, "SY", false, "default-2026-01", "sha256:test");
    }

    protected void publish(Object event) {
        tx.executeWithoutResult(s -> publisher.publishEvent(event));
    }

    protected long count(String quarter, String dimension, String category, String outcome) {
        return jdbc.sql("SELECT COALESCE(SUM(n), 0) FROM monitoring_count WHERE quarter = ? AND dimension = ? AND category = ? AND outcome = ?")
                .params(quarter, dimension, category, outcome).query(Long.class).single();
    }

    protected final Map<String, String> bearers = new java.util.HashMap<>();

    protected String bearer(String user) {
        return bearers.computeIfAbsent(user, tokens::bearer);
    }

    protected ResultActions api(String user, String url) throws Exception {
        return mvc.perform(get(url).header("Authorization", bearer(user)));
    }

    protected ResultActions apiPut(String user, String url, String json) throws Exception {
        return mvc.perform(put(url).header("Authorization", bearer(user)).contentType(MediaType.APPLICATION_JSON).content(json));
    }

    protected String body(ResultActions actions) throws Exception {
        return actions.andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
    }

    protected Cookie signIn(String username) throws Exception {
        return mvc.perform(formLogin("/sign-in").user(username).password(TestData.PASSWORD))
                .andExpect(redirectedUrl("/")).andReturn().getResponse().getCookie("SAFESHARE_SESSION");
    }

    /** n requests in a quarter, each decided at once. */
    protected void requests(Instant at, int n, Outcome outcome, PersonRole role, String purpose) {
        for (int i = 0; i < n; i++) {
            publish(event(UUID.randomUUID(), UUID.randomUUID(), at, outcome, role, purpose));
        }
    }
}
