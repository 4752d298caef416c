package uk.safeshare.identity.internal;

import java.util.UUID;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import uk.safeshare.identity.Identity;
import uk.safeshare.identity.SafeShareUser;
import uk.safeshare.shared.InvalidRequestException;
import uk.safeshare.shared.NotFoundException;

/**
 * A person changes their own password: the current one is asked for, the new one meets the policy,
 * and every other session and token of theirs ends (the one making the change carries on).
 */
@Service
class OwnPassword {

    private final UserAccountRepository users;
    private final PasswordEncoder passwords;
    private final PasswordPolicy policy;
    private final ApiTokens tokens;
    private final SessionTerminator sessions;
    private final SecurityEvents securityEvents;
    private final Identity identity;

    OwnPassword(UserAccountRepository users, PasswordEncoder passwords, PasswordPolicy policy, ApiTokens tokens,
                SessionTerminator sessions, SecurityEvents securityEvents, Identity identity) {
        this.users = users;
        this.passwords = passwords;
        this.policy = policy;
        this.tokens = tokens;
        this.sessions = sessions;
        this.securityEvents = securityEvents;
        this.identity = identity;
    }

    record ChangePassword(String currentPassword, String newPassword) {
    }

    /**
     * @param keepSession the session making the change (pages), or null
     * @param keepToken   the token making the change (API), or null
     */
    @Transactional
    void change(ChangePassword command, String keepSession, UUID keepToken) {
        SafeShareUser me = identity.current();
        UserAccount account = users.findById(me.id().value()).orElseThrow(() -> new NotFoundException("No user"));
        if (account.serviceAccount() || account.passwordHash() == null) {
            throw new InvalidRequestException("currentPassword", "This account has no password");
        }
        if (command.currentPassword() == null || !passwords.matches(command.currentPassword(), account.passwordHash())) {
            throw new InvalidRequestException("currentPassword", "Your current password is not right");
        }
        policy.check("newPassword", command.newPassword(), account.username());
        users.save(account.withPasswordHash(passwords.encode(command.newPassword())));
        securityEvents.record(SecurityEvents.Kind.PASSWORD_CHANGED, me.username(), "own password changed");
        tokens.revokeAll(account.id(), keepToken, me.username());
        int ended = sessions.endAll(account.username(), keepSession);
        securityEvents.record(SecurityEvents.Kind.SESSIONS_ENDED, me.username(), ended + " other session(s) ended");
    }
}
