package uk.safeshare.identity.internal;

import static uk.safeshare.identity.internal.SecurityConfiguration.ADOPTION_ROLES;
import static uk.safeshare.identity.internal.SecurityConfiguration.CASE_ROLES;
import static uk.safeshare.identity.internal.SecurityConfiguration.CASE_ROLES_AND_ADMIN;
import static uk.safeshare.identity.internal.SecurityConfiguration.CASE_ROLES_AND_PARTNER;
import static uk.safeshare.identity.internal.SecurityConfiguration.MARAC_ATTENDEES;
import static uk.safeshare.identity.internal.SecurityConfiguration.REVIEWERS;
import static uk.safeshare.identity.internal.SecurityConfiguration.STATISTICS_READERS;
import static uk.safeshare.identity.internal.SecurityConfiguration.THRESHOLD_SETTERS;
import static uk.safeshare.identity.internal.SecurityConfiguration.YOUNG_PEOPLE_FIGURES_READERS;
import static uk.safeshare.identity.internal.SecurityConfiguration.YOUNG_PEOPLE_USERS;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.AnonymousAuthenticationFilter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;
import uk.safeshare.identity.Role;
import uk.safeshare.shared.web.Problems;

/** The JSON API's filter chain: stateless, bearer tokens, answers in problem+json, roles checked by path. */
@Configuration(proxyBeanMethods = false)
class ApiSecurity {

