package uk.safeshare.operations;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import uk.safeshare.support.SafeShareTest;

/** With no management port configured, the metrics stay closed: the service's own port never serves them. */
@SafeShareTest
class MetricsWithoutManagementPortTest {

    @Autowired
    MockMvc mvc;

    @Test
    void prometheus_is_refused_when_no_management_port_is_configured() throws Exception {
        mvc.perform(get("/actuator/prometheus")).andExpect(status().isForbidden());
    }
}
