package uk.safeshare.marac.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import uk.safeshare.marac.MaracFigures;

@Service
class MaracFiguresService implements MaracFigures {

    private final JdbcClient jdbc;
    private final Clock clock;

    MaracFiguresService(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @Override
    @Transactional(readOnly = true)
    public List<QuarterMeetings> meetingsByQuarter() {
        Map<String, long[]> counts = new TreeMap<>();
        jdbc.sql("""
                SELECT m.meets_on,
                       (SELECT COUNT(*) FROM marac_attendee a WHERE a.meeting_id = m.id) AS attendees,
                       (SELECT COUNT(*) FROM marac_attendee a WHERE a.meeting_id = m.id AND a.accepted_at IS NOT NULL
                           AND a.accepted_version = m.agreement_version) AS accepted
                  FROM marac_meeting m WHERE m.meets_on <= ?""")
                .param(LocalDate.now(clock.withZone(ZoneId.of("Europe/London"))))
                .query((rs, n) -> {
                    LocalDate on = rs.getObject(1, LocalDate.class);
                    long[] c = counts.computeIfAbsent(on.getYear() + "-Q" + ((on.getMonthValue() - 1) / 3 + 1), k -> new long[2]);
                    c[0]++;
                    long attendees = rs.getLong(2);
                    if (attendees > 0 && rs.getLong(3) == attendees) {
                        c[1]++;
                    }
                    return on;
                }).list();
        List<QuarterMeetings> list = new ArrayList<>();
        counts.forEach((q, c) -> list.add(new QuarterMeetings(q, c[0], c[1])));
        return list;
    }
}
