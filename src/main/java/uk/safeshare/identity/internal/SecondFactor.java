package uk.safeshare.identity.internal;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import uk.safeshare.identity.Role;
import uk.safeshare.identity.SafeShareUser;
import uk.safeshare.shared.InvalidRequestException;
import uk.safeshare.shared.crypto.FieldCipher;

/**
 * The TOTP second factor (RFC 6238) for local accounts, with ten one-time recovery codes. Optional
 * for everyone; required for administrators, DPOs and auditors when
 * {@code safeshare.security.second-factor-required} is on (the production profile).
 */
@Service
class SecondFactor {

    static final Set<Role> REQUIRED_FOR = Set.of(Role.ADMIN, Role.DPO, Role.AUDITOR);

    private final JdbcClient jdbc;
    private final FieldCipher cipher;
    private final Clock clock;
    private final SecurityEvents events;
    private final boolean required;
    private final SecureRandom random = new SecureRandom();

    SecondFactor(JdbcClient jdbc, FieldCipher cipher, Clock clock, SecurityEvents events,
                 @Value("${safeshare.security.second-factor-required:false}") boolean required) {
        this.jdbc = jdbc;
        this.cipher = cipher;
        this.clock = clock;
        this.events = events;
        this.required = required;
    }

    record Enrolment(String secret, String uri) {
    }

    boolean enabled(String username) {
        return jdbc.sql("SELECT totp_enabled FROM user_account WHERE username = ?").param(username).query(Boolean.class)
                .optional().orElse(false);
    }

    /** Required by role under the production profile, or for anyone whose second factor an administrator reset. */
    boolean requiredFor(SafeShareUser user) {
        return (required && user.roles().stream().anyMatch(REQUIRED_FOR::contains))
                || jdbc.sql("SELECT totp_enrol_required FROM user_account WHERE id = ?").param(user.id().value())
                .query(Boolean.class).optional().orElse(false);
    }

    /** An administrator's reset: the key and recovery codes go, and a new one must be set up at the next sign-in. */
    @Transactional
    void reset(UUID userId) {
        jdbc.sql("UPDATE user_account SET totp_secret = NULL, totp_enabled = FALSE, totp_last_step = NULL, "
                + "totp_enrol_required = TRUE WHERE id = ?").param(userId).update();
        jdbc.sql("DELETE FROM recovery_code WHERE user_id = ?").param(userId).update();
    }

    /** A new secret, not yet in force: it takes effect only when a code from it is confirmed. */
    @Transactional
    Enrolment start(SafeShareUser user) {
        byte[] key = new byte[20];
        random.nextBytes(key);
        String secret = Totp.base32(key);
        jdbc.sql("UPDATE user_account SET totp_secret = ?, totp_enabled = FALSE, totp_last_step = NULL WHERE id = ?")
                .params(cipher.encrypt(secret), user.id().value()).update();
        return new Enrolment(secret, "otpauth://totp/SafeShare:" + user.username() + "?secret=" + secret + "&issuer=SafeShare");
    }

    /** Confirms enrolment with a code from the authenticator; returns the recovery codes, shown once. */
    @Transactional
    List<String> confirm(SafeShareUser user, String code) {
        if (!verifyTotp(user.username(), code)) {
            throw new InvalidRequestException("code", "Enter the 6-digit code your authenticator app shows now");
        }
        jdbc.sql("UPDATE user_account SET totp_enabled = TRUE, totp_enrol_required = FALSE WHERE id = ?").param(user.id().value()).update();
        jdbc.sql("DELETE FROM recovery_code WHERE user_id = ?").param(user.id().value()).update();
        List<String> codes = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            byte[] raw = new byte[5];
            random.nextBytes(raw);
            String recovery = HexFormat.of().formatHex(raw);
            codes.add(recovery);
            jdbc.sql("INSERT INTO recovery_code (id, user_id, code_hash) VALUES (?, ?, ?)")
                    .params(UUID.randomUUID(), user.id().value(), ApiTokens.hash(recovery)).update();
        }
        events.record(SecurityEvents.Kind.SECOND_FACTOR_ENROLLED, user.username(), "TOTP second factor enrolled, 10 recovery codes issued");
        return codes;
    }

    /** A code from the authenticator (never the same step twice) or an unused recovery code (used up). */
    @Transactional
    boolean verify(String username, String code) {
        String c = code == null ? "" : code.replace(" ", "").trim();
        if (verifyTotp(username, c)) {
            return true;
        }
        int used = jdbc.sql("""
                UPDATE recovery_code SET used_at = ? WHERE used_at IS NULL AND code_hash = ?
                  AND user_id = (SELECT id FROM user_account WHERE username = ?)""")
                .params(clock.instant().atOffset(ZoneOffset.UTC), ApiTokens.hash(c.toLowerCase()), username).update();
        if (used == 0) {
            events.recordAlone(SecurityEvents.Kind.SECOND_FACTOR_FAILED, username, "a wrong second-factor code");
        }
        return used > 0;
    }

    private boolean verifyTotp(String username, String code) {
        var row = jdbc.sql("SELECT totp_secret, totp_last_step FROM user_account WHERE username = ? FOR UPDATE").param(username)
                .query((rs, n) -> new Object[]{rs.getString(1), rs.getObject(2) == null ? null : rs.getLong(2)}).optional();
        if (row.isEmpty() || row.get()[0] == null) {
            return false;
        }
        byte[] key = Totp.unbase32(cipher.decrypt((String) row.get()[0]));
        var step = Totp.verify(key, code, clock.instant(), (Long) row.get()[1]);
        if (step.isEmpty()) {
            return false;
        }
        jdbc.sql("UPDATE user_account SET totp_last_step = ? WHERE username = ?").params(step.getAsLong(), username).update();
        return true;
    }
}
