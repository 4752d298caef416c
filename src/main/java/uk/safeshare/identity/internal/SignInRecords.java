package uk.safeshare.identity.internal;

import java.time.Clock;
import java.time.ZoneOffset;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The failures a person is told about at their next sign-in. Kept with plain SQL, outside the
 * account aggregate, so that counting a failure never races an administrator's change to the account.
 */
@Component
class SignInRecords {

    private final JdbcClient jdbc;
    private final Clock clock;

    SignInRecords(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** @return whether the name is a real account (so the failure can be attributed to it) */
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public boolean failed(String username) {
        return username != null && jdbc.sql("UPDATE user_account SET failed_sign_ins = failed_sign_ins + 1 WHERE username = ?")
                .param(username.trim()).update() > 0;
    }

    /** Records the sign-in and returns how many failures there were since the last one. */
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public int signedIn(String username) {
        Optional<Integer> failures = jdbc.sql("SELECT failed_sign_ins FROM user_account WHERE username = ? FOR UPDATE")
                .param(username).query(Integer.class).optional();
        jdbc.sql("UPDATE user_account SET failed_sign_ins = 0, last_sign_in_at = ? WHERE username = ?")
                .params(clock.instant().atOffset(ZoneOffset.UTC), username).update();
        return failures.orElse(0);
    }
}
