package uk.safeshare.audit.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import uk.safeshare.audit.AuditEntry;
import uk.safeshare.shared.audit.AuditAction;

/** Reads an audit entry row as stored (plain JDBC, shared with the command-line verifier). */
public final class EntryRows {

    /** The entry's columns, and its place in the tree (null until integrated), to select FROM {@link #FROM}. */
    public static final String COLUMNS = "e.seq, e.occurred_at, e.actor, e.action, e.case_id, e.person_ids, e.justification, "
            + "e.recipient, e.request_id, e.details, n.idx AS leaf_index";
    /**
     * The sequencer's next batch: the first {@code ?} entries of its queue, in number order, with no place in the tree yet.
     * Driven by the queue, each entry by its number, so the cost follows the batch, not the log (joined to the leaves,
     * PostgreSQL sorted every leaf in each round while its statistics lagged: docs/benchmarks.md).
     */
    static String queued(int batch) {
        return "SELECT e.seq, e.occurred_at, e.actor, e.action, e.case_id, e.person_ids, e.justification, e.recipient,"
                + " e.request_id, e.details, CAST(NULL AS BIGINT) AS leaf_index FROM audit_entry e"
                + " WHERE e.seq IN (SELECT seq FROM audit_entry_queue ORDER BY seq LIMIT " + batch + ") ORDER BY e.seq";
    }
    public static final String FROM = " FROM audit_entry e LEFT JOIN audit_tree_node n ON n.level = 0 AND n.seq = e.seq";

    private EntryRows() {
    }

    public static AuditEntry read(ResultSet rs) throws SQLException {
        Object caseId = rs.getObject("case_id");
        long leaf = rs.getLong("leaf_index");
        Long leafIndex = rs.wasNull() ? null : leaf;
        return of(rs.getLong("seq"), rs.getObject("occurred_at", OffsetDateTime.class).toInstant(), rs.getString("actor"),
                rs.getString("action"), caseId == null ? null : (caseId instanceof UUID u ? u : UUID.fromString(caseId.toString())),
                rs.getString("person_ids"), rs.getString("justification"), rs.getString("recipient"), rs.getString("request_id"),
                rs.getString("details"), leafIndex);
    }

    /**
     * An entry from its stored columns, however they were read (here, or from PostgreSQL's binary copy by
     * {@link CopiedLeaves}), so that a row that cannot be read fails the same way, with the same message.
     */
    static AuditEntry of(long seq, Instant at, String actor, String action, UUID caseId, String people, String justification,
                         String recipient, String requestId, String details, Long leafIndex) {
        List<UUID> personIds = people == null || people.isEmpty() ? List.of()
                : new ArrayList<>(Arrays.stream(people.split(",")).map(UUID::fromString).toList());
        return new AuditEntry(seq, at, actor, AuditAction.valueOf(action), caseId, personIds, justification, recipient, requestId,
                details, leafIndex);
    }
}
