package uk.safeshare.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;
import uk.safeshare.support.RawHttp;
import uk.safeshare.support.TestData;

/**
 * F-11 on a real server with the production settings that the embedded database allows: the
 * {@code __Host-} session cookie, the absolute session lifetime (here zero, so any signed-in request
 * after the sign-in itself has outlived it), API documentation only for the signed-in, relative
 * redirects, Tomcat's own error pages with the security headers, and the second factor required of
 * administrators, DPOs and auditors. Plain HTTP over a socket, so
 * nothing between the test and Tomcat rewrites a header.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "safeshare.security.public-api-docs=false",
        "safeshare.session.cookie-name=__Host-SAFESHARE_SESSION",
        "safeshare.session.absolute-lifetime=PT0S",
        "safeshare.security.second-factor-required=true"})
@ActiveProfiles("test")
class ProductionTransportTest {

    @LocalServerPort int port;

    private String http(String raw) throws Exception {
        return new String(RawHttp.exchange(port, raw.getBytes(StandardCharsets.ISO_8859_1)), StandardCharsets.UTF_8);
    }

    private String get(String path, String cookie) throws Exception {
        return http("GET " + path + " HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n"
                + (cookie == null ? "" : "Cookie: " + cookie + "\r\n") + "\r\n");
    }

    private static String header(String response, String name) {
        Matcher m = Pattern.compile("(?im)^" + Pattern.quote(name) + ":\\s*(.*?)\\r?$").matcher(response);
        return m.find() ? m.group(1) : null;
    }

    @Test
    void the_session_cookie_is_a_host_cookie_and_a_session_ends_at_its_absolute_lifetime() throws Exception {
        String page = get("/sign-in", null);
        String setCookie = header(page, "Set-Cookie");
        assertThat(setCookie).startsWith("__Host-SAFESHARE_SESSION=").contains("Secure").contains("Path=/").contains("HttpOnly")
                .doesNotContainIgnoringCase("Domain=");
        String cookie = setCookie.substring(0, setCookie.indexOf(';'));
        Matcher csrf = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"").matcher(page);
        assertThat(csrf.find()).isTrue();
        String form = "username=officer.a&password=" + TestData.PASSWORD + "&_csrf=" + csrf.group(1);
        String signedIn = http("POST /sign-in HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\nCookie: " + cookie
                + "\r\nContent-Type: application/x-www-form-urlencoded\r\nContent-Length: " + form.length() + "\r\n\r\n" + form);
        assertThat(signedIn).startsWith("HTTP/1.1 302");
        assertThat(header(signedIn, "Location")).isEqualTo("/");
        String renewed = header(signedIn, "Set-Cookie");
        String session = renewed == null ? cookie : renewed.substring(0, renewed.indexOf(';'));

        String home = get("/", session);
        assertThat(home).startsWith("HTTP/1.1 302");
        assertThat(header(home, "Location")).isEqualTo("/sign-in?expired");
    }

    @ParameterizedTest
    @ValueSource(strings = {"admin", "dpo", "auditor"})
    void administrators_dpos_and_auditors_must_enrol_a_second_factor_before_anything_else(String username) throws Exception {
        String page = get("/sign-in", null);
        String setCookie = header(page, "Set-Cookie");
        String cookie = setCookie.substring(0, setCookie.indexOf(';'));
        Matcher csrf = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"").matcher(page);
        assertThat(csrf.find()).isTrue();
        String form = "username=" + username + "&password=" + TestData.PASSWORD + "&_csrf=" + csrf.group(1);
        String signedIn = http("POST /sign-in HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\nCookie: " + cookie
                + "\r\nContent-Type: application/x-www-form-urlencoded\r\nContent-Length: " + form.length() + "\r\n\r\n" + form);
        assertThat(header(signedIn, "Location")).isEqualTo("/account/second-factor");
    }

    @Test
    void the_api_documentation_is_only_for_someone_signed_in() throws Exception {
        for (String path : new String[]{"/v3/api-docs", "/swagger-ui.html"}) {
            String response = get(path, null);
            assertThat(response).startsWith("HTTP/1.1 302");
            assertThat(header(response, "Location")).isEqualTo("/sign-in");
        }
    }

    @Test
    void a_redirect_never_carries_the_host_header_the_caller_sent() throws Exception {
        String response = http("GET /cases HTTP/1.1\r\nHost: evil.example\r\nConnection: close\r\n\r\n");
        assertThat(header(response, "Location")).startsWith("/sign-in").doesNotContain("evil.example");
    }

    @ParameterizedTest
    @ValueSource(strings = {"GET /a%2fb HTTP/1.1", "GET /{x} HTTP/1.1", "GET /%zz HTTP/1.1"})
    void tomcats_own_error_pages_carry_the_security_headers(String requestLine) throws Exception {
        String response = http(requestLine + "\r\nHost: localhost\r\nConnection: close\r\n\r\n");
        assertThat(response).startsWith("HTTP/1.1 400");
        assertThat(header(response, "X-Content-Type-Options")).isEqualTo("nosniff");
        assertThat(header(response, "Content-Security-Policy")).contains("default-src 'none'");
        assertThat(header(response, "X-Frame-Options")).isEqualTo("DENY");
        assertThat(response).doesNotContain("Apache Tomcat");
    }

    @ParameterizedTest
    @ValueSource(strings = {"/css/safeshare.css", "/webjars/govuk-frontend/dist/govuk/govuk-frontend.min.css", "/assets/images/favicon.ico"})
    void stylesheets_and_images_are_kept_by_the_browser_and_checked_again_while_pages_are_never_kept(String asset) throws Exception {
        String first = http("GET " + asset + " HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n");
        assertThat(first).startsWith("HTTP/1.1 200");
        assertThat(header(first, "Cache-Control")).isEqualTo("no-cache");
        String again = http("GET " + asset + " HTTP/1.1\r\nHost: localhost\r\nIf-Modified-Since: "
                + header(first, "Last-Modified") + "\r\nConnection: close\r\n\r\n");
        assertThat(again).startsWith("HTTP/1.1 304");
        String page = http("GET /sign-in HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n");
        assertThat(header(page, "Cache-Control")).contains("no-store");
    }

    @ParameterizedTest
    @ValueSource(strings = {"HEAD /sign-in HTTP/1.1", "HEAD /css/safeshare.css HTTP/1.1"})
    void an_answer_that_is_not_an_error_keeps_its_own_headers_when_tomcat_finishes_it(String requestLine) throws Exception {
        String response = http(requestLine + "\r\nHost: localhost\r\nConnection: close\r\n\r\n");
        assertThat(response).startsWith("HTTP/1.1 200");
        // The page's policy (its own stylesheets and scripts), not the one of Tomcat's error page.
        assertThat(header(response, "Content-Security-Policy")).contains("style-src 'self'");
    }
}