    @Bean
    @Order(1)
    SecurityFilterChain api(HttpSecurity http, ApiTokens tokens) throws Exception {
        http.securityMatcher("/api/**")
                .csrf(c -> c.disable())
                .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .requestCache(c -> c.disable())
                .addFilterBefore(new BearerTokenFilter(tokens), AnonymousAuthenticationFilter.class)
                .exceptionHandling(e -> e
                        .authenticationEntryPoint((req, res, ex) -> {
                            res.setHeader("WWW-Authenticate", "Bearer");
                            Problems.write(res, 401, "Unauthorized", "Send an API token as 'Authorization: Bearer <token>'.");
                        })
                        .accessDeniedHandler((req, res, ex) ->
                                Problems.write(res, 403, "Forbidden", "Your roles do not allow this request.")))
                .headers(h -> h.contentSecurityPolicy(c -> c.policyDirectives("default-src 'none'; frame-ancestors 'none'"))
                        .referrerPolicy(r -> r.policy(ReferrerPolicy.NO_REFERRER)))
                .authorizeHttpRequests(a -> a
                        .requestMatchers("/api/v1/users/**", "/api/v1/teams/**", "/api/v1/organisations/**").hasRole(Role.ADMIN.name())
                        .requestMatchers("/api/v1/audit/**").hasRole(Role.AUDITOR.name())
                        .requestMatchers("/api/v1/cases/**").hasAnyRole(CASE_ROLES)
                        .requestMatchers("/api/v1/risk-checklist").hasAnyRole(CASE_ROLES)
                        .requestMatchers(HttpMethod.GET, "/api/v1/marac/attending", "/api/v1/marac/meetings/*").hasAnyRole(MARAC_ATTENDEES)
                        .requestMatchers(HttpMethod.POST, "/api/v1/marac/meetings/*/acceptance").hasAnyRole(MARAC_ATTENDEES)
                        .requestMatchers(HttpMethod.GET, "/api/v1/marac/summary", "/api/v1/marac/summary.csv", "/api/v1/marac/summary.ods")
                        .hasAnyRole(Role.MARAC_COORDINATOR.name(), Role.GOVERNANCE.name())
                        .requestMatchers("/api/v1/marac/**").hasRole(Role.MARAC_COORDINATOR.name())
                        .requestMatchers("/api/v1/directory/**").hasAnyRole(CASE_ROLES_AND_ADMIN)
                        .requestMatchers("/api/v1/partner/**").hasRole(Role.PARTNER.name())
                        .requestMatchers(org.springframework.http.HttpMethod.POST, "/api/v1/third-party-reports").hasRole(Role.PARTNER.name())
                        .requestMatchers("/api/v1/third-party-reports/**").hasAnyRole(CASE_ROLES_AND_PARTNER)
                        .requestMatchers("/api/v1/break-glass/**").hasAnyRole(Role.SUPERVISOR.name(), Role.DPO.name())
                        .requestMatchers("/api/v1/sharing-requests", "/api/v1/sharing-requests/**").hasAnyRole(CASE_ROLES)
                        .requestMatchers("/api/v1/reviews", "/api/v1/reviews/**").hasAnyRole(REVIEWERS)
                        .requestMatchers("/api/v1/protocol/drafts", "/api/v1/protocol/drafts/**", "/api/v1/protocol/replays/**")
                        .hasRole(Role.DPO.name())
                        .requestMatchers(HttpMethod.GET, "/api/v1/protocol", "/api/v1/protocol/**").authenticated()
                        .requestMatchers(HttpMethod.GET, "/api/v1/statistics/**").hasAnyRole(STATISTICS_READERS)
                        .requestMatchers(HttpMethod.PUT, "/api/v1/statistics/markers/**").hasRole(Role.ANALYST.name())
                        .requestMatchers(HttpMethod.PUT, "/api/v1/statistics/settings").hasAnyRole(THRESHOLD_SETTERS)
                        // Register of organisations (read by case roles and administrators; who changes what is checked by the register) and partner webhooks
                        // Retention and people's rights (issue 11): the DPO's team only
                        .requestMatchers("/api/v1/retention/**", "/api/v1/rights/**").hasRole(Role.DPO.name())
                        .requestMatchers("/api/v1/register/unregistered-names", "/api/v1/register/unregistered-names/**").hasRole(Role.DPO.name())
                        .requestMatchers("/api/v1/register", "/api/v1/register/**").hasAnyRole(CASE_ROLES_AND_ADMIN)
                        .requestMatchers("/api/v1/webhooks/**").hasRole(Role.ADMIN.name())
                        // Identity: role grants awaiting a second administrator; one's own password
                        .requestMatchers("/api/v1/role-grants", "/api/v1/role-grants/**").hasRole(Role.ADMIN.name())
                        // Identity: single sign-on group mappings (admin)
                        .requestMatchers("/api/v1/sso/**").hasRole(Role.ADMIN.name())
                        .requestMatchers("/api/v1/me/**").authenticated()
                        // Governance tracker, forums, board packs and progress reports: governance edits; DPO, supervisors, analysts read
                        .requestMatchers(HttpMethod.GET, "/api/v1/governance/**").hasAnyRole(Role.GOVERNANCE.name(), Role.DPO.name(), Role.SUPERVISOR.name(), Role.ANALYST.name())
                        .requestMatchers("/api/v1/governance/**").hasRole(Role.GOVERNANCE.name())
                        // Young people's vulnerability tracker: the board's figures, then the tracker itself
                        .requestMatchers(HttpMethod.GET, "/api/v1/young-people/figures", "/api/v1/young-people/figures.csv",
                                "/api/v1/young-people/figures.ods").hasAnyRole(YOUNG_PEOPLE_FIGURES_READERS)
                        .requestMatchers("/api/v1/young-people", "/api/v1/young-people/**").hasAnyRole(YOUNG_PEOPLE_USERS)
                        // Protocol adoption and training: the services check role and team (supervisors see their own team)
                        .requestMatchers("/api/v1/protocol-reading", "/api/v1/protocol-reading/**").hasAnyRole(ADOPTION_ROLES)
                        .requestMatchers("/api/v1/training", "/api/v1/training/**").authenticated()
                        .requestMatchers(HttpMethod.GET, "/api/v1/needs", "/api/v1/needs/**").hasAnyRole(Role.GOVERNANCE.name(), Role.ANALYST.name())
                        .requestMatchers("/api/v1/outreach/**").hasAnyRole(Role.GOVERNANCE.name(), Role.CASEWORKER.name())
                        // The specialist caseworker's queue: the service checks the team
                        .requestMatchers("/api/v1/specialist-queue", "/api/v1/specialist-queue/**").hasAnyRole(Role.CASEWORKER.name(), Role.SUPERVISOR.name())
                        .requestMatchers("/api/v1/tokens/**", "/api/v1/me").authenticated()
                        .anyRequest().denyAll());
        return http.build();
    }
}
