package uk.safeshare.reliability;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

import java.net.URI;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import uk.safeshare.identity.Role;
import uk.safeshare.reliability.AuthorisationTable.Expected;
import uk.safeshare.reliability.AuthorisationTable.Route;

/**
 * Asks one route as one caller: the API with the caller's token and an empty JSON object as any body,
 * the pages with the caller's session, a CSRF token and no form fields. Nothing a caller is refused
 * may reach the handler; what an allowed caller's empty request then does is the handler's business.
 */
final class MatrixProbe {

    /** No record has this id, so a route not about a fixture answers "not found" to those it lets through. */
    static final String NO_SUCH_ID = "7a0c0000-0000-4000-8000-00000000dead";
    /** Variables that are not ids take a value the handler accepts, so the check behind them is reached. */
    private static final Map<String, String> VALUES = Map.of("obligation", "TELL_PERSON_WHAT_AND_WHY");
    private static final Pattern VARIABLE = Pattern.compile("\\{([^}/]+)}");

    record Answer(int status, Expected outcome, boolean formReshown) {
    }

    private final MockMvc mvc;
    private final List<MatrixCallers.Caller> callers;
    private final Map<String, String> fixtures;

    MatrixProbe(MockMvc mvc, List<MatrixCallers.Caller> callers, Map<String, String> fixtures) {
        this.mvc = mvc;
        this.callers = callers;
        this.fixtures = fixtures;
    }

    Answer ask(Route route, MatrixCallers.Caller caller) throws Exception {
        String method = route.method().equals("ANY") ? "GET" : route.method();
        MockHttpServletRequestBuilder request = MockMvcRequestBuilders.request(HttpMethod.valueOf(method), URI.create(path(route)));
        boolean api = route.path().startsWith("/api/");
        boolean body = method.equals("POST") || method.equals("PUT") || method.equals("PATCH");
        if (api) {
            if (caller.bearer() != null) {
                request.header("Authorization", caller.bearer());
            }
            if (body) {
                request.contentType(MediaType.APPLICATION_JSON).content("{}");
            }
        } else {
            if (caller.session() != null) {
                request.cookie(caller.session());
            }
            if (!method.equals("GET")) {
                request.with(csrf());
            }
        }
        MockHttpServletResponse response;
        try {
            response = mvc.perform(request).andReturn().getResponse();
        } catch (Exception thrown) {
            // What a servlet container would turn into a 500: past the check, and a fault of its own.
            return new Answer(500, Expected.ALLOWED, false);
        }
        boolean reshown = !api && response.getStatus() == 200 && response.getContentAsString().contains("govuk-error-summary");
        return new Answer(response.getStatus(), outcome(response), reshown);
    }

    private static Expected outcome(MockHttpServletResponse response) {
        int status = response.getStatus();
        String location = response.getRedirectedUrl();
        if (status == 401 || (status / 100 == 3 && location != null && location.contains("/sign-in"))) {
            return Expected.UNAUTHENTICATED;
        }
        if (status / 100 == 3 && location != null && location.endsWith("/break-glass")) {
            return Expected.DENIED; // need-to-know: the page asks for a break-glass reason and shows nothing
        }
        return switch (status) {
            case 403 -> Expected.DENIED;
            case 404 -> Expected.HIDDEN;
            default -> Expected.ALLOWED;
        };
    }

    /** The route's path with each variable replaced by the fixture named by the word before it, or by an id nothing has. */
    String path(Route route) {
        String[] segments = route.path().split("/");
        for (int i = 0; i < segments.length; i++) {
            Matcher variable = VARIABLE.matcher(segments[i]);
            if (variable.find()) {
                String value = VALUES.getOrDefault(variable.group(1), fixture(segments, i).orElse(NO_SUCH_ID));
                segments[i] = variable.replaceAll(value);
            }
        }
        return String.join("/", segments);
    }

    /** The fixture for the variable at {@code i}: named by the two words before it ("marac/meetings"), else by the one. */
    private Optional<String> fixture(String[] segments, int i) {
        String two = i >= 2 ? segments[i - 2] + "/" + segments[i - 1] : null;
        if (two != null && fixtures.containsKey(two)) {
            return Optional.of(fixtures.get(two));
        }
        return Optional.ofNullable(fixtures.get(segments[i - 1]));
    }

    boolean usesOnlyFixtures(Route route) {
        String[] segments = route.path().split("/");
        for (int i = 1; i < segments.length; i++) {
            if (VARIABLE.matcher(segments[i]).find() && fixture(segments, i).isEmpty()) {
                return false;
            }
        }
        return true;
    }

    /** The roles let through now, as a table line would declare them: for the message that asks for a missing line. */
    String observedRoles(Route route) throws Exception {
        Set<Role> allowed = EnumSet.noneOf(Role.class);
        boolean anonymous = false;
        for (MatrixCallers.Caller caller : callers) {
            Expected outcome = ask(route, caller).outcome();
            if (outcome == Expected.ALLOWED || outcome == Expected.HIDDEN) {
                if (caller.role() == null) {
                    anonymous = true;
                } else {
                    allowed.add(caller.role());
                }
            }
        }
        if (anonymous) {
            return "public";
        }
        if (allowed.size() == Role.values().length) {
            return "signed-in";
        }
        return allowed.isEmpty() ? "nobody?" : allowed.stream().map(MatrixCallers::roleName).collect(Collectors.joining(" "));
    }
}
