package uk.safeshare.identity.internal;

import java.util.List;
import java.util.UUID;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserRequest;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserService;
import org.springframework.security.oauth2.client.userinfo.OAuth2UserService;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.oauth2.core.oidc.OidcIdToken;
import org.springframework.security.oauth2.core.oidc.user.DefaultOidcUser;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;

/**
 * After the provider has signed the person in (and Spring Security has checked the ID token's
 * signature, issuer, audience, expiry and nonce): the force's own multi-factor requirement, then
 * the SafeShare account linked to the issuer and subject.
 */
class SingleSignOnUserService implements OAuth2UserService<OidcUserRequest, OidcUser> {

    static final String MFA_REFUSED = "insufficient_user_authentication";
    static final String NOT_REGISTERED = "not_registered";
    static final String DISABLED = "account_disabled";

    private final OidcUserService delegate = new OidcUserService();
    private final SingleSignOnSettings settings;
    private final SingleSignOnAccounts accounts;
    private final SecurityEvents events;

    SingleSignOnUserService(SingleSignOnSettings settings, SingleSignOnAccounts accounts, SecurityEvents events) {
        this.settings = settings;
        this.accounts = accounts;
        this.events = events;
    }

    /** The provider's user, with the SafeShare account it is linked to. */
    static final class LinkedUser extends DefaultOidcUser {
        private final UUID accountId;

        LinkedUser(OidcUser user, UUID accountId) {
            super(List.of(new SimpleGrantedAuthority("SSO")), user.getIdToken(), user.getUserInfo());
            this.accountId = accountId;
        }

        UUID accountId() {
            return accountId;
        }
    }

    @Override
    public OidcUser loadUser(OidcUserRequest request) throws OAuth2AuthenticationException {
        OidcUser user = delegate.loadUser(request);
        OidcIdToken token = user.getIdToken();
        String issuer = token.getIssuer().toString();
        String subject = token.getSubject();
        if (settings.requiresProviderMfa() && !providerDidMfa(token)) {
            events.recordAlone(SecurityEvents.Kind.SIGN_IN_FAILED, "anonymous", "single sign-on refused for subject " + subject
                    + " at " + issuer + ": acr " + token.getAuthenticationContextClass() + ", amr " + token.getAuthenticationMethods()
                    + " is not the force's multi-factor authentication");
            throw refusal(MFA_REFUSED, "The sign-in did not use the multi-factor authentication the force requires");
        }
        List<String> groups = settings.groupsClaim().isEmpty() ? List.of() : groups(user);
        var claims = new SingleSignOnAccounts.Claims(issuer, subject, user.getPreferredUsername(), user.getFullName(),
                user.getEmail(), groups);
        return switch (accounts.signIn(claims)) {
            case SingleSignOnAccounts.Outcome.SignedIn in -> new LinkedUser(user, in.account().id());
            case SingleSignOnAccounts.Outcome.NotRegistered none -> {
                events.recordAlone(SecurityEvents.Kind.SIGN_IN_FAILED, "anonymous", "single sign-on refused for subject "
                        + subject + " at " + issuer + ": no SafeShare account is linked");
                throw refusal(NOT_REGISTERED, "No SafeShare account is linked to this person");
            }
            case SingleSignOnAccounts.Outcome.Disabled off -> {
                events.recordAlone(SecurityEvents.Kind.SIGN_IN_FAILED, off.username(), "single sign-on refused: the account is disabled");
                throw refusal(DISABLED, "The SafeShare account is disabled");
            }
        };
    }

    private boolean providerDidMfa(OidcIdToken token) {
        String acr = token.getAuthenticationContextClass();
        List<String> amr = token.getAuthenticationMethods();
        return (acr != null && settings.acceptedAcr().contains(acr))
                || (amr != null && amr.stream().anyMatch(settings.acceptedAmr()::contains));
    }

    private List<String> groups(OidcUser user) {
        Object value = user.getClaims().get(settings.groupsClaim());
        if (value instanceof java.util.Collection<?> c) {
            return c.stream().map(String::valueOf).toList();
        }
        return value instanceof String s ? List.of(s) : List.of();
    }

    private static OAuth2AuthenticationException refusal(String code, String description) {
        return new OAuth2AuthenticationException(new OAuth2Error(code, description, null), description);
    }
}
