package uk.safeshare.identity.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import uk.safeshare.identity.Identity;
import uk.safeshare.identity.Role;
import uk.safeshare.identity.SafeShareUser;
import uk.safeshare.identity.UserCommands.IssueToken;
import uk.safeshare.identity.UserCommands.IssuedToken;
import uk.safeshare.identity.UserCommands.TokenSummary;
import uk.safeshare.shared.InvalidRequestException;
import uk.safeshare.shared.NotFoundException;
import uk.safeshare.shared.audit.AuditAction;
import uk.safeshare.shared.audit.DataProcessed;

/**
 * Bearer tokens for machines and scripts: 256 random bits, shown once, stored as SHA-256, expiring
 * (at most the configured lifetime) and revocable. Users manage their own; admins manage anyone's.
 */
@Service
public class ApiTokens {

    static final String PREFIX = "ss_";

    private final ApiTokenRepository tokens;
    private final UserAccountRepository users;
    private final ApplicationEventPublisher events;
    private final Identity identity;
    private final Clock clock;
    private final Duration maxLifetime;
    private final SecureRandom random = new SecureRandom();

    ApiTokens(ApiTokenRepository tokens, UserAccountRepository users, ApplicationEventPublisher events, Identity identity,
              Clock clock, @Value("${safeshare.security.api-token-max-lifetime:P90D}") Duration maxLifetime) {
        this.tokens = tokens;
        this.users = users;
        this.events = events;
        this.identity = identity;
        this.clock = clock;
        this.maxLifetime = maxLifetime;
    }

    @Transactional
    public IssuedToken issue(UUID userId, IssueToken command) {
        SafeShareUser actor = identity.current();
        requireSelfOrAdmin(actor, userId);
        UserAccount owner = users.findById(userId).orElseThrow(() -> new NotFoundException("No user " + userId));
        if (!owner.enabled()) {
            throw new InvalidRequestException("userId", "Tokens cannot be issued to a disabled account");
        }
        Duration lifetime = Duration.ofDays(command.days());
        if (lifetime.compareTo(maxLifetime) > 0) {
            throw new InvalidRequestException("days", "A token may last at most " + maxLifetime.toDays() + " days");
        }
        byte[] secret = new byte[32];
        random.nextBytes(secret);
        String token = PREFIX + HexFormat.of().formatHex(secret);
        Instant now = clock.instant();
        ApiToken saved = tokens.save(new ApiToken(UUID.randomUUID(), userId, hash(token), command.label(), now,
                now.plus(lifetime), null, null));
        events.publishEvent(DataProcessed.of(AuditAction.ACCOUNT_CHANGE, actor.username(), null,
                "issued API token '" + command.label() + "' to " + owner.username() + " until " + saved.expiresAt()));
        return new IssuedToken(saved.id(), saved.label(), token, saved.expiresAt());
    }

    @Transactional(readOnly = true)
    public List<TokenSummary> list(UUID userId) {
        requireSelfOrAdmin(identity.current(), userId);
        return tokens.findByUserId(userId).stream()
                .map(t -> new TokenSummary(t.id(), t.label(), t.createdAt(), t.expiresAt(), t.revokedAt())).toList();
    }

    @Transactional
    public void revoke(UUID tokenId) {
        SafeShareUser actor = identity.current();
        ApiToken token = tokens.findById(tokenId).orElseThrow(() -> new NotFoundException("No token " + tokenId));
        if (!actor.id().value().equals(token.userId()) && !actor.has(Role.ADMIN)) {
            throw new NotFoundException("No token " + tokenId);
        }
        if (token.revokedAt() == null) {
            tokens.save(token.revoke(clock.instant()));
            events.publishEvent(DataProcessed.of(AuditAction.ACCOUNT_CHANGE, actor.username(), null,
                    "revoked API token '" + token.label() + "'"));
        }
    }

    /** The account a presented token belongs to, if the token is known, unexpired, unrevoked and its user enabled. */
    @Transactional(readOnly = true)
    Optional<UserAccount> authenticate(String presented) {
        if (presented == null || !presented.startsWith(PREFIX) || presented.length() > 100) {
            return Optional.empty();
        }
        Instant now = clock.instant();
        return tokens.findByTokenHash(hash(presented))
                .filter(t -> t.usableAt(now))
                .flatMap(t -> users.findById(t.userId()))
                .filter(UserAccount::enabled);
    }

    private static void requireSelfOrAdmin(SafeShareUser actor, UUID userId) {
        if (!actor.id().value().equals(userId) && !actor.has(Role.ADMIN)) {
            // 404 rather than 403: a user may not learn which other accounts exist.
            throw new NotFoundException("No user " + userId);
        }
    }

    static String hash(String token) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
