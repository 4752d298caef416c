package uk.safeshare.operations;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.servlet.Filter;
import jakarta.servlet.ServletException;
import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.valves.ValveBase;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.springframework.boot.availability.ApplicationAvailability;
import org.springframework.boot.availability.ReadinessState;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.tomcat.servlet.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.ApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.core.Ordered;
import uk.safeshare.SafeShareApplication;

/**
 * What SIGTERM does (a container stopping, a rolling deployment): readiness goes to "refusing traffic"
 * first, so the load balancer stops sending requests; a request already being answered is finished and
 * its whole answer sent; only then does the process stop, and no new request is taken meanwhile.
 */
class GracefulShutdownTest {

    static final CountDownLatch inFlight = new CountDownLatch(1);
    static final AtomicReference<ReadinessState> readinessWhileFinishing = new AtomicReference<>();

    @Test
    void a_request_in_flight_is_finished_after_readiness_went_down_and_no_new_request_is_taken() throws Exception {
        ConfigurableApplicationContext app = new SpringApplicationBuilder(SafeShareApplication.class, SlowRequest.class)
                .profiles("test").run("--server.port=0", "--spring.main.banner-mode=off");
        String base = "http://127.0.0.1:" + app.getEnvironment().getProperty("local.server.port");
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

        CompletableFuture<HttpResponse<String>> slow = http.sendAsync(
                HttpRequest.newBuilder(URI.create(base + "/slow-for-shutdown-test")).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(inFlight.await(30, TimeUnit.SECONDS)).as("the slow request reached the server").isTrue();
        Thread closing = Thread.ofPlatform().start(app::close);

        HttpResponse<String> answer = slow.get(60, TimeUnit.SECONDS);
        closing.join(Duration.ofSeconds(60));

        assertThat(answer.statusCode()).isEqualTo(200);
        assertThat(answer.body()).isEqualTo("finished");
        assertThat(readinessWhileFinishing.get()).as("readiness while the request in flight was finishing")
                .isEqualTo(ReadinessState.REFUSING_TRAFFIC);
        assertThat(app.isActive()).isFalse();
        assertThatThrownBy(() -> http.send(HttpRequest.newBuilder(URI.create(base + "/livez")).build(),
                HttpResponse.BodyHandlers.ofString())).isInstanceOf(IOException.class);
    }

    /**
     * A request that takes as long as shutdown needs to begin: it waits (up to 20 s) until the readiness
     * state has gone down, then records that state and answers. Registered only by this test (no stereotype,
     * so the application's component scan never finds it), ahead of every other filter.
     */
    static class SlowRequest {

        @Bean
        FilterRegistrationBean<Filter> slowForShutdownTest(ApplicationContext context) {
            Filter filter = (request, response, chain) -> {
                inFlight.countDown();
                ApplicationAvailability availability = context.getBean(ApplicationAvailability.class);
                long until = System.nanoTime() + Duration.ofSeconds(20).toNanos();
                while (availability.getReadinessState() != ReadinessState.REFUSING_TRAFFIC && System.nanoTime() < until) {
                    sleep(50);
                }
                sleep(500); // still busy a little after readiness went down, as a real request would be
                readinessWhileFinishing.set(availability.getReadinessState());
                response.setContentType("text/plain");
                response.getWriter().write("finished");
            };
            var registration = new FilterRegistrationBean<>(filter);
            registration.addUrlPatterns("/slow-for-shutdown-test");
            registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
            return registration;
        }

        /**
         * Tomcat's graceful shutdown counts a request as finished once the application has returned it,
         * but the answer's last buffer is written to the connection after that. This valve widens that
         * gap (as a slow network or a busy machine does), so a server stopped in it would cut the answer.
         */
        @Bean
        WebServerFactoryCustomizer<TomcatServletWebServerFactory> lastBytesWrittenLate() {
            return factory -> factory.addContextValves(new ValveBase() {
                @Override
                public void invoke(Request request, Response response) throws IOException, ServletException {
                    getNext().invoke(request, response);
                    if (request.getRequestURI().equals("/slow-for-shutdown-test")) {
                        sleep(1_000);
                    }
                }
            });
        }

        private static void sleep(long millis) {
            try {
                Thread.sleep(millis);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }
}
