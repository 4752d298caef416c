package uk.safeshare.identity.internal;

import java.util.Arrays;
import java.util.List;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * OpenID Connect single sign-on as the deployment configures it (environment variables, README).
 * Off unless an issuer is given; then local passwords stay usable unless switched off.
 */
@Component
class SingleSignOnSettings {

    static final String REGISTRATION = "sso";

    private final String issuer;
    private final String clientId;
    private final String clientSecret;
    private final List<String> scopes;
    private final List<String> acceptedAcr;
    private final List<String> acceptedAmr;
    private final String groupsClaim;
    private final boolean createUsers;
    private final String organisation;
    private final String providerName;
    private final String publicUrl;
    private final boolean localPasswords;

    SingleSignOnSettings(@Value("${safeshare.oidc.issuer:}") String issuer,
                         @Value("${safeshare.oidc.client-id:}") String clientId,
                         @Value("${safeshare.oidc.client-secret:}") String clientSecret,
                         @Value("${safeshare.oidc.scopes:openid,profile,email}") String scopes,
                         @Value("${safeshare.oidc.acr:}") String acceptedAcr,
                         @Value("${safeshare.oidc.amr:}") String acceptedAmr,
                         @Value("${safeshare.oidc.groups-claim:}") String groupsClaim,
                         @Value("${safeshare.oidc.create-users:true}") boolean createUsers,
                         @Value("${safeshare.oidc.organisation:}") String organisation,
                         @Value("${safeshare.oidc.provider-name:your organisation's account}") String providerName,
                         @Value("${safeshare.public-url:http://localhost:8080}") String publicUrl,
                         @Value("${safeshare.security.local-passwords:true}") boolean localPasswords) {
        this.issuer = issuer.strip();
        this.clientId = clientId.strip();
        this.clientSecret = clientSecret;
        this.scopes = list(scopes);
        this.acceptedAcr = list(acceptedAcr);
        this.acceptedAmr = list(acceptedAmr);
        this.groupsClaim = groupsClaim.strip();
        this.createUsers = createUsers;
        this.organisation = organisation.strip();
        this.providerName = providerName;
        this.publicUrl = publicUrl.endsWith("/") ? publicUrl.substring(0, publicUrl.length() - 1) : publicUrl;
        this.localPasswords = localPasswords;
        if (!this.issuer.isEmpty() && this.clientId.isEmpty()) {
            throw new IllegalStateException("SAFESHARE_OIDC_ISSUER is set but SAFESHARE_OIDC_CLIENT_ID is not");
        }
        if (this.issuer.isEmpty() && !localPasswords) {
            throw new IllegalStateException("Local passwords are switched off but no OpenID provider is configured "
                    + "(SAFESHARE_OIDC_ISSUER): nobody could sign in");
        }
    }

    private static List<String> list(String s) {
        return Arrays.stream(s.split("[,\\s]+")).map(String::strip).filter(x -> !x.isEmpty()).toList();
    }

    boolean enabled() {
        return !issuer.isEmpty();
    }

    String issuer() {
        return issuer;
    }

    String clientId() {
        return clientId;
    }

    String clientSecret() {
        return clientSecret;
    }

    List<String> scopes() {
        return scopes;
    }

    /** The force asks for its own multi-factor authentication: the ID token must say the provider did it. */
    boolean requiresProviderMfa() {
        return !acceptedAcr.isEmpty() || !acceptedAmr.isEmpty();
    }

    List<String> acceptedAcr() {
        return acceptedAcr;
    }

    List<String> acceptedAmr() {
        return acceptedAmr;
    }

    /** Empty when roles are not mapped from groups. */
    String groupsClaim() {
        return groupsClaim;
    }

    boolean createUsers() {
        return createUsers;
    }

    String organisation() {
        return organisation;
    }

    String providerName() {
        return providerName;
    }

    String redirectUri() {
        return publicUrl + "/login/oauth2/code/" + REGISTRATION;
    }

    String afterSignOutUri() {
        return publicUrl + "/sign-in?signed-out";
    }

    boolean localPasswords() {
        return localPasswords;
    }
}
