package uk.safeshare.identity.internal;

import static uk.safeshare.identity.internal.SecurityConfiguration.ADOPTION_ROLES;
import static uk.safeshare.identity.internal.SecurityConfiguration.CASE_ROLES;
import static uk.safeshare.identity.internal.SecurityConfiguration.CASE_ROLES_AND_ADMIN;
import static uk.safeshare.identity.internal.SecurityConfiguration.CASE_ROLES_AND_PARTNER;
import static uk.safeshare.identity.internal.SecurityConfiguration.CSP;
import static uk.safeshare.identity.internal.SecurityConfiguration.MARAC_ATTENDEES;
import static uk.safeshare.identity.internal.SecurityConfiguration.REVIEWERS;
import static uk.safeshare.identity.internal.SecurityConfiguration.STATISTICS_READERS;
import static uk.safeshare.identity.internal.SecurityConfiguration.THRESHOLD_SETTERS;
import static uk.safeshare.identity.internal.SecurityConfiguration.YOUNG_PEOPLE_FIGURES_READERS;
import static uk.safeshare.identity.internal.SecurityConfiguration.YOUNG_PEOPLE_USERS;
import static uk.safeshare.identity.internal.SecurityConfiguration.signInPage;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;
import uk.safeshare.identity.Role;

/** The web pages' filter chain: sign-in (local passwords, single sign-on or both), sign-out, headers and roles by path. */
@Configuration(proxyBeanMethods = false)
class PageSecurity {

