package uk.safeshare.audit.internal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import uk.safeshare.audit.AuditEntry;
import uk.safeshare.audit.Verification;
import uk.safeshare.shared.audit.AuditAction;

/**
 * Walks the whole log in sequence order over a plain JDBC connection and checks: sequence numbers
 * start at 1 with no gaps, each entry names the previous entry's hash, each entry's own hash matches
 * its content, and the chain's recorded tip matches the last entry (so removing the newest entries
 * is caught too). Plain JDBC so that an external auditor can run it against a copy of the database.
 */
public final class ChainVerifier {

    private ChainVerifier() {
    }

    public static Verification verify(Connection connection) throws SQLException {
        long expectedSeq = 1;
        String prev = AuditHashing.GENESIS;
        long checked = 0;
        try (PreparedStatement ps = connection.prepareStatement(
                "SELECT seq, occurred_at, actor, action, case_id, person_ids, justification, recipient, request_id, details, "
                        + "prev_hash, entry_hash FROM audit_entry ORDER BY seq")) {
            ps.setFetchSize(1000);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    AuditEntry e;
                    try {
                        e = read(rs);
                    } catch (RuntimeException unreadable) {
                        return new Verification.Broken(rs.getLong("seq"), "the entry cannot be read: " + unreadable.getMessage(), checked);
                    }
                    if (e.seq() != expectedSeq) {
                        return new Verification.Broken(expectedSeq, "is missing (the next entry found is " + e.seq() + ")", checked);
                    }
                    if (!e.prevHash().equals(prev)) {
                        return new Verification.Broken(e.seq(), "does not link to the entry before it (its previous hash does not match)", checked);
                    }
                    String recomputed = AuditHashing.hash(e);
                    if (!recomputed.equals(e.entryHash())) {
                        return new Verification.Broken(e.seq(), "has been altered (its content does not match its hash)", checked);
                    }
                    prev = e.entryHash();
                    expectedSeq++;
                    checked++;
                }
            }
        }
        try (PreparedStatement ps = connection.prepareStatement("SELECT last_seq, last_hash FROM audit_head WHERE id = 1");
             ResultSet rs = ps.executeQuery()) {
            if (!rs.next()) {
                return new Verification.Broken(expectedSeq, "the chain's tip record is missing", checked);
            }
            long lastSeq = rs.getLong(1);
            if (lastSeq != checked || !rs.getString(2).equals(prev)) {
                return new Verification.Broken(checked + 1, "the log ends early: the chain's tip says there are " + lastSeq
                        + " entries but " + checked + " were found", checked);
            }
        }
        return new Verification.Verified(checked, prev);
    }

    static AuditEntry read(ResultSet rs) throws SQLException {
        String people = rs.getString("person_ids");
        List<UUID> personIds = people == null || people.isEmpty() ? List.of()
                : new ArrayList<>(Arrays.stream(people.split(",")).map(UUID::fromString).toList());
        Object caseId = rs.getObject("case_id");
        return new AuditEntry(rs.getLong("seq"), rs.getObject("occurred_at", OffsetDateTime.class).toInstant(),
                rs.getString("actor"), AuditAction.valueOf(rs.getString("action")),
                caseId == null ? null : (caseId instanceof UUID u ? u : UUID.fromString(caseId.toString())),
                personIds, rs.getString("justification"), rs.getString("recipient"), rs.getString("request_id"),
                rs.getString("details"), rs.getString("prev_hash"), rs.getString("entry_hash"));
    }
}
