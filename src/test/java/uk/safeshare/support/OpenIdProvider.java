package uk.safeshare.support;

import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.source.ImmutableJWKSet;
import com.nimbusds.jose.jwk.source.JWKSource;
import com.nimbusds.jose.proc.SecurityContext;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.nio.file.Files;
import java.security.KeyPairGenerator;
import java.security.interfaces.RSAPrivateKey;
import java.security.interfaces.RSAPublicKey;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.apache.catalina.Context;
import org.apache.catalina.connector.Connector;
import org.apache.catalina.startup.Tomcat;
import org.springframework.context.annotation.Bean;
import org.springframework.core.annotation.Order;
import org.springframework.http.MediaType;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.config.annotation.web.configuration.OAuth2AuthorizationServerConfiguration;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.oauth2.core.AuthorizationGrantType;
import org.springframework.security.oauth2.core.ClientAuthenticationMethod;
import org.springframework.security.oauth2.core.oidc.OidcScopes;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.server.authorization.client.InMemoryRegisteredClientRepository;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClient;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClientRepository;
import org.springframework.security.oauth2.server.authorization.settings.AuthorizationServerSettings;
import org.springframework.security.oauth2.server.authorization.settings.ClientSettings;
import org.springframework.security.oauth2.server.authorization.token.JwtEncodingContext;
import org.springframework.security.oauth2.server.authorization.token.OAuth2TokenCustomizer;
import org.springframework.security.provisioning.InMemoryUserDetailsManager;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;
import org.springframework.security.web.util.matcher.MediaTypeRequestMatcher;
import org.springframework.web.context.support.AnnotationConfigWebApplicationContext;
import org.springframework.web.filter.DelegatingFilterProxy;

/**
 * A real OpenID provider inside the test run: Spring Security's authorization server on an embedded
 * Tomcat of its own, with a sign-in form, one confidential client (PKCE required) for SafeShare and
 * people whose ID tokens carry the {@code acr}, {@code amr} and {@code groups} the tests choose.
 */
public final class OpenIdProvider implements AutoCloseable {

    public static final String CLIENT_ID = "safeshare-test";
    public static final String CLIENT_SECRET = "in-test-provider-secret";
    public static final String PASSWORD = "provider-password-1";

    /** Someone who signs in at the provider, and what the provider says about how they did. */
    public record Person(String username, String name, String email, String acr, List<String> amr, List<String> groups) {
    }

    private final Tomcat tomcat;
    private final int port;
    private final AnnotationConfigWebApplicationContext spring;

    private OpenIdProvider(Tomcat tomcat, int port, AnnotationConfigWebApplicationContext spring) {
        this.tomcat = tomcat;
        this.port = port;
        this.spring = spring;
    }

    /** @param relyingParty SafeShare's base address, e.g. http://localhost:8123 */
    public static OpenIdProvider start(int port, String relyingParty, List<Person> people) {
        try {
            Tomcat tomcat = new Tomcat();
            tomcat.setBaseDir(Files.createTempDirectory("openid-provider").toString());
            Connector connector = new Connector();
            connector.setPort(port);
            connector.setProperty("address", "127.0.0.1");
            tomcat.getService().addConnector(connector);
            tomcat.setConnector(connector);
            Context context = tomcat.addContext("", null);
            AnnotationConfigWebApplicationContext spring = new AnnotationConfigWebApplicationContext();
            spring.register(ProviderConfiguration.class);
            Setup setup = new Setup(relyingParty, people);
            spring.addBeanFactoryPostProcessor(factory -> factory.registerSingleton("setup", setup));
            context.addServletContainerInitializer((classes, servletContext) -> {
                spring.setServletContext(servletContext);
                spring.refresh();
                servletContext.addFilter("springSecurityFilterChain", new DelegatingFilterProxy("springSecurityFilterChain", spring))
                        .addMappingForUrlPatterns(null, false, "/*");
            }, null);
            Tomcat.addServlet(context, "nothing", new HttpServlet() {
                @Override
                protected void service(HttpServletRequest req, HttpServletResponse resp) throws java.io.IOException {
                    resp.sendError(404);
                }
            });
            context.addServletMappingDecoded("/", "nothing");
            tomcat.start();
            return new OpenIdProvider(tomcat, connector.getLocalPort(), spring);
        } catch (Exception e) {
            throw new IllegalStateException("The in-test OpenID provider did not start", e);
        }
    }

