package uk.safeshare.shared.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;
import uk.safeshare.support.RawHttp;
import uk.safeshare.support.Tokens;

/**
 * Requests whose shape Tomcat or Spring cannot read (parameters that are not UTF-8, a Content-Type that is a range,
 * a multipart body without its boundary or cut short) are refused with a 4xx problem document naming the request,
 * signed in or not. Each had been a 500. On a real server, over a socket, because Tomcat's own parsing is the subject.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class MalformedRequestsTest {

    @LocalServerPort int port;
    @Autowired Tokens tokens;

    private String http(String method, String path, String headers, String body) throws Exception {
        String raw = method + " " + path + " HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n" + headers
                + (body == null ? "\r\n" : "Content-Length: " + body.length() + "\r\n\r\n" + body);
        return new String(RawHttp.exchange(port, raw.getBytes(StandardCharsets.ISO_8859_1)), StandardCharsets.UTF_8);
    }

    private String bearer() {
        return "Authorization: " + tokens.bearer("officer.a") + "\r\n";
    }

    private static void refused(String answer, int status) {
        assertThat(answer).startsWith("HTTP/1.1 " + status);
        assertThat(answer).contains("application/problem+json").contains("\"requestId\":\"")
                .doesNotContain("Exception").doesNotContain("at org.");
    }

    @Test
    void a_parameter_that_is_not_utf8_is_a_400_on_a_page_and_on_the_api() throws Exception {
        refused(http("GET", "/sign-in?x=%FF", "", null), 400);
        refused(http("GET", "/api/v1/cases/search?text=%FF", bearer(), null), 400);
        refused(http("POST", "/api/v1/cases", bearer() + "Content-Type: application/x-www-form-urlencoded\r\n", "a=%FF"), 400);
    }

    @Test
    void a_content_type_that_names_a_range_of_media_types_is_a_415() throws Exception {
        refused(http("POST", "/api/v1/cases", bearer() + "Content-Type: */*\r\n", "{}"), 415);
        refused(http("POST", "/api/v1/cases", bearer() + "Content-Type: application/*\r\n", "{}"), 415);
    }

    @Test
    void a_multipart_body_without_its_boundary_or_cut_short_is_a_400_signed_in_or_not() throws Exception {
        refused(http("GET", "/sign-in", "Content-Type: multipart/form-data\r\n", null), 400);
        refused(http("POST", "/api/v1/cases", bearer() + "Content-Type: multipart/form-data\r\n", ""), 400);
        String cut = "--bb\r\nContent-Disposition: form-data; name=\"a\"\r\n\r\nxyz";
        refused(http("GET", "/sign-in", "Content-Type: multipart/form-data; boundary=bb\r\n", cut), 400);
    }

    @Test
    void well_formed_requests_still_pass() throws Exception {
        assertThat(http("GET", "/sign-in?x=%C3%A9", "", null)).startsWith("HTTP/1.1 200");
        assertThat(http("GET", "/api/v1/cases/search?text=caf%C3%A9", bearer(), null)).startsWith("HTTP/1.1 200");
        assertThat(http("POST", "/api/v1/cases", bearer() + "Content-Type: application/json\r\n", "{}")).startsWith("HTTP/1.1 400")
                .contains("Invalid request");
    }
}
