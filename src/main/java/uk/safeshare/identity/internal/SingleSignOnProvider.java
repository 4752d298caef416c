package uk.safeshare.identity.internal;

import java.util.Optional;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.oauth2.client.registration.ClientRegistrations;
import org.springframework.security.oauth2.core.AuthorizationGrantType;
import org.springframework.security.oauth2.core.ClientAuthenticationMethod;

/**
 * The one OpenID provider, read from its discovery document on first use rather than at start-up,
 * so SafeShare starts (and local sign-in and the API work) while the provider is unreachable.
 */
class SingleSignOnProvider implements ClientRegistrationRepository {

    private final SingleSignOnSettings settings;
    private volatile ClientRegistration registration;

    SingleSignOnProvider(SingleSignOnSettings settings) {
        this.settings = settings;
    }

    @Override
    public ClientRegistration findByRegistrationId(String registrationId) {
        return SingleSignOnSettings.REGISTRATION.equals(registrationId) ? registration() : null;
    }

    ClientRegistration registration() {
        ClientRegistration r = registration;
        if (r == null) {
            synchronized (this) {
                if (registration == null) {
                    boolean confidential = settings.clientSecret() != null && !settings.clientSecret().isBlank();
                    var builder = ClientRegistrations.fromIssuerLocation(settings.issuer())
                            .registrationId(SingleSignOnSettings.REGISTRATION)
                            .clientId(settings.clientId())
                            .authorizationGrantType(AuthorizationGrantType.AUTHORIZATION_CODE)
                            .scope(settings.scopes())
                            // Built from the configured public address, never from the request's Host header.
                            .redirectUri(settings.redirectUri())
                            // PKCE (RFC 7636) for a confidential client too, as OAuth 2.1 asks.
                            .clientSettings(ClientRegistration.ClientSettings.builder().requireProofKey(true).build());
                    if (confidential) {
                        builder.clientSecret(settings.clientSecret()).clientAuthenticationMethod(ClientAuthenticationMethod.CLIENT_SECRET_BASIC);
                    } else {
                        builder.clientAuthenticationMethod(ClientAuthenticationMethod.NONE);
                    }
                    registration = builder.build();
                }
                r = registration;
            }
        }
        return r;
    }

    /** The provider's RP-initiated logout endpoint (OpenID Connect RP-Initiated Logout 1.0), when it has one. */
    Optional<String> endSessionEndpoint() {
        Object endpoint = registration().getProviderDetails().getConfigurationMetadata().get("end_session_endpoint");
        return Optional.ofNullable(endpoint).map(Object::toString);
    }
}