    public String issuer() {
        return "http://127.0.0.1:" + port;
    }

    @Override
    public void close() {
        try {
            spring.close();
            tomcat.stop();
            tomcat.destroy();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    record Setup(String relyingParty, List<Person> people) {
        Map<String, Person> byName() {
            return people.stream().collect(Collectors.toMap(Person::username, Function.identity()));
        }
    }

    /** Not a component: registered only in the provider's own context, never scanned into SafeShare's. */
    @EnableWebSecurity
    static class ProviderConfiguration {

        @Bean
        @Order(1)
        SecurityFilterChain protocol(HttpSecurity http) throws Exception {
            http.oauth2AuthorizationServer(server -> {
                        http.securityMatcher(server.getEndpointsMatcher());
                        server.oidc(Customizer.withDefaults());
                    })
                    .authorizeHttpRequests(a -> a.anyRequest().authenticated())
                    .exceptionHandling(e -> e.defaultAuthenticationEntryPointFor(new LoginUrlAuthenticationEntryPoint("/login"),
                            new MediaTypeRequestMatcher(MediaType.TEXT_HTML)));
            return http.build();
        }

        @Bean
        @Order(2)
        SecurityFilterChain signIn(HttpSecurity http) throws Exception {
            http.authorizeHttpRequests(a -> a.anyRequest().authenticated()).formLogin(Customizer.withDefaults());
            return http.build();
        }

        @Bean
        UserDetailsService people(Setup setup) {
            return new InMemoryUserDetailsManager(setup.people().stream()
                    .map(p -> User.withUsername(p.username()).password("{noop}" + PASSWORD).roles("USER").build()).toList());
        }

        @Bean
        RegisteredClientRepository clients(Setup setup) {
            return new InMemoryRegisteredClientRepository(RegisteredClient.withId(UUID.randomUUID().toString())
                    .clientId(CLIENT_ID)
                    .clientSecret("{noop}" + CLIENT_SECRET)
                    .clientAuthenticationMethod(ClientAuthenticationMethod.CLIENT_SECRET_BASIC)
                    .authorizationGrantType(AuthorizationGrantType.AUTHORIZATION_CODE)
                    .redirectUri(setup.relyingParty() + "/login/oauth2/code/sso")
                    .postLogoutRedirectUri(setup.relyingParty() + "/sign-in?signed-out")
                    .scope(OidcScopes.OPENID).scope(OidcScopes.PROFILE).scope(OidcScopes.EMAIL)
                    .clientSettings(ClientSettings.builder().requireProofKey(true).requireAuthorizationConsent(false).build())
                    .build());
        }

        @Bean
        JWKSource<SecurityContext> keys() throws Exception {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            var pair = generator.generateKeyPair();
            RSAKey key = new RSAKey.Builder((RSAPublicKey) pair.getPublic()).privateKey((RSAPrivateKey) pair.getPrivate())
                    .keyID(UUID.randomUUID().toString()).build();
            return new ImmutableJWKSet<>(new JWKSet(key));
        }

        @Bean
        JwtDecoder jwtDecoder(JWKSource<SecurityContext> keys) {
            return OAuth2AuthorizationServerConfiguration.jwtDecoder(keys);
        }

        @Bean
        AuthorizationServerSettings settings() {
            return AuthorizationServerSettings.builder().build();
        }

        /** What the provider says in the ID token about the person and how they signed in. */
        @Bean
        OAuth2TokenCustomizer<JwtEncodingContext> idTokenClaims(Setup setup) {
            Map<String, Person> people = setup.byName();
            return context -> {
                if (!"id_token".equals(context.getTokenType().getValue())) {
                    return;
                }
                Person person = people.get(context.getPrincipal().getName());
                if (person == null) {
                    return;
                }
                context.getClaims().claim("preferred_username", person.username()).claim("name", person.name())
                        .claim("email", person.email());
                if (person.acr() != null) {
                    context.getClaims().claim("acr", person.acr());
                }
                if (!person.amr().isEmpty()) {
                    context.getClaims().claim("amr", person.amr());
                }
                context.getClaims().claim("groups", person.groups());
            };
        }
    }
}
