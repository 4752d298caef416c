package uk.safeshare.reliability;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;

import jakarta.servlet.http.Cookie;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.support.TransactionTemplate;
import uk.safeshare.identity.Administration;
import uk.safeshare.identity.Identity;
import uk.safeshare.identity.Role;
import uk.safeshare.identity.UserCommands.CreateUser;
import uk.safeshare.support.TestData;
import uk.safeshare.support.Tokens;

/**
 * One caller per role and place: the case roles in the team that owns the fixtures' case (North) and in
 * another team (South); partners in the organisation the fixtures' referral went to (Harbour) and in
 * another (Advice); every other role once; and someone not signed in. Fresh accounts, signed in to the
 * pages (a session) and holding an API token.
 */
final class MatrixCallers {

    record Caller(String name, Role role, boolean ownTeam, boolean ownOrg, String bearer, Cookie session) {
    }

    private static List<Caller> cached;

    private final List<Caller> all;

    private MatrixCallers(List<Caller> all) {
        this.all = all;
    }

    static synchronized MatrixCallers create(MockMvc mvc, Administration administration, Identity identity, TransactionTemplate tx,
                                             Tokens tokens) throws Exception {
        if (cached == null) {
            var callers = new ArrayList<Caller>();
            var force = org(identity, "Northmoor Constabulary");
            for (Role role : Role.values()) {
                switch (role) {
                    case OFFICER, CASEWORKER, SUPERVISOR -> {
                        callers.add(caller(mvc, administration, tx, tokens, role, force, team(identity, "Safeguarding Team North"), true, true));
                        callers.add(caller(mvc, administration, tx, tokens, role, force, team(identity, "Safeguarding Team South"), false, true));
                    }
                    case PARTNER -> {
                        callers.add(caller(mvc, administration, tx, tokens, role, org(identity, "Harbour Migrant Women's Project"), null, false, true));
                        callers.add(caller(mvc, administration, tx, tokens, role, org(identity, "Northmoor Immigration Advice Centre"), null, false, false));
                    }
                    default -> callers.add(caller(mvc, administration, tx, tokens, role, force, null, false, true));
                }
            }
            callers.add(new Caller("no one signed in", null, false, false, null, null));
            cached = List.copyOf(callers);
        }
        return new MatrixCallers(cached);
    }

    List<Caller> all() {
        return all;
    }

    static String roleName(Role role) {
        return role.name().toLowerCase().replace('_', '-');
    }

    private static Caller caller(MockMvc mvc, Administration administration, TransactionTemplate tx, Tokens tokens, Role role,
                                 UUID org, UUID team, boolean ownTeam, boolean ownOrg) throws Exception {
        String username = "matrix." + roleName(role) + "." + UUID.randomUUID().toString().substring(0, 8);
        tx.execute(s -> administration.createUser(new CreateUser(username, "Matrix " + role.label(), null, org, team, Set.of(role),
                false, TestData.PASSWORD), "system"));
        Cookie session = mvc.perform(formLogin("/sign-in").user(username).password(TestData.PASSWORD))
                .andReturn().getResponse().getCookie("SAFESHARE_SESSION");
        String place = team != null ? (ownTeam ? "own team" : "other team") : (ownOrg ? "own organisation" : "other organisation");
        return new Caller(roleName(role) + " (" + place + ")", role, ownTeam, ownOrg, tokens.bearer(username), session);
    }

    private static UUID org(Identity identity, String name) {
        return identity.organisations().stream().filter(o -> o.name().equals(name)).findFirst().orElseThrow().id().value();
    }

    private static UUID team(Identity identity, String name) {
        return identity.teams().stream().filter(t -> t.name().equals(name)).findFirst().orElseThrow().id().value();
    }
}
