package uk.safeshare.specialist.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import uk.safeshare.shared.crypto.FieldCipher;
import uk.safeshare.specialist.QueueReason;
import uk.safeshare.specialist.SpecialistQueueViews.Advice;
import uk.safeshare.specialist.SpecialistQueueViews.State;

/**
 * The queue's tables. Every change of who holds a person is one conditional UPDATE, so that two caseworkers
 * taking the same person at once cannot both succeed: the database lets one row change, the other sees 0 rows.
 */
@Repository
class QueueStore {

    record Row(UUID personId, UUID caseId, UUID teamId, State state, String heldBy, Instant heldSince, Instant enteredAt) {
    }

    private final JdbcClient jdbc;
    private final FieldCipher cipher;

    QueueStore(JdbcClient jdbc, FieldCipher cipher) {
        this.jdbc = jdbc;
        this.cipher = cipher;
    }

    Optional<Row> find(UUID personId) {
        return jdbc.sql("SELECT * FROM specialist_queue_entry WHERE person_id = ?").param(personId).query(QueueStore::row).optional();
    }

    /** The team's people still to be helped (waiting or taken), oldest first; closed ones only when asked. */
    List<Row> ofTeam(UUID teamId, boolean withClosed) {
        return jdbc.sql("SELECT * FROM specialist_queue_entry WHERE team_id = ?" + (withClosed ? "" : " AND state <> 'CLOSED'")
                        + " ORDER BY entered_at, person_id")
                .param(teamId).query(QueueStore::row).list();
    }

    List<QueueReason> reasons(UUID personId) {
        return jdbc.sql("SELECT reason FROM specialist_queue_reason WHERE person_id = ? ORDER BY noted_at, reason").param(personId)
                .query((rs, n) -> QueueReason.valueOf(rs.getString(1))).list();
    }

    boolean hasReason(UUID personId, QueueReason reason) {
        return jdbc.sql("SELECT COUNT(*) FROM specialist_queue_reason WHERE person_id = ? AND reason = ?")
                .params(personId, reason.name()).query(Long.class).single() > 0;
    }

    void insertEntry(UUID personId, UUID caseId, UUID teamId, Instant now) {
        jdbc.sql("INSERT INTO specialist_queue_entry (person_id, case_id, team_id, state, entered_at, updated_at, version) VALUES (?, ?, ?, 'WAITING', ?, ?, 0)")
                .params(personId, caseId, teamId, utc(now), utc(now)).update();
    }

    void insertReason(UUID personId, QueueReason reason, Instant now) {
        jdbc.sql("INSERT INTO specialist_queue_reason (person_id, reason, noted_at) VALUES (?, ?, ?)").params(personId, reason.name(), utc(now)).update();
    }

    /** A closed person with a new reason waits again. */
    /** Puts a closed entry back, waiting; false if it was not closed (already waiting or held). */
    boolean reopen(UUID personId, Instant now) {
        return jdbc.sql("UPDATE specialist_queue_entry SET state = 'WAITING', held_by = NULL, held_since = NULL, updated_at = ?, version = version + 1"
                + " WHERE person_id = ? AND state = 'CLOSED'").params(utc(now), personId).update() == 1;
    }

    /** Takes a waiting person; false if someone else got there first (or it is not waiting). */
    boolean take(UUID personId, String username, Instant now) {
        return jdbc.sql("UPDATE specialist_queue_entry SET state = 'HELD', held_by = ?, held_since = ?, updated_at = ?, version = version + 1"
                + " WHERE person_id = ? AND state = 'WAITING'").params(username, utc(now), utc(now), personId).update() == 1;
    }

    /** Moves a person the holder holds to WAITING or CLOSED; false if they no longer hold it. */
    boolean release(UUID personId, String holder, State to, Instant now) {
        return jdbc.sql("UPDATE specialist_queue_entry SET state = ?, held_by = NULL, held_since = NULL, updated_at = ?, version = version + 1"
                + " WHERE person_id = ? AND state = 'HELD' AND held_by = ?").params(to.name(), utc(now), personId, holder).update() == 1;
    }

    /** Gives a waiting or taken person to a caseworker, provided nobody changed it since the supervisor looked. */
    boolean reassign(UUID personId, State seenState, String seenHolder, String to, Instant now) {
        return jdbc.sql("UPDATE specialist_queue_entry SET state = 'HELD', held_by = ?, held_since = ?, updated_at = ?, version = version + 1"
                        + " WHERE person_id = ? AND state = ? AND " + (seenHolder == null ? "held_by IS NULL" : "held_by = ?"))
                .params(seenHolder == null ? List.of(to, utc(now), utc(now), personId, seenState.name())
                        : List.of(to, utc(now), utc(now), personId, seenState.name(), seenHolder))
                .update() == 1;
    }

    void insertAdvice(UUID personId, UUID caseId, LocalDate givenOn, String advice, String by, Instant now) {
        jdbc.sql("INSERT INTO specialist_advice (id, person_id, case_id, given_on, advice, recorded_by, recorded_at) VALUES (?, ?, ?, ?, ?, ?, ?)")
                .params(UUID.randomUUID(), personId, caseId, givenOn, cipher.encrypt(advice), by, utc(now)).update();
    }

    List<Advice> advice(UUID personId) {
        return jdbc.sql("SELECT * FROM specialist_advice WHERE person_id = ? ORDER BY given_on DESC, recorded_at DESC").param(personId)
                .query((rs, n) -> new Advice(rs.getObject("id", UUID.class), rs.getObject("given_on", LocalDate.class),
                        cipher.decrypt(rs.getString("advice")), rs.getString("recorded_by"),
                        rs.getObject("recorded_at", OffsetDateTime.class).toInstant())).list();
    }

    void noteThirdPartyCase(UUID caseId, UUID reportId, Instant now) {
        jdbc.sql("INSERT INTO specialist_third_party_case (case_id, report_id, noted_at) SELECT ?, ?, ? WHERE NOT EXISTS"
                + " (SELECT 1 FROM specialist_third_party_case WHERE case_id = ?)").params(caseId, reportId, utc(now), caseId).update();
    }

    boolean fromThirdPartyReport(UUID caseId) {
        return jdbc.sql("SELECT COUNT(*) FROM specialist_third_party_case WHERE case_id = ?").param(caseId).query(Long.class).single() > 0;
    }

    List<UUID> peopleOnCase(UUID caseId) {
        return jdbc.sql("SELECT person_id FROM specialist_queue_entry WHERE case_id = ?").param(caseId).query(UUID.class).list();
    }

    private static OffsetDateTime utc(Instant i) {
        return i.atOffset(ZoneOffset.UTC);
    }

    private static Row row(ResultSet rs, int n) throws SQLException {
        OffsetDateTime since = rs.getObject("held_since", OffsetDateTime.class);
        return new Row(rs.getObject("person_id", UUID.class), rs.getObject("case_id", UUID.class), rs.getObject("team_id", UUID.class),
                State.valueOf(rs.getString("state")), rs.getString("held_by"), since == null ? null : since.toInstant(),
                rs.getObject("entered_at", OffsetDateTime.class).toInstant());
    }
}
