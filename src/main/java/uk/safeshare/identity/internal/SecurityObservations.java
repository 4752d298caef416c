package uk.safeshare.identity.internal;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.observation.SecurityObservationSettings;

/**
 * Spring Security's own observations are off. With a metrics registry present it otherwise wraps
 * every filter of the chain, and every authentication and authorisation, in an observation of its
 * own: some fifteen per request, about 7% of the server's CPU on the sharing-request benchmark
 * (docs/benchmarks.md). Requests are still timed by Spring MVC's observation
 * ({@code http_server_requests}), and sign-ins, failures and token use are SafeShare's own
 * security events; nothing that is checked or recorded changes.
 */
@Configuration(proxyBeanMethods = false)
class SecurityObservations {

    @Bean
    SecurityObservationSettings securityObservationSettings() {
        return SecurityObservationSettings.noObservations();
    }
}