    @Bean
    @Order(2)
    SecurityFilterChain web(HttpSecurity http, AuthenticationManager authenticationManager, UserAccountRepository users,
                            SignInRecords records, SecurityEvents events, SecondFactor secondFactor,
                            SingleSignOnSettings sso, SingleSignOnAccounts ssoAccounts,
                            @Value("${safeshare.session.cookie-name:SAFESHARE_SESSION}") String cookieName,
                            @Value("${safeshare.session.absolute-lifetime:PT12H}") java.time.Duration absoluteLifetime) throws Exception {
        // Explicitly ours: otherwise Spring Security would build its own, un-throttled, password check.
        SingleSignOnProvider provider = sso.enabled() ? new SingleSignOnProvider(sso) : null;
        SingleSignOnUserService ssoUsers = provider == null ? null : new SingleSignOnUserService(sso, ssoAccounts, events);
        http.authenticationManager(provider == null ? authenticationManager
                        : SingleSignOnWeb.withSingleSignOn(authenticationManager, ssoUsers))
                .addFilterBefore(new CurrentAccountFilter(users), org.springframework.security.web.access.intercept.AuthorizationFilter.class)
                .addFilterBefore(new AbsoluteSessionLifetimeFilter(absoluteLifetime), CurrentAccountFilter.class)
                .addFilterAfter(new SecondFactorGate(), CurrentAccountFilter.class)
                .exceptionHandling(e -> e.authenticationEntryPoint(signInPage()));
        // Local passwords can be switched off (single sign-on only): then no password is ever checked here.
        if (sso.localPasswords()) {
            http.formLogin(f -> f.loginPage("/sign-in").loginProcessingUrl("/sign-in")
                    .successHandler(new SignInSuccessHandler(records, events, secondFactor))
                    .failureHandler((req, res, ex) -> {
                        // The GOV.UK pattern keeps what was typed: the username (never the password) is shown again.
                        String typed = req.getParameter("username");
                        if (typed != null && typed.length() <= 100) {
                            req.getSession().setAttribute(PagesController.TYPED_USERNAME, typed);
                        }
                        res.sendRedirect(req.getContextPath()
                                + (ex instanceof ThrottledAuthenticationProvider.SignInDelayedException delayed
                                ? "/sign-in?wait=" + Math.max(1, delayed.getWait().toSeconds())
                                : ex instanceof LockedException ? "/sign-in?wait=1" : "/sign-in?error"));
                    })
                    .permitAll());
        }
        if (provider != null) {
            SingleSignOnWeb.configure(http, provider, sso, ssoUsers, users, records, events, secondFactor);
        }
        http
                .logout(l -> {
                    l.logoutUrl("/sign-out").deleteCookies(cookieName)
                            .addLogoutHandler((req, res, auth) -> {
                                if (auth != null) {
                                    events.recordAlone(SecurityEvents.Kind.SIGN_OUT, auth.getName(), "signed out from " + req.getRemoteAddr());
                                }
                            });
                    if (provider != null) {
                        l.addLogoutHandler(SingleSignOnWeb.keepIdToken())
                                .logoutSuccessHandler(SingleSignOnWeb.signOutAtProvider(provider, sso));
                    } else {
                        l.logoutSuccessUrl("/sign-in?signed-out");
                    }
                })
                .headers(h -> h.contentSecurityPolicy(c -> c.policyDirectives(provider == null ? CSP : SingleSignOnWeb.withProvider(CSP, sso)))
                        .frameOptions(f -> f.deny())
                        .referrerPolicy(r -> r.policy(ReferrerPolicy.NO_REFERRER)))
                .authorizeHttpRequests(a -> a
                        .requestMatchers("/sign-in", "/assets/**", "/webjars/**", "/css/**", "/js/**", "/favicon.ico", "/error",
                                "/accessibility", "/actuator/health", "/actuator/health/**", "/v3/api-docs", "/v3/api-docs/**",
                                "/swagger-ui.html", "/swagger-ui/**").permitAll()
                        .requestMatchers("/admin/**").hasRole(Role.ADMIN.name())
                        .requestMatchers("/audit/**").hasRole(Role.AUDITOR.name())
                        .requestMatchers("/cases/**").hasAnyRole(CASE_ROLES)
                        .requestMatchers("/directory/**").hasAnyRole(CASE_ROLES_AND_ADMIN)
                        .requestMatchers("/partner/**").hasRole(Role.PARTNER.name())
                        .requestMatchers("/third-party-reports/**").hasAnyRole(CASE_ROLES_AND_PARTNER)
                        .requestMatchers("/break-glass/**").hasAnyRole(Role.SUPERVISOR.name(), Role.DPO.name())
                        .requestMatchers(HttpMethod.GET, "/marac/attending", "/marac/meetings/*").hasAnyRole(MARAC_ATTENDEES)
                        .requestMatchers(HttpMethod.POST, "/marac/meetings/*/acceptance").hasAnyRole(MARAC_ATTENDEES)
                        .requestMatchers(HttpMethod.GET, "/marac/summary", "/marac/summary.csv", "/marac/summary.ods")
                        .hasAnyRole(Role.MARAC_COORDINATOR.name(), Role.GOVERNANCE.name())
                        .requestMatchers("/marac", "/marac/**").hasRole(Role.MARAC_COORDINATOR.name())
                        .requestMatchers("/sharing-requests/**").hasAnyRole(CASE_ROLES)
                        .requestMatchers("/reviews", "/reviews/**").hasAnyRole(REVIEWERS)
                        // Register of organisations: read by case roles and administrators; who changes what is checked by the register
                        // Retention and people's rights (issue 11): the DPO's team only
                        .requestMatchers("/retention", "/retention/**", "/rights", "/rights/**").hasRole(Role.DPO.name())
                        .requestMatchers("/register/unregistered-names", "/register/unregistered-names/**").hasRole(Role.DPO.name())
                        .requestMatchers("/register", "/register/**").hasAnyRole(CASE_ROLES_AND_ADMIN)
                        // Governance tracker, forums, board packs and progress reports: governance edits; DPO, supervisors, analysts read
                        .requestMatchers(HttpMethod.GET, "/governance", "/governance/**").hasAnyRole(Role.GOVERNANCE.name(), Role.DPO.name(), Role.SUPERVISOR.name(), Role.ANALYST.name())
                        .requestMatchers("/governance", "/governance/**").hasRole(Role.GOVERNANCE.name())
                        // Young people's vulnerability tracker: the board's figures, then the tracker itself
                        .requestMatchers(HttpMethod.GET, "/young-people/figures", "/young-people/figures.csv",
                                "/young-people/figures.ods").hasAnyRole(YOUNG_PEOPLE_FIGURES_READERS)
                        .requestMatchers("/young-people", "/young-people/**").hasAnyRole(YOUNG_PEOPLE_USERS)
                        .requestMatchers("/protocol/drafts", "/protocol/drafts/**", "/protocol/replays/**").hasRole(Role.DPO.name())
                        .requestMatchers(HttpMethod.GET, "/protocol", "/protocol/**").authenticated()
                        .requestMatchers("/protocol", "/protocol/**").denyAll()
                        // Protocol adoption and training: the services check role and team (supervisors see their own team)
                        .requestMatchers("/protocol-reading", "/protocol-reading/**").hasAnyRole(ADOPTION_ROLES)
                        .requestMatchers("/training", "/training/**").authenticated()
                        .requestMatchers(HttpMethod.GET, "/needs", "/needs/**").hasAnyRole(Role.GOVERNANCE.name(), Role.ANALYST.name())
                        .requestMatchers("/needs", "/needs/**").denyAll()
                        .requestMatchers("/outreach", "/outreach/**").hasAnyRole(Role.GOVERNANCE.name(), Role.CASEWORKER.name())
                        .requestMatchers("/specialist-queue", "/specialist-queue/**").hasAnyRole(Role.CASEWORKER.name(), Role.SUPERVISOR.name())
                        .requestMatchers(HttpMethod.GET, "/statistics", "/statistics/**").hasAnyRole(STATISTICS_READERS)
                        .requestMatchers(HttpMethod.POST, "/statistics/markers").hasRole(Role.ANALYST.name())
                        .requestMatchers(HttpMethod.POST, "/statistics/settings").hasAnyRole(THRESHOLD_SETTERS)
                        .requestMatchers("/statistics", "/statistics/**").denyAll()
                        // The asker's own sharing requests: officers and caseworkers ask
                        .requestMatchers("/my-requests").hasAnyRole(Role.OFFICER.name(), Role.CASEWORKER.name())
                        .requestMatchers("/my-referrals").hasAnyRole(CASE_ROLES)
                        .anyRequest().authenticated());
        return http.build();
    }
}
