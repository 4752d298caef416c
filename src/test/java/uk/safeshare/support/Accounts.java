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
        var north = identity.teams().stream().filter(t -> t.name().equals("Safeguarding Team North")).findFirst().orElseThrow();
        UUID org = partner ? identity.organisations().stream().filter(o -> o.kind() == OrganisationKind.PARTNER)
                .findFirst().orElseThrow().id().value() : north.organisationId().value();
        UUID team = partner || !role.worksCases() ? null : north.id().value();
        return tx.execute(s -> administration.createUser(new CreateUser(username, "Test " + role.label(), null, org, team,
                Set.of(role), service, service ? null : TestData.PASSWORD), "system"));
    }
}
