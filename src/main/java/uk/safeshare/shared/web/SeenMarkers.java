package uk.safeshare.shared.web;

import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * When a user last looked at the outcomes of something of theirs (a topic such as their sharing requests), so that
 * a notice can say what changed since. Works the same on every instance: the mark is a row, not session state.
 */
@Component
public class SeenMarkers {

    private final JdbcClient jdbc;
    private final Clock clock;

    SeenMarkers(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    public Optional<Instant> lastSeen(String username, String topic) {
        return jdbc.sql("SELECT seen_at FROM seen_marker WHERE username = ? AND topic = ?").params(username, topic)
                .query(OffsetDateTime.class).optional().map(OffsetDateTime::toInstant);
    }

    public void markSeen(String username, String topic) {
        OffsetDateTime now = clock.instant().atOffset(ZoneOffset.UTC);
        int updated = jdbc.sql("UPDATE seen_marker SET seen_at = ? WHERE username = ? AND topic = ?").params(now, username, topic).update();
        if (updated == 0) {
            // Two tabs may mark at once; the second insert finding the row is as good as an update.
            try {
                jdbc.sql("INSERT INTO seen_marker (username, topic, seen_at) VALUES (?, ?, ?)").params(username, topic, now).update();
            } catch (org.springframework.dao.DuplicateKeyException e) {
                jdbc.sql("UPDATE seen_marker SET seen_at = ? WHERE username = ? AND topic = ?").params(now, username, topic).update();
            }
        }
    }
}
