package uk.safeshare.identity.internal;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.crypto.argon2.Argon2PasswordEncoder;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.DelegatingPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.AnonymousAuthenticationFilter;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;
import org.springframework.session.jdbc.config.annotation.web.http.EnableJdbcHttpSession;
import org.springframework.session.web.http.CookieSerializer;
import org.springframework.session.web.http.DefaultCookieSerializer;
import uk.safeshare.identity.Role;
import uk.safeshare.shared.web.Problems;

/**
 * Two filter chains: the JSON API (stateless, bearer tokens, answers in problem+json) and the web
 * pages (form sign-in, CSRF, database-backed sessions so any instance can serve any request).
 * Roles are checked here by path; need-to-know (which case, which organisation) is checked by the
 * module that owns the data.
 */
@Configuration(proxyBeanMethods = false)
@EnableJdbcHttpSession(maxInactiveIntervalInSeconds = 1800)
class SecurityConfiguration {

    static final String CSP = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
            + "font-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'";

    private static final String[] CASE_ROLES = {Role.OFFICER.name(), Role.CASEWORKER.name(), Role.SUPERVISOR.name(), Role.DPO.name()};
    /** Who may be a MARAC attendee with their own account; which meeting they may open is checked by the MARAC module. */
    private static final String[] MARAC_ATTENDEES = {Role.MARAC_COORDINATOR.name(), Role.PARTNER.name(), Role.OFFICER.name(),
            Role.CASEWORKER.name(), Role.SUPERVISOR.name(), Role.DPO.name()};
    private static final String[] REVIEWERS = {Role.SUPERVISOR.name(), Role.DPO.name()};
    private static final String[] CASE_ROLES_AND_ADMIN = {Role.OFFICER.name(), Role.CASEWORKER.name(), Role.SUPERVISOR.name(), Role.DPO.name(), Role.ADMIN.name()};
    private static final String[] CASE_ROLES_AND_PARTNER = {Role.OFFICER.name(), Role.CASEWORKER.name(), Role.SUPERVISOR.name(), Role.DPO.name(), Role.PARTNER.name()};
    /** Aggregated statistics only: analysts, the governance secretariat and the data protection officer read them. */
    private static final String[] STATISTICS_READERS = {Role.ANALYST.name(), Role.GOVERNANCE.name(), Role.DPO.name()};
    private static final String[] THRESHOLD_SETTERS = {Role.ANALYST.name(), Role.DPO.name()};
    /** Protocol adoption: those asked to read each version, and governance for coverage. */
    private static final String[] ADOPTION_ROLES = {Role.OFFICER.name(), Role.CASEWORKER.name(), Role.SUPERVISOR.name(), Role.DPO.name(), Role.GOVERNANCE.name()};
    /** The young people's vulnerability tracker: its users, and who reads the Vulnerability Board's figures from it. */
    private static final String[] YOUNG_PEOPLE_USERS = {Role.OFFICER.name(), Role.CASEWORKER.name(), Role.SUPERVISOR.name()};
    private static final String[] YOUNG_PEOPLE_FIGURES_READERS = {Role.GOVERNANCE.name(), Role.ANALYST.name(), Role.DPO.name(),
            Role.SUPERVISOR.name()};

    @Bean
    PasswordEncoder passwordEncoder() {
        var encoders = new java.util.HashMap<String, PasswordEncoder>();
        encoders.put("argon2", Argon2PasswordEncoder.defaultsForSpringSecurity_v5_8());
        encoders.put("bcrypt", new BCryptPasswordEncoder(12));
        return new DelegatingPasswordEncoder("argon2", encoders);
    }

    @Bean
    AuthenticationManager authenticationManager(SafeShareUserDetailsService users, PasswordEncoder encoder, SignInThrottle throttle,
                                                SignInRecords records, SecurityEvents events) {
        DaoAuthenticationProvider dao = new DaoAuthenticationProvider(users);
        dao.setPasswordEncoder(encoder);
        return new ProviderManager(new ThrottledAuthenticationProvider(dao, throttle, records, events));
    }

    /**
     * The session cookie. In production it is named {@code __Host-SAFESHARE_SESSION}: browsers then
     * accept it only when Secure, for path / and without a Domain, so no other host (a sibling
     * subdomain, a plain-HTTP page) can plant or overwrite it.
     */
    @Bean
    CookieSerializer cookieSerializer(@Value("${server.servlet.session.cookie.secure:true}") boolean secure,
                                      @Value("${safeshare.session.cookie-name:SAFESHARE_SESSION}") String name) {
        DefaultCookieSerializer serializer = new DefaultCookieSerializer();
        serializer.setCookieName(name);
        if (name.startsWith("__Host-")) {
            serializer.setUseSecureCookie(true);
            serializer.setCookiePath("/");
            serializer.setUseHttpOnlyCookie(true);
            serializer.setSameSite("Lax");
            return serializer;
        }
        serializer.setUseHttpOnlyCookie(true);
        serializer.setUseSecureCookie(secure);
        serializer.setSameSite("Lax");
        return serializer;
    }

    /**
     * The API documentation; its UI needs inline styles, so a CSP of its own. Public on a developer's
     * machine; in production ({@code safeshare.security.public-api-docs=false}) only for someone
     * signed in to the pages.
     */
    @Bean
    @Order(0)
    SecurityFilterChain apiDocumentation(HttpSecurity http, @Value("${safeshare.security.public-api-docs:true}") boolean publicDocs)
            throws Exception {
        http.securityMatcher("/v3/api-docs", "/v3/api-docs/**", "/swagger-ui.html", "/swagger-ui/**");
        if (publicDocs) {
            http.sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                    .authorizeHttpRequests(a -> a.anyRequest().permitAll());
        } else {
            http.exceptionHandling(e -> e.authenticationEntryPoint(signInPage()))
                    .authorizeHttpRequests(a -> a.anyRequest().authenticated());
        }
        http.csrf(c -> c.disable())
                .headers(h -> h.contentSecurityPolicy(c -> c.policyDirectives("default-src 'self'; script-src 'self'; "
                                + "style-src 'self' 'unsafe-inline'; img-src 'self' data:; frame-ancestors 'none'; form-action 'self'"))
                        .referrerPolicy(r -> r.policy(ReferrerPolicy.NO_REFERRER)));
        return http.build();
    }

    /** Redirects to the sign-in page by a relative address, never one built from the request's Host header. */
    private static LoginUrlAuthenticationEntryPoint signInPage() {
        LoginUrlAuthenticationEntryPoint entryPoint = new LoginUrlAuthenticationEntryPoint("/sign-in");
        entryPoint.setFavorRelativeUris(true);
        return entryPoint;
    }

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
