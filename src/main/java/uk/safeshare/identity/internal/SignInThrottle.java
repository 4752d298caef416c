package uk.safeshare.identity.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Slows password guessing: after N failures for a username within the lock-out window, that
 * username cannot sign in until the window passes. Kept in the database so every instance agrees,
 * and keyed by the name typed, so unknown usernames are throttled exactly like real ones.
 */
@Component
class SignInThrottle {

    private final JdbcClient jdbc;
    private final Clock clock;
    private final int maxFailures;
    private final Duration lockout;

    SignInThrottle(JdbcClient jdbc, Clock clock, @Value("${safeshare.security.max-failed-sign-ins:5}") int maxFailures,
                   @Value("${safeshare.security.sign-in-lockout:PT15M}") Duration lockout) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.maxFailures = maxFailures;
        this.lockout = lockout;
    }

    @Transactional(propagation = Propagation.REQUIRES_NEW, readOnly = true)
    public boolean isLocked(String username) {
        Instant now = clock.instant();
        return jdbc.sql("SELECT locked_until FROM sign_in_throttle WHERE username_key = ?")
                .param(key(username)).query((rs, n) -> java.util.Optional.ofNullable(rs.getObject(1, java.time.OffsetDateTime.class)))
                .optional().flatMap(o -> o)
                .map(until -> until.toInstant().isAfter(now)).orElse(false);
    }

    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void failed(String username) {
        String key = key(username);
        Instant now = clock.instant();
        var row = jdbc.sql("SELECT failures, first_failure_at FROM sign_in_throttle WHERE username_key = ? FOR UPDATE")
                .param(key).query((rs, n) -> new Object[]{rs.getInt(1), rs.getObject(2, java.time.OffsetDateTime.class).toInstant()})
                .optional();
        if (row.isEmpty()) {
            try {
                jdbc.sql("INSERT INTO sign_in_throttle (username_key, failures, first_failure_at) VALUES (?, 1, ?)")
                        .params(key, ts(now)).update();
            } catch (org.springframework.dao.DuplicateKeyException raced) {
                failed(username);
            }
            return;
        }
        int failures = (int) row.get()[0];
        Instant first = (Instant) row.get()[1];
        if (first.plus(lockout).isBefore(now)) {
            failures = 0;
            first = now;
        }
        failures++;
        Instant lockedUntil = failures >= maxFailures ? now.plus(lockout) : null;
        jdbc.sql("UPDATE sign_in_throttle SET failures = ?, first_failure_at = ?, locked_until = ? WHERE username_key = ?")
                .params(failures, ts(first), lockedUntil == null ? null : ts(lockedUntil), key).update();
    }

    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void succeeded(String username) {
        jdbc.sql("DELETE FROM sign_in_throttle WHERE username_key = ?").param(key(username)).update();
    }

    private static java.time.OffsetDateTime ts(Instant instant) {
        return instant.atOffset(java.time.ZoneOffset.UTC);
    }

    private static String key(String username) {
        String k = username == null ? "" : username.trim().toLowerCase(Locale.ROOT);
        return k.length() > 100 ? k.substring(0, 100) : k;
    }
}
