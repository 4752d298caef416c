package uk.safeshare.firewall.internal;

import static uk.safeshare.firewall.internal.SharingRepository.REQUEST_COLUMNS;
import static uk.safeshare.firewall.internal.SharingRepository.utc;

import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import uk.safeshare.firewall.internal.Sharing.ObligationStatus;
import uk.safeshare.firewall.internal.Sharing.Status;
import uk.safeshare.firewall.internal.SharingRepository.RequestRow;
import uk.safeshare.firewall.protocol.Obligation;

/** Lists of sharing requests for pages, queues and replays; one request and its changes are {@link SharingRepository}. */
@Repository
class SharingQueries {

    private final JdbcClient jdbc;

    SharingQueries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The requests a user asked, newest first. */
    List<RequestRow> askedBy(String username, int limit) {
        // Limited in the database: an officer's requests only grow, and the page shows the newest.
        return jdbc.sql("SELECT " + REQUEST_COLUMNS + " FROM sharing_request WHERE requested_by = ? ORDER BY requested_at DESC, id LIMIT ?")
                .params(username, limit).query(SharingRepository::request).list();
    }

    /** How many of a user's requests a review has decided since a moment (null: ever). */
    long reviewedSince(String username, java.time.Instant since) {
        return jdbc.sql("SELECT COUNT(DISTINCT r.id) FROM sharing_request r JOIN sharing_review v ON v.request_id = r.id"
                        // Only a decision counts: one of two reviewers approving leaves the request waiting.
                        + " WHERE r.requested_by = ? AND v.reviewed_at > ? AND r.status <> 'AWAITING_REVIEW'")
                .params(username, (since == null ? java.time.Instant.EPOCH : since).atOffset(java.time.ZoneOffset.UTC))
                .query(Long.class).single();
    }

    List<RequestRow> forPerson(UUID caseId, UUID personId) {
        return jdbc.sql("SELECT " + REQUEST_COLUMNS + " FROM sharing_request WHERE case_id = ? AND person_id = ?"
                        + " ORDER BY requested_at DESC, id")
                .params(caseId, personId).query(SharingRepository::request).list();
    }

    List<RequestRow> withStatus(Status status, UUID teamId, int limit) {
        String team = teamId == null ? "" : " AND team_id = :team";
        return jdbc.sql("SELECT " + REQUEST_COLUMNS + " FROM sharing_request WHERE status = :status" + team
                        + " ORDER BY requested_at, id LIMIT :limit")
                .param("status", status.name()).param("team", teamId).param("limit", limit)
                .query(SharingRepository::request).list();
    }

    /** Emergency disclosures whose retrospective review is still owed. */
    List<RequestRow> emergenciesAwaitingRetrospectiveReview(UUID teamId, int limit) {
        String team = teamId == null ? "" : " AND r.team_id = :team";
        return jdbc.sql("SELECT " + prefixed("r") + " FROM sharing_request r JOIN sharing_obligation o"
                        + " ON o.request_id = r.id AND o.obligation = :obligation AND o.status = :owed"
                        + " WHERE r.emergency = TRUE" + team + " ORDER BY r.requested_at, r.id LIMIT :limit")
                .param("obligation", Obligation.RETROSPECTIVE_REVIEW.name())
                .param("owed", ObligationStatus.OWED.name())
                .param("team", teamId).param("limit", limit)
                .query(SharingRepository::request).list();
    }

    /** Past requests for a replay: those made from {@code from} (inclusive) to {@code until} (exclusive), either may be open. */
    List<RequestRow> madeBetween(Instant from, Instant until) {
        return between("SELECT " + REQUEST_COLUMNS, from, until, " ORDER BY requested_at, id")
                .query(SharingRepository::request).list();
    }

    long countBetween(Instant from, Instant until) {
        return between("SELECT COUNT(*)", from, until, "").query(Long.class).single();
    }

    private JdbcClient.StatementSpec between(String select, Instant from, Instant until, String order) {
        String sql = select + " FROM sharing_request WHERE 1 = 1"
                + (from == null ? "" : " AND requested_at >= :from")
                + (until == null ? "" : " AND requested_at < :until") + order;
        JdbcClient.StatementSpec statement = jdbc.sql(sql);
        if (from != null) {
            statement = statement.param("from", utc(from));
        }
        if (until != null) {
            statement = statement.param("until", utc(until));
        }
        return statement;
    }

    private static String prefixed(String alias) {
        return Arrays.stream(REQUEST_COLUMNS.split(",\\s*")).map(c -> alias + "." + c).collect(Collectors.joining(", "));
    }
}
