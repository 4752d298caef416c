package uk.safeshare.retention.internal;

import java.sql.Date;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import uk.safeshare.cases.CrimeType;
import uk.safeshare.cases.PersonRole;
import uk.safeshare.retention.RecordGroup;
import uk.safeshare.retention.RetentionSchedule;

/**
 * Gives every case and every person on one a next-review date from the schedule in force. A record a
 * reviewer has decided keeps the date that decision set; the others follow the schedule (so a new
 * version moves them). A disclosure keeps the retention date its obligation set: the record it is
 * about is not reviewed before it.
 */
@Component
class ReviewDates {

    static final ZoneId UK = ZoneId.of("Europe/London");

    private final JdbcClient jdbc;
    private final ScheduleStore schedules;

    ReviewDates(JdbcClient jdbc, ScheduleStore schedules) {
        this.jdbc = jdbc;
        this.schedules = schedules;
    }

    private record Existing(RecordGroup group, LocalDate next, LocalDate held, int version, boolean decided) {
    }

    void refresh() {
        RetentionSchedule schedule = schedules.current();
        Map<UUID, Set<CrimeType>> crimes = new HashMap<>();
        jdbc.sql("SELECT case_file, crime_type FROM case_crime_type").query(rs -> {
            crimes.computeIfAbsent(rs.getObject(1, UUID.class), k -> EnumSet.noneOf(CrimeType.class)).add(CrimeType.valueOf(rs.getString(2)));
        });
        Map<UUID, LocalDate> personHeld = new HashMap<>();
        Map<UUID, LocalDate> caseHeld = new HashMap<>();
        jdbc.sql("""
                SELECT r.case_id, r.person_id, d.retention_review_on FROM sharing_disclosure d
                JOIN sharing_request r ON r.id = d.request_id""").query(rs -> {
            LocalDate on = rs.getObject(3, LocalDate.class);
            personHeld.merge(rs.getObject(2, UUID.class), on, ReviewDates::later);
            caseHeld.merge(rs.getObject(1, UUID.class), on, ReviewDates::later);
        });
        Map<UUID, Existing> existing = new HashMap<>();
        jdbc.sql("SELECT record_id, record_group, next_review_on, held_until, schedule_version, decided_by FROM retention_review")
                .query(rs -> {
                    existing.put(rs.getObject(1, UUID.class), new Existing(RecordGroup.valueOf(rs.getString(2)),
                            rs.getObject(3, LocalDate.class), rs.getObject(4, LocalDate.class), rs.getInt(5), rs.getString(6) != null));
                });
        jdbc.sql("SELECT id, created_at FROM case_file").query(rs -> {
            UUID id = rs.getObject(1, UUID.class);
            RecordGroup group = RetentionSchedule.groupOfCase(crimes.getOrDefault(id, Set.of(CrimeType.OTHER)));
            upsert(existing.get(id), id, "CASE", id, group, madeOn(rs.getObject(2, OffsetDateTime.class)), caseHeld.get(id), schedule);
        });
        jdbc.sql("SELECT id, case_id, role, created_at FROM case_person").query(rs -> {
            UUID id = rs.getObject(1, UUID.class);
            UUID caseId = rs.getObject(2, UUID.class);
            RecordGroup group = RetentionSchedule.groupOfPerson(PersonRole.valueOf(rs.getString(3)),
                    crimes.getOrDefault(caseId, Set.of(CrimeType.OTHER)));
            upsert(existing.get(id), id, "PERSON", caseId, group, madeOn(rs.getObject(4, OffsetDateTime.class)), personHeld.get(id), schedule);
        });
    }

    private void upsert(Existing row, UUID id, String type, UUID caseId, RecordGroup group, LocalDate madeOn, LocalDate held,
                        RetentionSchedule schedule) {
        LocalDate next = schedule.firstReview(group, madeOn, held);
        if (row == null) {
            jdbc.sql("""
                    INSERT INTO retention_review (record_id, record_type, case_id, record_group, next_review_on, held_until, schedule_version)
                    VALUES (?, ?, ?, ?, ?, ?, ?) ON CONFLICT DO NOTHING""")
                    .params(id, type, caseId, group.name(), Date.valueOf(next), held == null ? null : Date.valueOf(held), schedule.version())
                    .update();
        } else if (row.decided()) {
            // A reviewer's date stands, but never before a disclosure's retention date.
            if (held != null && held.isAfter(row.next())) {
                jdbc.sql("UPDATE retention_review SET next_review_on = ?, held_until = ? WHERE record_id = ?")
                        .params(Date.valueOf(held), Date.valueOf(held), id).update();
            }
        } else if (row.group() != group || !row.next().equals(next) || !Objects.equals(row.held(), held)
                || row.version() != schedule.version()) {
            jdbc.sql("UPDATE retention_review SET record_group = ?, next_review_on = ?, held_until = ?, schedule_version = ? WHERE record_id = ?")
                    .params(group.name(), Date.valueOf(next), held == null ? null : Date.valueOf(held), schedule.version(), id).update();
        }
    }

    private static LocalDate madeOn(OffsetDateTime at) {
        return at.atZoneSameInstant(UK).toLocalDate();
    }

    private static LocalDate later(LocalDate a, LocalDate b) {
        return a.isAfter(b) ? a : b;
    }
}
