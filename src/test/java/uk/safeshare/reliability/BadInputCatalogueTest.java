package uk.safeshare.reliability;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

import jakarta.servlet.http.Cookie;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import uk.safeshare.reliability.AuthorisationTable.Route;
import uk.safeshare.support.SafeShareTest;
import uk.safeshare.support.TestData;
import uk.safeshare.support.Tokens;

/**
 * Hostile inputs kept as data ({@value #FILE}): each must be refused with a 4xx (problem+json on the
 * API; on the pages a 4xx page or the form shown again with its error summary) and change no row in any
 * table. Every write endpoint the application maps has at least one entry.
 */
@SafeShareTest
class BadInputCatalogueTest {

    static final String FILE = "src/test/resources/bad-input/catalogue.tsv";
    /** Written by the audit log's sequencer in the background (the tree and its checkpoints) and by the session store. */
    private static final Set<String> MOVING_ON_THEIR_OWN = Set.of("audit_tree_node", "audit_checkpoint", "audit_tree_head",
            "audit_entry_queue", "spring_session", "spring_session_attributes", "event_publication", "event_publication_archive");
    /** Answer a refused file with a report of every bad row (JSON of their own, documented in the API description). */
    private static final Set<String> ROW_REPORTS = Set.of("/api/v1/directory/import");
    private static final Pattern VARIABLE = Pattern.compile("\\{([^}/]+)}");
    private static final Pattern REPEAT = Pattern.compile("\\{\\{(.+?)\\*(\\d+)}}");

    record Entry(int line, String method, String route, String ids, String caller, String type, String body, String expected) {
        @Override
        public String toString() {
            return "line " + line + ": " + method + " " + route + " [" + type + "] " + (body.length() > 60 ? body.substring(0, 60) + "..." : body)
                    + " -> " + expected;
        }

        boolean api() {
            return route.startsWith("/api/");
        }
    }

    private static final Map<String, String> bearers = new HashMap<>();
    private static final Map<String, Cookie> sessions = new HashMap<>();

    @Autowired MockMvc mvc;
    @Autowired Tokens tokens;
    @Autowired JdbcClient jdbc;
    @Autowired @Qualifier("requestMappingHandlerMapping") RequestMappingHandlerMapping mappings;

