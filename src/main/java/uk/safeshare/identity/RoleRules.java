package uk.safeshare.identity;

import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;

/**
 * Separation of duties. An administrator keeps accounts and must never also see people or the audit
 * trail of their own actions; and the roles that reach people's data or the audit log are granted
 * only when a second administrator approves.
 */
public final class RoleRules {

    /** Granting any of these needs a second administrator's approval; removing one takes effect at once. */
    public static final Set<Role> NEED_APPROVAL = EnumSet.of(Role.OFFICER, Role.CASEWORKER, Role.SUPERVISOR, Role.DPO,
            Role.AUDITOR, Role.ADMIN);

    private RoleRules() {
    }

    public static boolean needsApproval(Role role) {
        return NEED_APPROVAL.contains(role);
    }

    /** Why these roles cannot be held together, if they cannot. */
    public static Optional<String> conflict(Set<Role> roles) {
        if (roles.contains(Role.ADMIN) && roles.stream().anyMatch(r -> r.worksCases() || r == Role.AUDITOR)) {
            return Optional.of("An administrator cannot also hold a case role, the data protection officer role or the auditor role");
        }
        return Optional.empty();
    }
}
