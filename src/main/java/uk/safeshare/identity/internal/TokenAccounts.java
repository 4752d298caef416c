package uk.safeshare.identity.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.springframework.jdbc.core.ResultSetExtractor;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import uk.safeshare.identity.OrganisationId;
import uk.safeshare.identity.Role;
import uk.safeshare.identity.SafeShareUser;
import uk.safeshare.identity.TeamId;
import uk.safeshare.identity.UserId;

/**
 * A presented token with the enabled account it acts as and that account's roles, in one query: this
 * runs on every API request, and loading the token, the account and its roles as three aggregates
 * was three round trips and most of the authentication's CPU (docs/benchmarks.md).
 */
@Repository
class TokenAccounts {

    private final JdbcClient jdbc;

    TokenAccounts(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The token and the user it acts as; empty if the hash is unknown or the account disabled. */
    record TokenAccount(ApiToken token, SafeShareUser user) {
    }

    Optional<TokenAccount> findByHash(String tokenHash) {
        return jdbc.sql("""
                        SELECT t.id, t.user_id, t.token_hash, t.label, t.created_at, t.expires_at, t.revoked_at, t.issued_by,
                               t.last_used_address, t.version, u.username, u.display_name, u.organisation_id, u.team_id, r.role
                        FROM api_token t
                        JOIN user_account u ON u.id = t.user_id AND u.enabled = TRUE
                        LEFT JOIN user_role r ON r.user_account = u.id
                        WHERE t.token_hash = ?""")
                .param(tokenHash)
                .query((ResultSetExtractor<Optional<TokenAccount>>) TokenAccounts::read);
    }

    private static Optional<TokenAccount> read(ResultSet rs) throws SQLException {
        if (!rs.next()) {
            return Optional.empty();
        }
        ApiToken token = new ApiToken(rs.getObject(1, UUID.class), rs.getObject(2, UUID.class), rs.getString(3), rs.getString(4),
                instant(rs, 5), instant(rs, 6), instant(rs, 7), rs.getString(8), rs.getString(9), rs.getLong(10));
        String username = rs.getString(11);
        String displayName = rs.getString(12);
        UUID organisation = rs.getObject(13, UUID.class);
        UUID team = rs.getObject(14, UUID.class);
        Set<Role> roles = EnumSet.noneOf(Role.class);
        do {
            String role = rs.getString(15);
            if (role != null) {
                roles.add(Role.valueOf(role));
            }
        } while (rs.next());
        return Optional.of(new TokenAccount(token, new SafeShareUser(new UserId(token.userId()), username, displayName,
                new OrganisationId(organisation), TeamId.of(team), Set.copyOf(roles))));
    }

    private static Instant instant(ResultSet rs, int column) throws SQLException {
        OffsetDateTime t = rs.getObject(column, OffsetDateTime.class);
        return t == null ? null : t.toInstant();
    }
}
