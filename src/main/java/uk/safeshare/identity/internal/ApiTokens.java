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
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;
import uk.safeshare.identity.Identity;
import uk.safeshare.identity.Role;
import uk.safeshare.identity.SafeShareUser;
import uk.safeshare.identity.UserCommands.IssueToken;
import uk.safeshare.identity.UserCommands.IssuedToken;
import uk.safeshare.identity.UserCommands.TokenSummary;
import uk.safeshare.shared.ForbiddenException;
import uk.safeshare.shared.InvalidRequestException;
import uk.safeshare.shared.NotFoundException;

/**
 * Bearer tokens for machines and scripts: 256 random bits, shown once, stored as SHA-256, expiring
 * (at most the configured lifetime) and revocable. People issue their own tokens only; an
 * administrator issues tokens only for service accounts, so nobody can hold a credential that acts
 * as another person. Every token records who issued it.
 */
@Service
public class ApiTokens {

    static final String PREFIX = "ss_";

    private final ApiTokenRepository tokens;
    private final TokenAccounts accounts;
    private final TransactionTemplate writes;
    private final UserAccountRepository users;
    private final SecurityEvents securityEvents;
    private final Identity identity;
    private final Clock clock;
    private final Duration maxLifetime;
    private final SecureRandom random = new SecureRandom();

    ApiTokens(ApiTokenRepository tokens, TokenAccounts accounts, PlatformTransactionManager transactions,
              UserAccountRepository users, SecurityEvents securityEvents, Identity identity,
              Clock clock, @Value("${safeshare.security.api-token-max-lifetime:P90D}") Duration maxLifetime) {
        this.tokens = tokens;
        this.accounts = accounts;
        this.writes = new TransactionTemplate(transactions);
        this.users = users;
        this.securityEvents = securityEvents;
        this.identity = identity;
        this.clock = clock;
        this.maxLifetime = maxLifetime;
    }

    /** A token that authenticated a request, with the account it acts as. */
    record Authenticated(SafeShareUser user, ApiToken token) {
    }

    @Transactional
    public IssuedToken issue(UUID userId, IssueToken command) {
        SafeShareUser actor = identity.current();
        UserAccount owner = users.findById(userId).orElseThrow(() -> new NotFoundException("No user " + userId));
        requireMayIssue(actor, owner);
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
                now.plus(lifetime), null, actor.username(), null, null));
        securityEvents.record(SecurityEvents.Kind.TOKEN_ISSUED, actor.username(),
                saved.describe() + " issued to " + owner.username() + " by " + actor.username() + " until " + saved.expiresAt());
        return new IssuedToken(saved.id(), saved.label(), token, saved.expiresAt());
    }

    /**
     * A person's tokens are issued by that person alone; a service account's only by an administrator
     * (a service cannot mint itself more). Anyone else learns nothing about the account (404), except
     * an administrator, who is told why.
     */
    private static void requireMayIssue(SafeShareUser actor, UserAccount owner) {
        boolean self = actor.id().value().equals(owner.id());
        if (owner.serviceAccount()) {
            if (!actor.has(Role.ADMIN)) {
                throw new NotFoundException("No user " + owner.id());
            }
            return;
        }
        if (self) {
            return;
        }
        if (actor.has(Role.ADMIN)) {
            throw new ForbiddenException("Administrators issue tokens only for service accounts; people issue their own.");
        }
        throw new NotFoundException("No user " + owner.id());
    }

    @Transactional(readOnly = true)
    public List<TokenSummary> list(UUID userId) {
        requireSelfOrAdmin(identity.current(), userId);
        return tokens.findByUserId(userId).stream()
                .map(t -> new TokenSummary(t.id(), t.label(), t.createdAt(), t.expiresAt(), t.revokedAt(), t.issuedBy())).toList();
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
            securityEvents.record(SecurityEvents.Kind.TOKEN_REVOKED, actor.username(), token.describe() + " revoked");
        }
    }

    /** Ends every token of an account (password reset or change), except the one making the request, if any. */
    @Transactional
    public int revokeAll(UUID userId, UUID keep, String actor) {
        Instant now = clock.instant();
        int revoked = 0;
        for (ApiToken token : tokens.findByUserId(userId)) {
            if (token.revokedAt() == null && !token.id().equals(keep)) {
                tokens.save(token.revoke(now));
                revoked++;
            }
        }
        if (revoked > 0) {
            securityEvents.record(SecurityEvents.Kind.TOKEN_REVOKED, actor, revoked + " API token(s) of the account revoked");
        }
        return revoked;
    }

    /**
     * The account a presented token belongs to, if the token is known, unexpired, unrevoked and its
     * user enabled. A token used from an address other than its last one is a security event.
     *
     * <p>Runs on every API request, so the usual case is one query and no transaction of its own (the
     * token, its account and the account's roles joined); only a new address opens a writing one.
     */
    Optional<Authenticated> authenticate(String presented, String address) {
        if (presented == null || !presented.startsWith(PREFIX) || presented.length() > 100) {
            return Optional.empty();
        }
        Instant now = clock.instant();
        Optional<TokenAccounts.TokenAccount> found = accounts.findByHash(hash(presented)).filter(t -> t.token().usableAt(now));
        if (found.isEmpty()) {
            return Optional.empty();
        }
        ApiToken token = found.get().token();
        SafeShareUser user = found.get().user();
        if (address != null && !address.equals(token.lastUsedAddress())) {
            return Optional.of(new Authenticated(user, writes.execute(status -> recordAddress(user, token, address))));
        }
        return Optional.of(new Authenticated(user, token));
    }

    private ApiToken recordAddress(SafeShareUser user, ApiToken token, String address) {
        if (tokens.recordAddress(token.id(), address, token.version()) == 0) {
            // Two requests with the same token at once: the other one recorded the address.
            return token;
        }
        if (token.lastUsedAddress() != null) {
            securityEvents.record(SecurityEvents.Kind.TOKEN_USED_FROM_NEW_ADDRESS, user.username(),
                    token.describe() + " used from " + address + " (before: " + token.lastUsedAddress() + ")");
        }
        return token.usedFrom(address);
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
