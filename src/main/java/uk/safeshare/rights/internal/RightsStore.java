package uk.safeshare.rights.internal;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import uk.safeshare.rights.RightsRequests.Item;
import uk.safeshare.rights.RightsRequests.Kind;
import uk.safeshare.rights.RightsRequests.MatchedPerson;
import uk.safeshare.rights.RightsRequests.RightsRequest;
import uk.safeshare.rights.RightsRequests.Status;
import uk.safeshare.rights.RightsRequests.Withholding;
import uk.safeshare.shared.crypto.FieldCipher;

/** Reads the register of rights requests (what identifies the requester is stored encrypted). */
@Component
class RightsStore {

    private final JdbcClient jdbc;
    private final FieldCipher cipher;

    RightsStore(JdbcClient jdbc, FieldCipher cipher) {
        this.jdbc = jdbc;
        this.cipher = cipher;
    }

    List<UUID> ids() {
        return jdbc.sql("SELECT id FROM rights_request ORDER BY received_on DESC, reference DESC").query(UUID.class).list();
    }

    java.util.Optional<RightsRequest> find(UUID id, LocalDate today) {
        List<MatchedPerson> people = people(id);
        List<Withholding> withheld = jdbc.sql("SELECT item, reason, recorded_by FROM rights_withholding WHERE request_id = ? ORDER BY recorded_at")
                .param(id).query((rs, n) -> new Withholding(Item.valueOf(rs.getString(1)), cipher.decrypt(rs.getString(2)), rs.getString(3)))
                .list();
        return jdbc.sql("SELECT * FROM rights_request WHERE id = ?").param(id)
                .query((rs, n) -> row(rs, today, people, withheld)).optional();
    }

    List<MatchedPerson> people(UUID requestId) {
        return jdbc.sql("""
                SELECT p.id, p.case_id, c.reference, p.given_name, p.family_name, p.date_of_birth, p.role,
                       (SELECT COUNT(*) FROM processing_restriction x WHERE x.person_id = p.id AND x.lifted_at IS NULL) AS restricted
                FROM rights_request_person rp JOIN case_person p ON p.id = rp.person_id JOIN case_file c ON c.id = p.case_id
                WHERE rp.request_id = ? ORDER BY c.reference, p.family_name""").param(requestId).query(RightsStore::person).list();
    }

    List<MatchedPerson> candidates(String givenName, String familyName, LocalDate born) {
        String byBirth = born == null ? "" : " AND (p.date_of_birth IS NULL OR p.date_of_birth = ?)";
        var query = jdbc.sql("""
                SELECT p.id, p.case_id, c.reference, p.given_name, p.family_name, p.date_of_birth, p.role,
                       (SELECT COUNT(*) FROM processing_restriction x WHERE x.person_id = p.id AND x.lifted_at IS NULL) AS restricted
                FROM case_person p JOIN case_file c ON c.id = p.case_id
                WHERE LOWER(p.given_name) = LOWER(?) AND LOWER(p.family_name) = LOWER(?)""" + byBirth + " ORDER BY c.reference")
                .param(givenName.strip()).param(familyName.strip());
        if (born != null) {
            query = query.param(Date.valueOf(born));
        }
        return query.query(RightsStore::person).list();
    }

    private static MatchedPerson person(ResultSet rs, int n) throws SQLException {
        return new MatchedPerson(rs.getObject(1, UUID.class), rs.getObject(2, UUID.class), rs.getString(3), rs.getString(4),
                rs.getString(5), rs.getObject(6, LocalDate.class), rs.getString(7), rs.getLong(8) > 0);
    }

    private RightsRequest row(ResultSet rs, LocalDate today, List<MatchedPerson> people, List<Withholding> withheld) throws SQLException {
        Status status = Status.valueOf(rs.getString("status"));
        LocalDate due = rs.getObject("due_on", LocalDate.class);
        LocalDate extended = rs.getObject("extended_to", LocalDate.class);
        LocalDate deadline = extended != null ? extended : due;
        boolean open = status == Status.RECEIVED || status == Status.APPROVED;
        OffsetDateTime completed = rs.getObject("completed_at", OffsetDateTime.class);
        return new RightsRequest(rs.getObject("id", UUID.class), rs.getString("reference"), Kind.valueOf(rs.getString("kind")),
                cipher.decrypt(rs.getString("requester")), cipher.decrypt(rs.getString("identity_check")),
                cipher.decrypt(rs.getString("subject_given_name")), cipher.decrypt(rs.getString("subject_family_name")),
                rs.getObject("subject_born_on", LocalDate.class), cipher.decrypt(rs.getString("details")),
                rs.getObject("received_on", LocalDate.class), due, extended, cipher.decrypt(rs.getString("extension_reason")),
                status, cipher.decrypt(rs.getString("decision_reason")), rs.getString("decided_by"),
                completed == null ? null : completed.toInstant(), open && today.isAfter(deadline), people, withheld);
    }
}
