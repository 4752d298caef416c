package uk.safeshare.reliability;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import uk.safeshare.identity.Role;

/** The declared table of who may use each route: {@value #FILE}. */
final class AuthorisationTable {

    static final String FILE = "src/test/resources/authorisation/routes.csv";

    enum Scope { NONE, TEAM, TEAM_OR_DPO, PARTNER_ORG, ATTENDEE, ATTENDEE_ONLY }

    /** What a caller gets: let through (whatever the handler then says), refused (403), hidden (404), or sent to sign in. */
    enum Expected {
        ALLOWED, DENIED, HIDDEN, UNAUTHENTICATED;

        /** A route whose ids are not the fixtures' may answer "not found" to someone it lets through: that is past the check. */
        boolean accepts(Expected actual, Scope scope, boolean onlyFixtureIds) {
            return actual == this || (this == ALLOWED && actual == HIDDEN && !onlyFixtureIds)
                    // refusing as "not found" a record that exists tells the caller no more than a 403 would
                    || (this == DENIED && actual == HIDDEN && onlyFixtureIds);
        }
    }

    record Route(String method, String path) implements Comparable<Route> {

        static List<Route> allMappedBy(RequestMappingHandlerMapping mappings) {
            var routes = new TreeSet<Route>();
            for (RequestMappingInfo info : mappings.getHandlerMethods().keySet()) {
                Set<String> patterns = info.getPathPatternsCondition() != null ? info.getPathPatternsCondition().getPatternValues()
                        : info.getPatternValues();
                var methods = info.getMethodsCondition().getMethods().stream().map(Enum::name).toList();
                for (String pattern : patterns) {
                    if (methods.isEmpty()) {
                        routes.add(new Route("ANY", pattern));
                    }
                    methods.forEach(m -> routes.add(new Route(m, pattern)));
                }
            }
            return List.copyOf(routes);
        }

        @Override
        public int compareTo(Route other) {
            int byPath = path.compareTo(other.path);
            return byPath != 0 ? byPath : method.compareTo(other.method);
        }
    }

    record Row(Route route, Set<Role> roles, boolean isPublic, Scope scope) {

        Expected expectedFor(MatrixCallers.Caller caller) {
            if (isPublic) {
                return Expected.ALLOWED;
            }
            if (caller.role() == null) {
                return Expected.UNAUTHENTICATED;
            }
            if (!roles.contains(caller.role())) {
                return Expected.DENIED;
            }
            if ((scope == Scope.TEAM || scope == Scope.TEAM_OR_DPO && caller.role() != Role.DPO) && !caller.ownTeam()) {
                return Expected.DENIED;
            }
            if (scope == Scope.PARTNER_ORG && caller.role() == Role.PARTNER && !caller.ownOrg()) {
                return Expected.HIDDEN;
            }
            if (scope == Scope.ATTENDEE && caller.role() != Role.MARAC_COORDINATOR) {
                return Expected.HIDDEN; // no caller attends the fixtures' meeting
            }
            if (scope == Scope.ATTENDEE_ONLY) {
                return Expected.DENIED; // not even the coordinator runs a meeting they do not attend (403, or 404)
            }
            return Expected.ALLOWED;
        }
    }

    private final Map<Route, Row> rows;

    private AuthorisationTable(Map<Route, Row> rows) {
        this.rows = rows;
    }

    static AuthorisationTable load() throws IOException {
        Map<String, Set<Role>> groups = new HashMap<>();
        Map<Route, Row> rows = new LinkedHashMap<>();
        try (InputStream in = AuthorisationTable.class.getResourceAsStream("/authorisation/routes.csv")) {
            if (in == null) {
                throw new IllegalStateException(FILE + " is missing");
            }
            int number = 0;
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                number++;
                line = line.strip();
                if (line.isEmpty() || line.startsWith("#")) {
                    continue;
                }
                String[] cells = line.split(",", -1);
                if (cells[0].equals("group")) {
                    groups.put(cells[1], roles(cells[2], groups, number));
                    continue;
                }
                if (cells.length != 4) {
                    throw new IllegalStateException(FILE + " line " + number + ": want method,path,roles,scope but got: " + line);
                }
                Route route = new Route(cells[0], cells[1]);
                boolean isPublic = cells[2].equals("public");
                Scope scope = switch (cells[3]) {
                    case "-" -> Scope.NONE;
                    case "team" -> Scope.TEAM;
                    case "team-or-dpo" -> Scope.TEAM_OR_DPO;
                    case "partner-org" -> Scope.PARTNER_ORG;
                    case "attendee" -> Scope.ATTENDEE;
                    case "attendee-only" -> Scope.ATTENDEE_ONLY;
                    default -> throw new IllegalStateException(FILE + " line " + number
                            + ": scope is '-', 'team', 'team-or-dpo', 'partner-org', 'attendee' or 'attendee-only'");
                };
                if (rows.put(route, new Row(route, isPublic ? Set.of() : roles(cells[2], groups, number), isPublic, scope)) != null) {
                    throw new IllegalStateException(FILE + " line " + number + ": " + route + " is declared twice");
                }
            }
        }
        return new AuthorisationTable(rows);
    }

    private static Set<Role> roles(String cell, Map<String, Set<Role>> groups, int line) {
        Set<Role> roles = EnumSet.noneOf(Role.class);
        for (String name : cell.trim().split("\\s+")) {
            if (name.equals("signed-in")) {
                roles.addAll(EnumSet.allOf(Role.class));
            } else if (groups.containsKey(name)) {
                roles.addAll(groups.get(name));
            } else {
                try {
                    roles.add(Role.valueOf(name.toUpperCase().replace('-', '_')));
                } catch (IllegalArgumentException e) {
                    throw new IllegalStateException(FILE + " line " + line + ": '" + name + "' is neither a role, a group, 'signed-in' nor 'public' ("
                            + Arrays.stream(Role.values()).map(MatrixCallers::roleName).toList() + ")");
                }
            }
        }
        return roles;
    }

    boolean declares(Route route) {
        return rows.containsKey(route);
    }

    Row row(Route route) {
        return rows.get(route);
    }

    List<Route> routes() {
        return new ArrayList<>(rows.keySet());
    }
}
