package uk.safeshare.identity.internal;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.crypto.argon2.Argon2PasswordEncoder;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.DelegatingPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;
import org.springframework.session.jdbc.config.annotation.web.http.EnableJdbcHttpSession;
import org.springframework.session.web.http.CookieSerializer;
import org.springframework.session.web.http.DefaultCookieSerializer;
import uk.safeshare.identity.Role;

/**
 * What both filter chains share: password checking, the database-backed session and its cookie, and the
 * API documentation's own chain. The two chains are {@link ApiSecurity} (the JSON API: stateless, bearer
 * tokens, answers in problem+json) and {@link PageSecurity} (the web pages: form sign-in, CSRF, sessions
 * any instance can serve). Roles are checked there by path; need-to-know (which case, which organisation)
 * is checked by the module that owns the data.
 */
@Configuration(proxyBeanMethods = false)
@EnableJdbcHttpSession(maxInactiveIntervalInSeconds = 1800)
class SecurityConfiguration {

    static final String CSP = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
            + "font-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'";

    static final String[] CASE_ROLES = {Role.OFFICER.name(), Role.CASEWORKER.name(), Role.SUPERVISOR.name(), Role.DPO.name()};
    /** Who may be a MARAC attendee with their own account; which meeting they may open is checked by the MARAC module. */
    static final String[] MARAC_ATTENDEES = {Role.MARAC_COORDINATOR.name(), Role.PARTNER.name(), Role.OFFICER.name(),
            Role.CASEWORKER.name(), Role.SUPERVISOR.name(), Role.DPO.name()};
    static final String[] REVIEWERS = {Role.SUPERVISOR.name(), Role.DPO.name()};
    static final String[] CASE_ROLES_AND_ADMIN = {Role.OFFICER.name(), Role.CASEWORKER.name(), Role.SUPERVISOR.name(), Role.DPO.name(), Role.ADMIN.name()};
    static final String[] CASE_ROLES_AND_PARTNER = {Role.OFFICER.name(), Role.CASEWORKER.name(), Role.SUPERVISOR.name(), Role.DPO.name(), Role.PARTNER.name()};
    /** Aggregated statistics only: analysts, the governance secretariat and the data protection officer read them. */
    static final String[] STATISTICS_READERS = {Role.ANALYST.name(), Role.GOVERNANCE.name(), Role.DPO.name()};
    static final String[] THRESHOLD_SETTERS = {Role.ANALYST.name(), Role.DPO.name()};
    /** Protocol adoption: those asked to read each version, and governance for coverage. */
    static final String[] ADOPTION_ROLES = {Role.OFFICER.name(), Role.CASEWORKER.name(), Role.SUPERVISOR.name(), Role.DPO.name(), Role.GOVERNANCE.name()};
    /** The young people's vulnerability tracker: its users, and who reads the Vulnerability Board's figures from it. */
    static final String[] YOUNG_PEOPLE_USERS = {Role.OFFICER.name(), Role.CASEWORKER.name(), Role.SUPERVISOR.name()};
    static final String[] YOUNG_PEOPLE_FIGURES_READERS = {Role.GOVERNANCE.name(), Role.ANALYST.name(), Role.DPO.name(),
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
    static LoginUrlAuthenticationEntryPoint signInPage() {
        LoginUrlAuthenticationEntryPoint entryPoint = new LoginUrlAuthenticationEntryPoint("/sign-in");
        entryPoint.setFavorRelativeUris(true);
        return entryPoint;
    }
}
