package uk.safeshare.adoption.internal;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import uk.safeshare.adoption.AdoptionViews.Reading;
import uk.safeshare.adoption.AdoptionViews.Setting;

/** The adoption tables: versions staff were asked to read, readings, requests made unread, the force's setting. */
@Repository
class ReadingStore {

    private final JdbcClient jdbc;

    ReadingStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    record Version(String protocolId, String title, String previousId, Instant publishedAt, Instant askedAt) {
    }

    /** Notes a version once; a second notice of the same version (another instance, a redelivery) changes nothing. */
    void noteVersion(String id, String hash, String title, String previousId, Instant publishedAt, Instant askedAt) {
        if (version(id).isPresent()) {
            return;
        }
        try {
            jdbc.sql("INSERT INTO adoption_version (protocol_id, content_hash, title, previous_id, published_at, asked_at)"
                            + " VALUES (?, ?, ?, ?, ?, ?)")
                    .params(id, hash, title, previousId, utc(publishedAt), utc(askedAt)).update();
        } catch (DuplicateKeyException e) {
            // noted at the same moment elsewhere
        }
    }

    Optional<Version> version(String id) {
        return jdbc.sql("SELECT protocol_id, title, previous_id, published_at, asked_at FROM adoption_version WHERE protocol_id = ?")
                .param(id).query((rs, n) -> new Version(rs.getString(1), rs.getString(2), rs.getString(3),
                        rs.getObject(4, OffsetDateTime.class).toInstant(), rs.getObject(5, OffsetDateTime.class).toInstant()))
                .optional();
    }

    /** Records a reading; false if this person had already recorded reading this version. */
    boolean recordReading(String protocolId, String username, Instant at) {
        if (reading(protocolId, username).isPresent()) {
            return false;
        }
        try {
            jdbc.sql("INSERT INTO adoption_reading (protocol_id, username, read_at) VALUES (?, ?, ?)")
                    .params(protocolId, username, utc(at)).update();
            return true;
        } catch (DuplicateKeyException e) {
            return false;
        }
    }

    Optional<Reading> reading(String protocolId, String username) {
        return jdbc.sql("SELECT protocol_id, username, read_at FROM adoption_reading WHERE protocol_id = ? AND username = ?")
                .params(protocolId, username).query((rs, n) -> new Reading(rs.getString(1), rs.getString(2),
                        rs.getObject(3, OffsetDateTime.class).toInstant())).optional();
    }

    List<Reading> readingsBy(String username) {
        return jdbc.sql("SELECT protocol_id, username, read_at FROM adoption_reading WHERE username = ? ORDER BY read_at DESC")
                .param(username).query((rs, n) -> new Reading(rs.getString(1), rs.getString(2),
                        rs.getObject(3, OffsetDateTime.class).toInstant())).list();
    }

    Set<String> readers(String protocolId) {
        return jdbc.sql("SELECT username FROM adoption_reading WHERE protocol_id = ?").param(protocolId)
                .query(String.class).list().stream().collect(Collectors.toSet());
    }

    void noteUnreadRequest(UUID requestId, String username, String protocolId, Instant at) {
        jdbc.sql("INSERT INTO adoption_unread_request (request_id, username, protocol_id, noted_at) VALUES (?, ?, ?, ?)")
                .params(requestId, username, protocolId, utc(at)).update();
    }

    Optional<String> unreadVersion(UUID requestId) {
        return jdbc.sql("SELECT protocol_id FROM adoption_unread_request WHERE request_id = ?").param(requestId)
                .query(String.class).optional();
    }

    record ReadAndBlocking(boolean read, boolean blocking) {
    }

    /**
     * Whether {@code username} has read the version, and whether the setting in force makes reading it a
     * condition of sharing, in one query: every sharing request asks both (null: no setting, so no block).
     */
    ReadAndBlocking readAndBlocking(String protocolId, String username) {
        return jdbc.sql("SELECT (SELECT COUNT(*) FROM adoption_reading WHERE protocol_id = ? AND username = ?),"
                        + " (SELECT unread_blocks_sharing FROM adoption_setting ORDER BY changed_at DESC LIMIT 1)")
                .params(protocolId, username)
                .query((rs, n) -> new ReadAndBlocking(rs.getLong(1) > 0, rs.getBoolean(2))).single();
    }

    Setting setting() {
        return jdbc.sql("SELECT unread_blocks_sharing, changed_by, changed_at FROM adoption_setting ORDER BY changed_at DESC LIMIT 1")
                .query((rs, n) -> new Setting(rs.getBoolean(1), rs.getString(2), rs.getObject(3, OffsetDateTime.class).toInstant()))
                .optional().orElse(new Setting(false, "system", Instant.EPOCH));
    }

    void changeSetting(boolean unreadBlocks, String by, Instant at) {
        jdbc.sql("INSERT INTO adoption_setting (id, unread_blocks_sharing, changed_by, changed_at) VALUES (?, ?, ?, ?)")
                .params(UUID.randomUUID(), unreadBlocks, by, utc(at)).update();
    }

    private static OffsetDateTime utc(Instant at) {
        return at.atOffset(ZoneOffset.UTC);
    }
}