    static List<Entry> entries() throws IOException {
        List<Entry> entries = new ArrayList<>();
        try (InputStream in = BadInputCatalogueTest.class.getResourceAsStream("/bad-input/catalogue.tsv")) {
            int number = 0;
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                number++;
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] c = line.split("\t", -1);
                if (c.length != 7) {
                    throw new IllegalStateException(FILE + " line " + number + ": want 7 tab-separated cells, got " + c.length);
                }
                entries.add(new Entry(number, c[0], c[1], c[2], c[3], c[4], c[5], c[6]));
            }
        }
        return entries;
    }

    @Test
    void every_write_endpoint_has_at_least_one_hostile_input() throws IOException {
        Set<String> covered = new TreeSet<>();
        entries().forEach(e -> covered.add(e.method() + " " + e.route()));
        List<String> missing = Route.allMappedBy(mappings).stream()
                .filter(r -> Set.of("POST", "PUT", "PATCH", "DELETE").contains(r.method()))
                .map(r -> r.method() + " " + r.path()).filter(r -> !covered.contains(r)).toList();
        assertThat(missing).as("write endpoints without a hostile input in " + FILE + "; add a line for each, e.g.\n"
                + String.join("\n", missing.stream().map(m -> m.replace(' ', '\t') + "\tfixtures\t<username>\t"
                + (m.contains("/api/") ? "json\t{\"unknownField\":1}\t400" : "form\t\tform")).toList())).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("entries")
    void a_hostile_input_is_refused_with_a_4xx_and_changes_no_row(Entry entry) throws Exception {
        MockHttpServletRequestBuilder request = MockMvcRequestBuilders.request(HttpMethod.valueOf(entry.method()), URI.create(path(entry)));
        if (entry.api()) {
            request.header("Authorization", bearers.computeIfAbsent(entry.caller(), tokens::bearer));
        } else {
            request.cookie(session(entry.caller())).with(csrf());
        }
        String body = body(entry);
        switch (entry.type()) {
            case "none" -> { }
            case "form" -> request.contentType(MediaType.APPLICATION_FORM_URLENCODED).content(body);
            default -> request.contentType(MediaType.parseMediaType(switch (entry.type()) {
                case "json" -> "application/json";
                case "text" -> "text/plain";
                case "csv" -> "text/csv";
                case "yaml" -> "application/yaml";
                case "xml" -> "application/xml";
                default -> entry.type();
            })).content(body.getBytes(StandardCharsets.UTF_8));
        }
        Map<String, Long> before = rowCounts();
        var result = mvc.perform(request).andReturn();
        MockHttpServletResponse response = result.getResponse();
        boolean backWithProblem = status(response) / 100 == 3 && result.getFlashMap().get("problem") != null;
        Map<String, Long> after = rowCounts();

        int status = response.getStatus();
        switch (entry.expected()) {
            case "form" -> assertThat(status == 200 && response.getContentAsString().contains("govuk-error-summary")
                    || status >= 400 && status < 500 || backWithProblem).as("refused (4xx, or the form shown again with its errors); got HTTP " + status).isTrue();
            case "4xx" -> assertThat(status).as("status").isBetween(400, 499);
            case "no-input" -> {
                // The route takes no input to be hostile with (run a verification, start enrolling): it must just not fail.
                assertThat(status).as("status").isLessThan(500);
                return;
            }
            default -> assertThat(status).as("status").isEqualTo(Integer.parseInt(entry.expected()));
        }
        assertThat(status).as("never refused as a caller who may not use the route: pick a caller who may").isNotIn(401, 403);
        if (entry.api() && !sentAsContainerError(response) && !ROW_REPORTS.contains(entry.route())) {
            assertThat(response.getContentType()).as("content type").startsWith("application/problem+json");
        }
        Map<String, String> changed = new TreeMap<>();
        before.forEach((table, count) -> {
            if (!count.equals(after.get(table))) {
                changed.put(table, count + " -> " + after.get(table));
            }
        });
        assertThat(changed).as("tables whose row count changed").isEmpty();
    }

    /**
     * Refused before any handler was chosen (a content type the route does not consume, a URL the firewall rejects): the
     * servlet container forwards such errors to {@code ErrorPages}, which writes the problem+json; MockMvc does not forward.
     */
    private static int status(MockHttpServletResponse response) {
        return response.getStatus();
    }

    private static boolean sentAsContainerError(MockHttpServletResponse response) throws Exception {
        return response.isCommitted() && response.getContentType() == null && response.getContentAsString().isEmpty();
    }

    private Map<String, Long> rowCounts() {
        Map<String, Long> counts = new TreeMap<>();
        for (String table : jdbc.sql("""
                SELECT LOWER(table_name) FROM information_schema.tables
                WHERE LOWER(table_schema) = 'public' AND table_type IN ('BASE TABLE', 'TABLE')""").query(String.class).list()) {
            if (!MOVING_ON_THEIR_OWN.contains(table)) {
                counts.put(table, jdbc.sql("SELECT COUNT(*) FROM " + table + switch (table) {
                    // Showing a form again shows the record again, and each showing is audited as a consultation.
                    // A wrong second-factor code is a security event, recorded on purpose.
                    case "audit_entry" -> " WHERE action NOT IN ('CONSULTATION', 'SECURITY_EVENT')";
                    case "audit_entry_person" -> " WHERE seq IN (SELECT seq FROM audit_entry WHERE action NOT IN ('CONSULTATION', 'SECURITY_EVENT'))";
                    default -> "";
                }).query(Long.class).single());
            }
        }
        return counts;
    }

    private Cookie session(String username) throws Exception {
        Cookie session = sessions.get(username);
        if (session == null) {
            session = mvc.perform(formLogin("/sign-in").user(username).password(TestData.PASSWORD)).andReturn().getResponse()
                    .getCookie("SAFESHARE_SESSION");
            sessions.put(username, session);
        }
        return session;
    }

    private String path(Entry entry) throws Exception {
        if (!entry.ids().equals("fixtures")) {
            return VARIABLE.matcher(entry.route()).replaceAll(Matcher.quoteReplacement(entry.ids()));
        }
        return new MatrixProbe(mvc, List.of(), MatrixFixtures.create(mvc, tokens)).path(new Route(entry.method(), entry.route()));
    }

    private static String body(Entry entry) {
        String body = entry.body();
        Matcher repeat = REPEAT.matcher(body);
        StringBuilder expanded = new StringBuilder();
        while (repeat.find()) {
            repeat.appendReplacement(expanded, Matcher.quoteReplacement(repeat.group(1).repeat(Integer.parseInt(repeat.group(2)))));
        }
        repeat.appendTail(expanded);
        body = expanded.toString();
        return Set.of("csv", "yaml", "text").contains(entry.type()) ? body.replace("\\n", "\n").replace("\\r", "\r") : body;
    }
}
