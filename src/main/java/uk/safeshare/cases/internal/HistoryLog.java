package uk.safeshare.cases.internal;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;
import uk.safeshare.cases.CaseViews.Change;
import uk.safeshare.cases.CaseViews.HistoryEntry;
import uk.safeshare.shared.crypto.FieldCipher;

/**
 * Keeps every version of a case or person record (as labelled display values, encrypted), so that
 * an edit never loses what was recorded before and anyone entitled can see who changed what.
 */
@Component
class HistoryLog {

    private static final TypeReference<LinkedHashMap<String, String>> MAP = new TypeReference<>() {
    };

    private final JdbcClient jdbc;
    private final FieldCipher cipher;
    private final JsonMapper json;

    HistoryLog(JdbcClient jdbc, FieldCipher cipher, JsonMapper json) {
        this.jdbc = jdbc;
        this.cipher = cipher;
        this.json = json;
    }

    void record(String type, UUID recordId, UUID caseId, long version, String actor, String kind, Instant at,
                Map<String, String> snapshot) {
        jdbc.sql("""
                INSERT INTO record_history (id, record_type, record_id, case_id, version, changed_at, changed_by, change_kind, snapshot)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(UUID.randomUUID(), type, recordId, caseId, version, at.atOffset(ZoneOffset.UTC), actor, kind,
                        cipher.encrypt(json.writeValueAsString(snapshot)))
                .update();
    }

    /** Newest first, each with the fields that changed from the version before. */
    List<HistoryEntry> entries(UUID recordId) {
        record Row(long version, Instant at, String by, String kind, Map<String, String> snapshot) {
        }
        List<Row> rows = jdbc.sql("SELECT version, changed_at, changed_by, change_kind, snapshot FROM record_history "
                        + "WHERE record_id = ? ORDER BY version")
                .param(recordId)
                .query((rs, n) -> new Row(rs.getLong(1), rs.getObject(2, OffsetDateTime.class).toInstant(), rs.getString(3),
                        rs.getString(4), json.readValue(cipher.decrypt(rs.getString(5)), MAP)))
                .list();
        List<HistoryEntry> entries = new ArrayList<>();
        Map<String, String> before = Map.of();
        for (Row row : rows) {
            Map<String, Change> changes = new LinkedHashMap<>();
            for (var e : row.snapshot().entrySet()) {
                String old = before.get(e.getKey());
                if (!Objects.equals(old, e.getValue())) {
                    changes.put(e.getKey(), new Change(old, e.getValue()));
                }
            }
            entries.add(new HistoryEntry(row.version(), row.at(), row.by(), row.kind(), changes));
            before = row.snapshot();
        }
        return entries.reversed();
    }
}
