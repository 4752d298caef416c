package uk.safeshare.identity.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Locale;
import java.util.Optional;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Slows password guessing with growing delays, never a lock-out that anyone could use against a
 * named person. Failures are counted per account (the name typed, so unknown names are treated like
 * real ones) and per client address (one password tried across many accounts); past a number of
 * free failures each further one doubles the wait before that account or address may try again, up
 * to a ceiling. The counts live in the database, so every instance agrees. The client address is
 * the connection's, or a forwarded one only when the connection comes from a trusted proxy
 * (server.tomcat.remoteip, README).
 */
@Component
class SignInThrottle {

    /** A failure that started or lengthened a delay, for the security log. */
    record Delayed(String key, int failures, Duration delay) {
    }

    private final JdbcClient jdbc;
    private final Clock clock;
    private final int accountFreeFailures;
    private final int addressFreeFailures;
    private final Duration window;
    private final Duration base;
    private final Duration accountCeiling;
    private final Duration addressCeiling;

    SignInThrottle(JdbcClient jdbc, Clock clock,
                   @Value("${safeshare.security.max-failed-sign-ins:5}") int accountFreeFailures,
                   @Value("${safeshare.security.max-failed-sign-ins-per-address:20}") int addressFreeFailures,
                   @Value("${safeshare.security.sign-in-window:PT15M}") Duration window,
                   @Value("${safeshare.security.sign-in-delay:PT1S}") Duration base,
                   @Value("${safeshare.security.sign-in-max-delay:PT1M}") Duration accountCeiling,
                   @Value("${safeshare.security.sign-in-max-delay-per-address:PT5M}") Duration addressCeiling) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.accountFreeFailures = accountFreeFailures;
        this.addressFreeFailures = addressFreeFailures;
        this.window = window;
        this.base = base;
        this.accountCeiling = accountCeiling;
        this.addressCeiling = addressCeiling;
    }

    /** How long this account or this address must still wait, if at all. */
    @Transactional(propagation = Propagation.REQUIRES_NEW, readOnly = true)
    public Optional<Duration> waitFor(String username, String address) {
        Instant now = clock.instant();
        Duration longest = Duration.ZERO;
        for (String key : keys(username, address)) {
            Optional<Instant> until = jdbc.sql("SELECT locked_until FROM sign_in_throttle WHERE username_key = ?").param(key)
                    .query((rs, n) -> Optional.ofNullable(rs.getObject(1, OffsetDateTime.class)).map(OffsetDateTime::toInstant))
                    .optional().flatMap(o -> o);
            if (until.isPresent() && until.get().isAfter(now)) {
                Duration left = Duration.between(now, until.get());
                longest = left.compareTo(longest) > 0 ? left : longest;
            }
        }
        return longest.isZero() ? Optional.empty() : Optional.of(longest);
    }

    /** Counts a failure against the account and the address; returns the delays this failure set. */
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public java.util.List<Delayed> failed(String username, String address) {
        java.util.List<Delayed> delayed = new java.util.ArrayList<>();
        count(accountKey(username), accountFreeFailures, accountCeiling).ifPresent(delayed::add);
        if (address != null) {
            count(addressKey(address), addressFreeFailures, addressCeiling).ifPresent(delayed::add);
        }
        return delayed;
    }

    /** A successful sign-in clears the account's count, never the address's (an attacker could sign in to their own account to clear it). */
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void succeeded(String username) {
        jdbc.sql("DELETE FROM sign_in_throttle WHERE username_key = ?").param(accountKey(username)).update();
    }

    private Optional<Delayed> count(String key, int free, Duration ceiling) {
        Instant now = clock.instant();
        var row = jdbc.sql("SELECT failures, first_failure_at FROM sign_in_throttle WHERE username_key = ? FOR UPDATE")
                .param(key).query((rs, n) -> new Object[]{rs.getInt(1), rs.getObject(2, OffsetDateTime.class).toInstant()})
                .optional();
        if (row.isEmpty()) {
            try {
                jdbc.sql("INSERT INTO sign_in_throttle (username_key, failures, first_failure_at) VALUES (?, 0, ?)")
                        .params(key, ts(now)).update();
            } catch (org.springframework.dao.DuplicateKeyException raced) {
                // Another instance counted the first failure at the same moment; count on its row.
            }
            return count(key, free, ceiling);
        }
        int failures = (int) row.get()[0];
        Instant first = (Instant) row.get()[1];
        if (first.plus(window).isBefore(now)) {
            failures = 0;
            first = now;
        }
        failures++;
        Duration delay = delay(failures, free, ceiling);
        jdbc.sql("UPDATE sign_in_throttle SET failures = ?, first_failure_at = ?, locked_until = ? WHERE username_key = ?")
                .params(failures, ts(first), delay.isZero() ? null : ts(now.plus(delay)), key).update();
        return delay.isZero() ? Optional.empty() : Optional.of(new Delayed(key, failures, delay));
    }

    /** Nothing for the first free failures, then the base delay doubling with each further one, up to the ceiling. */
    Duration delay(int failures, int free, Duration ceiling) {
        if (failures < free) {
            return Duration.ZERO;
        }
        int doublings = Math.min(failures - free, 30);
        Duration d = base.multipliedBy(1L << doublings);
        return d.compareTo(ceiling) > 0 ? ceiling : d;
    }

    private static java.util.List<String> keys(String username, String address) {
        return address == null ? java.util.List.of(accountKey(username)) : java.util.List.of(accountKey(username), addressKey(address));
    }

    static String accountKey(String username) {
        String k = username == null ? "" : username.trim().toLowerCase(Locale.ROOT);
        return "account:" + (k.length() > 100 ? k.substring(0, 100) : k);
    }

    static String addressKey(String address) {
        return "address:" + (address.length() > 64 ? address.substring(0, 64) : address);
    }

    private static OffsetDateTime ts(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }
}
