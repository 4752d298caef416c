package uk.safeshare.identity.internal;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.oauth2.client.endpoint.RestClientAuthorizationCodeTokenResponseClient;
import org.springframework.security.oauth2.client.oidc.authentication.OidcAuthorizationCodeAuthenticationProvider;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.client.web.DefaultOAuth2AuthorizationRequestResolver;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.web.authentication.logout.LogoutHandler;
import org.springframework.security.web.authentication.logout.LogoutSuccessHandler;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The web side of single sign-on: the authorisation code flow with PKCE (Spring Security's
 * {@code oauth2Login}), the session it leaves (the same as a local sign-in's: a SafeShare user,
 * current account checks, absolute lifetime), refusals shown on the sign-in page, and sign-out
 * at the provider too (RP-initiated logout).
 */
final class SingleSignOnWeb {

    static final String ID_TOKEN = "safeshare.sso.idToken";

    private SingleSignOnWeb() {
    }

    static void configure(HttpSecurity http, SingleSignOnProvider provider, SingleSignOnSettings settings,
                          SingleSignOnUserService ssoUsers, UserAccountRepository users, SignInRecords records,
                          SecurityEvents events, SecondFactor secondFactor) throws Exception {
        DefaultOAuth2AuthorizationRequestResolver resolver = new DefaultOAuth2AuthorizationRequestResolver(provider,
                "/oauth2/authorization");
        if (!settings.acceptedAcr().isEmpty()) {
            // Ask the provider for the force's level of authentication; the ID token's answer is checked regardless.
            resolver.setAuthorizationRequestCustomizer(b -> b.additionalParameters(p -> p.put("acr_values",
                    String.join(" ", settings.acceptedAcr()))));
        }
        http.oauth2Login(o -> o.loginPage("/sign-in")
                .clientRegistrationRepository(provider)
                .authorizationEndpoint(a -> a.authorizationRequestResolver(resolver))
                .userInfoEndpoint(u -> u.oidcUserService(ssoUsers))
                .successHandler((req, res, auth) -> signedIn(req, res, auth, users, records, events, secondFactor, settings))
                .failureHandler((req, res, ex) -> res.sendRedirect(req.getContextPath() + "/sign-in?sso=" + reason(ex))));
    }

    /**
     * The web chain's authentication manager is SafeShare's own (the throttled password check), so
     * the OpenID Connect code exchange and ID token validation are added to it explicitly.
     */
    static AuthenticationManager withSingleSignOn(AuthenticationManager local, SingleSignOnUserService users) {
        List<AuthenticationProvider> providers = new ArrayList<>(((ProviderManager) local).getProviders());
        providers.add(new OidcAuthorizationCodeAuthenticationProvider(new RestClientAuthorizationCodeTokenResponseClient(), users));
        return new ProviderManager(providers);
    }

    /**
     * Signing out posts a form whose answer redirects to the provider's logout endpoint; browsers
     * apply {@code form-action} to that redirect, so the provider's origin is allowed there.
     */
    static String withProvider(String csp, SingleSignOnSettings settings) {
        java.net.URI issuer = java.net.URI.create(settings.issuer());
        String origin = issuer.getScheme() + "://" + issuer.getHost() + (issuer.getPort() < 0 ? "" : ":" + issuer.getPort());
        return csp.replace("form-action 'self'", "form-action 'self' " + origin);
    }

    /** Fixed words for the sign-in page, never the provider's own text. */
    private static String reason(Exception ex) {
        if (!(ex instanceof OAuth2AuthenticationException o && o.getError().getErrorCode().startsWith("ins"))) {
            // What went wrong with the provider, for whoever runs SafeShare; the page shows fixed words.
            org.slf4j.LoggerFactory.getLogger("uk.safeshare.security").warn("single sign-on failed: {}",
                    SecurityEvents.clean(ex.getMessage()));
        }
        String code = ex instanceof OAuth2AuthenticationException o ? o.getError().getErrorCode() : "";
        return switch (code) {
            case SingleSignOnUserService.MFA_REFUSED -> "mfa";
            case SingleSignOnUserService.NOT_REGISTERED -> "unknown";
            case SingleSignOnUserService.DISABLED -> "disabled";
            default -> "failed";
        };
    }

    /**
     * The session from here on holds a SafeShare user like a local sign-in's, so every check that
     * follows (current account, roles, absolute lifetime, ending sessions by name) is the same.
     */
    private static void signedIn(HttpServletRequest request, HttpServletResponse response, Authentication authentication,
                                 UserAccountRepository users, SignInRecords records, SecurityEvents events,
                                 SecondFactor secondFactor, SingleSignOnSettings settings) throws IOException {
        var linked = (SingleSignOnUserService.LinkedUser) authentication.getPrincipal();
        UserAccount account = users.findById(linked.accountId()).orElseThrow();
        SignedInUser user = new SignedInUser(account.toUser(), null, true);
        var context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
        SecurityContextHolder.setContext(context);
        var session = request.getSession();
        session.setAttribute(HttpSessionSecurityContextRepository.SPRING_SECURITY_CONTEXT_KEY, context);
        session.setAttribute(ID_TOKEN, linked.getIdToken().getTokenValue());
        session.setAttribute(AbsoluteSessionLifetimeFilter.SIGNED_IN_AT, System.currentTimeMillis());
        records.signedIn(account.username());
        events.recordAlone(SecurityEvents.Kind.SIGN_IN, account.username(), "signed in with single sign-on from "
                + request.getRemoteAddr() + (account.roleSet().isEmpty() ? "; holds no roles yet" : ""));
        // Where the provider's own multi-factor authentication is required and was checked, no second one here.
        if (!settings.requiresProviderMfa()) {
            if (secondFactor.enabled(account.username())) {
                session.setAttribute(SecondFactorGate.PENDING, Boolean.TRUE);
                response.sendRedirect(request.getContextPath() + "/sign-in/second-factor");
                return;
            }
            if (secondFactor.requiredFor(user.user())) {
                session.setAttribute(SecondFactorGate.ENROL, Boolean.TRUE);
                response.sendRedirect(request.getContextPath() + "/account/second-factor");
                return;
            }
        }
        response.sendRedirect(request.getContextPath() + "/");
    }

    /** Runs before the session is ended: keeps the ID token for the provider's logout. */
    static LogoutHandler keepIdToken() {
        return (request, response, authentication) -> {
            var session = request.getSession(false);
            if (session != null && session.getAttribute(ID_TOKEN) instanceof String token) {
                request.setAttribute(ID_TOKEN, token);
            }
        };
    }

    /** Signs out at the provider as well, which sends the browser back to SafeShare's sign-in page. */
    static LogoutSuccessHandler signOutAtProvider(SingleSignOnProvider provider, SingleSignOnSettings settings) {
        return (request, response, authentication) -> {
            if (request.getAttribute(ID_TOKEN) instanceof String token) {
                var endpoint = provider.endSessionEndpoint();
                if (endpoint.isPresent()) {
                    response.sendRedirect(UriComponentsBuilder.fromUriString(endpoint.get())
                            .queryParams(org.springframework.util.CollectionUtils.toMultiValueMap(Map.of(
                                    "id_token_hint", java.util.List.of(token),
                                    "client_id", java.util.List.of(settings.clientId()),
                                    "post_logout_redirect_uri", java.util.List.of(settings.afterSignOutUri()))))
                            .encode().build().toUriString());
                    return;
                }
            }
            response.sendRedirect(request.getContextPath() + "/sign-in?signed-out");
        };
    }
}
