package uk.safeshare.operations;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import uk.safeshare.SafeShareApplication;

/**
 * What an operator's tools see: Prometheus metrics on the management port only, and the probes on
 * the service's own port for a load balancer.
 */
class OperationsEndpointsTest {

    static ConfigurableApplicationContext withManagementPort;
    static final HttpClient http = HttpClient.newHttpClient();

    @BeforeAll
    static void start() {
        withManagementPort = new SpringApplicationBuilder(SafeShareApplication.class).profiles("test")
                .run("--server.port=0", "--management.server.port=0", "--spring.main.banner-mode=off");
    }

    @AfterAll
    static void stop() {
        if (withManagementPort != null) {
            withManagementPort.close();
        }
    }

    private static HttpResponse<String> get(String portProperty, String path) throws Exception {
        String port = withManagementPort.getEnvironment().getProperty(portProperty);
        return http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path)).GET().build(),
                HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void prometheus_on_the_management_port_gives_the_figures_operators_watch() throws Exception {
        HttpResponse<String> scrape = get("local.management.port", "/actuator/prometheus");

        assertThat(scrape.statusCode()).isEqualTo(200);
        assertThat(scrape.body())
                .contains("safeshare_sharing_decisions{", "outcome=\"prohibited\"", "outcome=\"refer_for_review\"")
                .contains("safeshare_reviews_waiting")
                .contains("safeshare_events_waiting")
                .contains("safeshare_notifications_failed")
                .contains("safeshare_webhooks_failed")
                .contains("safeshare_audit_append_seconds_count")
                .contains("jvm_memory_used_bytes")
                .contains("hikaricp_connections");
    }

    @Test
    void prometheus_is_never_answered_on_the_port_users_reach() throws Exception {
        HttpResponse<String> scrape = get("local.server.port", "/actuator/prometheus");

        assertThat(scrape.statusCode()).isIn(401, 403, 404);
        assertThat(scrape.body()).doesNotContain("safeshare_");
    }

    @Test
    void the_probes_answer_on_the_service_port_without_signing_in() throws Exception {
        assertThat(get("local.server.port", "/livez").statusCode()).isEqualTo(200);
        HttpResponse<String> ready = get("local.server.port", "/readyz");
        assertThat(ready.statusCode()).isEqualTo(200);
        assertThat(ready.body()).contains("UP");
    }
}
