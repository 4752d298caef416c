package uk.safeshare.retention.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import uk.safeshare.retention.RecordGroup;
import uk.safeshare.retention.RetentionSchedule;

/** The versions of the retention schedule: each change is a new row, none is ever changed. */
@Component
class ScheduleStore {

    private static final String COLUMNS = "version, public_protection, serious_offence, other_offence, victim_witness_only, reason, set_by, set_at";

    private final JdbcClient jdbc;
    private final Clock clock;

    ScheduleStore(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    RetentionSchedule current() {
        return jdbc.sql("SELECT " + COLUMNS + " FROM retention_schedule ORDER BY version DESC LIMIT 1").query(ScheduleStore::row).single();
    }

    List<RetentionSchedule> versions() {
        return jdbc.sql("SELECT " + COLUMNS + " FROM retention_schedule ORDER BY version DESC").query(ScheduleStore::row).list();
    }

    /** A new version; two DPOs saving at once cannot both take the same number (primary key). */
    RetentionSchedule add(Map<RecordGroup, Integer> years, String reason, String by) {
        RetentionSchedule previous = current();
        RetentionSchedule next = new RetentionSchedule(previous.version() + 1, years, reason, by, clock.instant());
        jdbc.sql("INSERT INTO retention_schedule (" + COLUMNS + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?)")
                .params(next.version(), years.get(RecordGroup.PUBLIC_PROTECTION), years.get(RecordGroup.SERIOUS_OFFENCE),
                        years.get(RecordGroup.OTHER_OFFENCE), years.get(RecordGroup.VICTIM_WITNESS_ONLY), reason, by,
                        next.setAt().atOffset(ZoneOffset.UTC))
                .update();
        return next;
    }

    private static RetentionSchedule row(ResultSet rs, int n) throws SQLException {
        Map<RecordGroup, Integer> years = new EnumMap<>(RecordGroup.class);
        years.put(RecordGroup.PUBLIC_PROTECTION, rs.getInt("public_protection"));
        years.put(RecordGroup.SERIOUS_OFFENCE, rs.getInt("serious_offence"));
        years.put(RecordGroup.OTHER_OFFENCE, rs.getInt("other_offence"));
        years.put(RecordGroup.VICTIM_WITNESS_ONLY, rs.getInt("victim_witness_only"));
        return new RetentionSchedule(rs.getInt("version"), years, rs.getString("reason"), rs.getString("set_by"),
                rs.getObject("set_at", OffsetDateTime.class).toInstant());
    }
}
