package uk.safeshare.identity.internal;

import org.springframework.core.annotation.Order;
import org.springframework.core.env.Environment;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.authorization.AuthorizationDecision;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;

/**
 * What operators' tools reach without signing in: the liveness and readiness probes, and the
 * Prometheus scrape. Metrics describe the service (queue lengths, decisions by outcome), so they
 * are answered only on the management port, which is bound to a private address
 * (SAFESHARE_MANAGEMENT_PORT, SAFESHARE_MANAGEMENT_ADDRESS), and never on the port users reach.
 */
@Configuration(proxyBeanMethods = false)
class OperationsSecurity {

    @Bean
    @Order(-1)
    SecurityFilterChain operations(HttpSecurity http, Environment environment) throws Exception {
        http.securityMatcher("/actuator/prometheus", "/livez", "/readyz")
                .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .csrf(c -> c.disable())
                .headers(h -> h.contentSecurityPolicy(c -> c.policyDirectives("default-src 'none'; frame-ancestors 'none'")))
                .authorizeHttpRequests(a -> a
                        .requestMatchers("/livez", "/readyz").permitAll()
                        .requestMatchers("/actuator/prometheus").access((authentication, context) ->
                                new AuthorizationDecision(onManagementPort(environment, context.getRequest().getLocalPort())))
                        .anyRequest().denyAll());
        return http.build();
    }

    /** True only when a separate management port is configured and the request arrived on it. */
    static boolean onManagementPort(Environment environment, int localPort) {
        Integer management = environment.getProperty("local.management.port", Integer.class);
        Integer server = environment.getProperty("local.server.port", Integer.class);
        return management != null && management > 0 && !management.equals(server) && management == localPort;
    }
}
