package uk.safeshare.support;

import java.util.Set;
import java.util.UUID;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import uk.safeshare.identity.Administration;
import uk.safeshare.identity.Identity;
import uk.safeshare.identity.OrganisationKind;
import uk.safeshare.identity.Role;
import uk.safeshare.identity.UserCommands.CreateUser;
import uk.safeshare.identity.UserCommands.UserSummary;

/**
 * Fresh accounts for tests that change accounts, so no test disturbs the demo users others rely on.
 * Created as the system bootstrap does (roles granted at once), each with a unique username.
 */
@Component
public class Accounts {

    private final Administration administration;
    private final Identity identity;
    private final TransactionTemplate tx;

    public Accounts(Administration administration, Identity identity, TransactionTemplate tx) {
        this.administration = administration;
        this.identity = identity;
        this.tx = tx;
    }

    /** A person holding the given role, in the demo force (or a partner organisation for the partner role), in team North. */
    public UserSummary person(Role role) {
        return create(role, false);
    }

    public UserSummary serviceAccount(Role role) {
        return create(role, true);
    }

    public UserSummary create(Role role, boolean service) {
        String username = (service ? "svc." : "") + role.name().toLowerCase().replace('_', '-') + "." + UUID.randomUUID().toString().substring(0, 8);
        boolean partner = role == Role.PARTNER;
        UUID org = identity.organisations().stream()
                .filter(o -> partner ? o.kind() == OrganisationKind.PARTNER : o.kind() == OrganisationKind.FORCE)
                .findFirst().orElseThrow().id().value();
        UUID team = partner || !role.worksCases() ? null : identity.teams().stream()
                .filter(t -> t.name().equals("Safeguarding Team North")).findFirst().orElseThrow().id().value();
        return tx.execute(s -> administration.createUser(new CreateUser(username, "Test " + role.label(), null, org, team,
                Set.of(role), service, service ? null : TestData.PASSWORD), "system"));
    }
}
