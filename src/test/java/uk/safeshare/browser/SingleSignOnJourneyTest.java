package uk.safeshare.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import uk.safeshare.support.Chromium;
import uk.safeshare.support.OpenIdProvider;
import uk.safeshare.support.OpenIdProvider.Person;
import uk.safeshare.support.Tokens;

/**
 * Single sign-on in Chromium against a real OpenID provider started inside the test run: the whole
 * authorisation code flow with PKCE, a first sign-in that makes an account with no roles, a sign-in
 * whose {@code acr} is not the force's MFA refused, an account an administrator linked beforehand,
 * a role from a mapped group, and signing out at the provider too.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.DEFINED_PORT)
@ActiveProfiles("test")
class SingleSignOnJourneyTest {

    static final String MFA = "urn:safeshare:test:mfa";
    static final String RUN = UUID.randomUUID().toString().substring(0, 6);
    static final Person NEWCOMER = new Person("nia-" + RUN, "Nia Newcomer", "nia-" + RUN + "@force.example", MFA,
            List.of("pwd", "otp"), List.of());
    static final Person PASSWORD_ONLY = new Person("will-" + RUN, "Will Weak", "will-" + RUN + "@force.example",
            "urn:safeshare:test:password", List.of("pwd"), List.of());
    static final Person IN_GROUP = new Person("gita-" + RUN, "Gita Group", "gita-" + RUN + "@force.example", MFA,
            List.of("pwd", "hwk"), List.of("analysts-" + RUN));
    static final Person PRE_LINKED = new Person("lena-" + RUN, "Lena at the provider", "lena-" + RUN + "@force.example", MFA,
            List.of("pwd", "otp"), List.of());

    static final int PORT = freePort();
    static final String BASE = "http://localhost:" + PORT;
    static OpenIdProvider provider;
    static Chromium chromium;

    @Autowired JdbcClient jdbc;
    @Autowired Tokens tokens;

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
    }

    @DynamicPropertySource
    static void singleSignOn(DynamicPropertyRegistry registry) {
        provider = OpenIdProvider.start(0, BASE, List.of(NEWCOMER, PASSWORD_ONLY, IN_GROUP, PRE_LINKED));
        registry.add("server.port", () -> PORT);
        registry.add("safeshare.public-url", () -> BASE);
        registry.add("safeshare.oidc.issuer", provider::issuer);
        registry.add("safeshare.oidc.client-id", () -> OpenIdProvider.CLIENT_ID);
        registry.add("safeshare.oidc.client-secret", () -> OpenIdProvider.CLIENT_SECRET);
        registry.add("safeshare.oidc.acr", () -> MFA);
        registry.add("safeshare.oidc.amr", () -> "hwk");
        registry.add("safeshare.oidc.groups-claim", () -> "groups");
        registry.add("safeshare.oidc.provider-name", () -> "the force's account");
    }

    @BeforeAll
    static void launchChromium() {
        chromium = Chromium.launch();
    }

    @AfterAll
    static void close() {
        if (chromium != null) {
            chromium.close();
        }
        if (provider != null) {
            provider.close();
        }
    }

    /** Starts at SafeShare's sign-in page, signs in at the provider, and comes back. */
    private Page signIn(BrowserContext browser, Person person, List<String> requests) {
        Page page = browser.newPage();
        page.onRequest(r -> requests.add(r.url()));
        page.navigate(BASE + "/sign-in");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Sign in with the force's account")).click();
        page.getByLabel("Username").fill(person.username());
        page.getByLabel("Password").fill(OpenIdProvider.PASSWORD);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Sign in")).click();
        page.waitForURL(url -> url.startsWith(BASE));
        return page;
    }

    private int linksOf(Person person) {
        return jdbc.sql("SELECT COUNT(*) FROM sso_link WHERE issuer = ? AND subject = ?").params(provider.issuer(), person.username())
                .query(Integer.class).single();
    }

    @Test
    void a_first_sign_in_makes_an_account_with_no_roles_through_the_code_flow_with_pkce() {
        List<String> requests = new ArrayList<>();
        Page page = signIn(chromium.browser().newContext(), NEWCOMER, requests);

        assertThat(page.locator("h1")).containsText("Welcome, Nia Newcomer");
        assertThat(page.locator("#no-roles")).containsText("You have no roles in SafeShare yet");
        String authorisation = requests.stream().filter(u -> u.startsWith(provider.issuer() + "/oauth2/authorize")).findFirst().orElseThrow();
        assertThat(authorisation).contains("response_type=code").contains("code_challenge=").contains("code_challenge_method=S256")
                .contains("acr_values=").contains("nonce=");
        assertThat(linksOf(NEWCOMER)).isEqualTo(1);
        String username = jdbc.sql("SELECT u.username FROM user_account u JOIN sso_link l ON l.user_id = u.id WHERE l.subject = ?")
                .param(NEWCOMER.username()).query(String.class).single();
        assertThat(jdbc.sql("SELECT COUNT(*) FROM user_role r JOIN user_account u ON u.id = r.user_account WHERE u.username = ?")
                .param(username).query(Integer.class).single()).isZero();

        // No roles: nothing that needs one opens.
        var cases = page.navigate(BASE + "/cases");
        assertThat(cases.status()).isEqualTo(403);
    }

    @Test
    void a_sign_in_without_the_forces_multi_factor_authentication_is_refused_and_makes_no_account() {
        Page page = signIn(chromium.browser().newContext(), PASSWORD_ONLY, new ArrayList<>());

        assertThat(page).hasURL(BASE + "/sign-in?sso=mfa");
        assertThat(page.locator(".govuk-error-summary")).containsText("did not use the multi-factor authentication the force requires");
        assertThat(linksOf(PASSWORD_ONLY)).isZero();
        assertThat(page.navigate(BASE + "/").url()).startsWith(BASE + "/sign-in");
    }

    @Test
    void a_person_in_a_mapped_group_holds_its_role_and_signing_out_ends_the_providers_session_too() throws Exception {
        String admin = tokens.bearer("admin");
        var mapped = api("POST", "/api/v1/sso/group-roles", admin, "{\"group\":\"analysts-" + RUN + "\",\"role\":\"ANALYST\"}");
        assertThat(mapped.statusCode()).isEqualTo(201);
        BrowserContext browser = chromium.browser().newContext();
        List<String> seen = new ArrayList<>();
        Page page = signIn(browser, IN_GROUP, seen);
        assertThat(page.locator("main")).containsText("Your roles: Analyst");

        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Sign out")).click();
        page.waitForURL(BASE + "/sign-in?signed-out");
        assertThat(seen).anyMatch(u -> u.startsWith(provider.issuer() + "/connect/logout?") && u.contains("id_token_hint="));
        assertThat(page.locator(".govuk-notification-banner")).containsText("You have signed out.");
        // The provider's session ended as well: signing in again asks for the password again.
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Sign in with the force's account")).click();
        assertThat(page.getByLabel("Password")).isVisible();
    }

    @Test
    void an_account_an_administrator_linked_beforehand_is_the_one_signed_in_with_its_safeshare_roles() throws Exception {
        String admin = tokens.bearer("admin");
        String organisation = jdbc.sql("SELECT CAST(id AS VARCHAR) FROM organisation WHERE kind = 'FORCE' ORDER BY name LIMIT 1")
                .query(String.class).single();
        var created = api("POST", "/api/v1/users", admin, """
                {"username":"lena-safeshare-%s","displayName":"Lena Linked","organisationId":"%s","roles":["GOVERNANCE"],
                 "serviceAccount":false,"password":"a long passphrase for lena %s"}""".formatted(RUN, organisation, RUN));
        assertThat(created.statusCode()).isEqualTo(201);
        String id = created.body().replaceAll(".*\"id\":\"([^\"]+)\".*", "$1");
        var linked = api("PUT", "/api/v1/users/" + id + "/sso-link", admin, "{\"subject\":\"" + PRE_LINKED.username() + "\"}");
        assertThat(linked.statusCode()).isEqualTo(204);

        Page page = signIn(chromium.browser().newContext(), PRE_LINKED, new ArrayList<>());
        assertThat(page.locator("h1")).containsText("Welcome, Lena Linked");
        assertThat(page.locator("main")).containsText("Your roles: Governance");
        assertThat(jdbc.sql("SELECT COUNT(*) FROM user_account WHERE username LIKE ?").param("lena-" + RUN + "%")
                .query(Integer.class).single()).as("no second account made").isZero();
    }

    private static HttpResponse<String> api(String method, String path, String bearer, String json) throws Exception {
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(BASE + path))
                .header("Authorization", bearer).header("Content-Type", "application/json")
                .method(method, HttpRequest.BodyPublishers.ofString(json)).build(), HttpResponse.BodyHandlers.ofString());
    }
}
