package uk.safeshare.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import uk.safeshare.reliability.AuthorisationTable.Expected;
import uk.safeshare.reliability.AuthorisationTable.Route;
import org.springframework.transaction.support.TransactionTemplate;
import uk.safeshare.identity.Administration;
import uk.safeshare.identity.Identity;
import uk.safeshare.support.SafeShareTest;
import uk.safeshare.support.Tokens;

/**
 * Every route the application maps (pages and API), asked by every kind of caller: each role, in the
 * team and organisation that own the record and outside them, and no one signed in. What each should
 * get comes from one declared table, {@code src/test/resources/authorisation/routes.csv} (the README's
 * role table as data), so a new endpoint cannot ship without someone saying who may use it.
 */
@SafeShareTest
class AuthorisationMatrixTest {

    private static final java.util.Set<Integer> REFUSED_INPUT = java.util.Set.of(400, 415, 422);

    @Autowired MockMvc mvc;
    @Autowired @Qualifier("requestMappingHandlerMapping") RequestMappingHandlerMapping mappings;
    @Autowired Administration administration;
    @Autowired Identity identity;
    @Autowired TransactionTemplate tx;
    @Autowired Tokens tokens;

    private MatrixProbe probe() throws Exception {
        return new MatrixProbe(mvc, callers().all(), MatrixFixtures.create(mvc, tokens));
    }

    private MatrixCallers callers() throws Exception {
        return MatrixCallers.create(mvc, administration, identity, tx, tokens);
    }

    @Test
    void every_mapped_route_is_declared_in_the_table_and_every_declared_route_is_mapped() throws Exception {
        AuthorisationTable table = AuthorisationTable.load();
        List<Route> mapped = Route.allMappedBy(mappings);
        var missing = mapped.stream().filter(r -> !table.declares(r)).toList();
        var stale = table.routes().stream().filter(r -> !mapped.contains(r)).toList();
        StringBuilder message = new StringBuilder();
        if (!missing.isEmpty()) {
            var probe = probe();
            message.append("Routes mapped by the application but missing from ").append(AuthorisationTable.FILE)
                    .append(".\nAdd these lines (roles as observed now: check them against the README's role table, and set the")
                    .append(" scope to 'team' or 'partner-org' where the record belongs to a team or an organisation):\n");
            for (Route route : missing) {
                message.append(route.method()).append(',').append(route.path()).append(',')
                        .append(probe.observedRoles(route)).append(",-\n");
            }
        }
        if (!stale.isEmpty()) {
            message.append("Lines in ").append(AuthorisationTable.FILE).append(" for routes the application no longer maps; remove:\n");
            stale.forEach(r -> message.append(r.method()).append(',').append(r.path()).append('\n'));
        }
        assertThat(message.toString()).as("the authorisation table").isEmpty();
    }

    @Test
    void every_route_answers_every_caller_as_the_table_declares() throws Exception {
        AuthorisationTable table = AuthorisationTable.load();
        List<Route> mapped = Route.allMappedBy(mappings).stream().filter(table::declares).toList();
        var probe = probe();
        List<String> wrong = new ArrayList<>();
        Map<Integer, Integer> serverErrors = new LinkedHashMap<>();
        int checked = 0;
        int inputFirst = 0;
        List<String> faults = new ArrayList<>();
        for (Route route : mapped) {
            var row = table.row(route);
            for (MatrixCallers.Caller caller : callers().all()) {
                Expected expected = row.expectedFor(caller);
                var answer = probe.ask(route, caller);
                checked++;
                if (answer.status() >= 500) {
                    serverErrors.merge(answer.status(), 1, Integer::sum);
                    faults.add("%s %s as %s: HTTP %d".formatted(route.method(), route.path(), caller.name(), answer.status()));
                }
                if (expected == Expected.DENIED && !route.method().equals("GET") && (REFUSED_INPUT.contains(answer.status()) || answer.formReshown())) {
                    // An empty body or form is refused before the handler looks at who asks: nothing happened, but
                    // the check itself was not reached. Counted apart, so the figure says how often.
                    inputFirst++;
                    continue;
                }
                boolean publicNotFound = row.isPublic() && answer.outcome() == Expected.HIDDEN; // e.g. /error asked for directly
                if (!publicNotFound && !expected.accepts(answer.outcome(), row.scope(), probe.usesOnlyFixtures(route))) {
                    wrong.add("%s %s as %s: expected %s, got %s (HTTP %d)".formatted(route.method(), route.path(), caller.name(),
                            expected, answer.outcome(), answer.status()));
                }
            }
        }
        String figure = ("%d routes x %d callers = %d checks; %d as declared (%.1f%%), of which %d refusals of an empty body or form"
                + " before the handler's own check; %d server errors %s%n").formatted(mapped.size(), callers().all().size(), checked,
                checked - wrong.size(), 100.0 * (checked - wrong.size()) / Math.max(1, checked), inputFirst,
                serverErrors.values().stream().mapToInt(Integer::intValue).sum(), serverErrors);
        Files.createDirectories(Path.of("target"));
        Files.writeString(Path.of("target/authorisation-matrix.txt"), figure + String.join("\n", new TreeSet<>(wrong))
                + "\n\nServer errors (an empty body or form should be a 4xx):\n" + String.join("\n", faults) + "\n");
        assertThat(wrong).as(figure).isEmpty();
        assertThat(faults).as("requests that got a server error instead of a 4xx").isEmpty();
    }
}
