package uk.safeshare.monitoring.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;
import uk.safeshare.cases.CrimeType;
import uk.safeshare.cases.ObservedEthnicity;
import uk.safeshare.cases.PersonRole;
import uk.safeshare.cases.SelfDefinedEthnicity;
import uk.safeshare.cases.StatusBasis;
import uk.safeshare.monitoring.internal.MonitoringRecord.Cell;

/**
 * The monitoring dataset and its counts. Counts change only by adding and subtracting one per
 * record, in the transaction that records the event, in a fixed order of rows (so two transactions
 * never wait on each other's rows in opposite orders).
 */
@Repository
class MonitoringStore {

    /**
     * The counts, computed from the records themselves. Standard SQL that PostgreSQL, H2 and DuckDB
     * all run: used to rebuild the counts, and by the benchmark to compare with counting raw records.
     */
    static final String COUNTS_FROM_RECORDS = """
            SELECT quarter, 'ROLE' AS dimension, person_role AS category, outcome, COUNT(*) AS n
              FROM monitoring_request %1$s GROUP BY quarter, person_role, outcome
            UNION ALL
            SELECT quarter, 'STATUS_BASIS', status_basis, outcome, COUNT(*)
              FROM monitoring_request %1$s GROUP BY quarter, status_basis, outcome
            UNION ALL
            SELECT quarter, 'ETHNICITY_SELF_DEFINED', COALESCE(ethnicity_self_defined, 'NOT_RECORDED'), outcome, COUNT(*)
              FROM monitoring_request %1$s GROUP BY quarter, COALESCE(ethnicity_self_defined, 'NOT_RECORDED'), outcome
            UNION ALL
            SELECT quarter, 'ETHNICITY_OBSERVED', COALESCE(ethnicity_observed, 'NOT_RECORDED'), outcome, COUNT(*)
              FROM monitoring_request %1$s GROUP BY quarter, COALESCE(ethnicity_observed, 'NOT_RECORDED'), outcome
            UNION ALL
            SELECT quarter, 'NATIONALITY', COALESCE(nationality, 'NOT_KNOWN'), outcome, COUNT(*)
              FROM monitoring_request %1$s GROUP BY quarter, COALESCE(nationality, 'NOT_KNOWN'), outcome
            UNION ALL
            SELECT quarter, 'CRIME_TYPE', CASE WHEN crime_types = '' THEN 'NOT_RECORDED'
                                              WHEN crime_types LIKE '%%,%%' THEN 'TWO_OR_MORE' ELSE crime_types END, outcome, COUNT(*)
              FROM monitoring_request %1$s GROUP BY quarter, CASE WHEN crime_types = '' THEN 'NOT_RECORDED'
                                              WHEN crime_types LIKE '%%,%%' THEN 'TWO_OR_MORE' ELSE crime_types END, outcome
            UNION ALL
            SELECT quarter, 'CHECK_ROLE', person_role, outcome, COUNT(*)
              FROM monitoring_request %2$s GROUP BY quarter, person_role, outcome
            """;

    private final JdbcTemplate jdbc;

    MonitoringStore(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** The SQL that counts one quarter's records (parameter: the quarter), in place of the kept counts. */
    static String countsFromRecords(boolean oneQuarter) {
        String where = oneQuarter ? "WHERE quarter = ?" : "";
        String checks = oneQuarter ? "WHERE quarter = ? AND status_check" : "WHERE status_check";
        return COUNTS_FROM_RECORDS.formatted(where, checks);
    }

    /** Stores a new record and adds it to the counts. False (and nothing changed) if it was already there. */
    boolean insert(MonitoringRecord r) {
        int inserted = jdbc.update("""
                INSERT INTO monitoring_request (record_key, quarter, outcome, recipient, purpose, status_check, person_role, child,
                    crime_types, status_basis, ethnicity_self_defined, ethnicity_observed, nationality, emergency, protocol_id)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT DO NOTHING""",
                r.key(), r.quarter().toString(), r.outcome().name(), r.recipient(), r.purpose(), r.statusCheck(),
                r.role().name(), r.child(), MonitoringRecord.crimeTypesText(r.crimeTypes()), r.statusBasis().name(),
                name(r.ethnicitySelfDefined()), name(r.ethnicityObserved()), r.nationality(), r.emergency(), r.protocolId());
        if (inserted == 0) {
            return false;
        }
        change(r.quarter(), r.cells(r.outcome()), List.of());
        return true;
    }

    /** The record, locked until the transaction ends. */
    Optional<MonitoringRecord> lock(String key) {
        return jdbc.query("SELECT * FROM monitoring_request WHERE record_key = ? FOR UPDATE", MonitoringStore::record, key)
                .stream().findFirst();
    }

    /** A review settled the request before its quarter's cut-off: it moves from awaiting review to its outcome. */
    void settle(MonitoringRecord r, Outcome outcome) {
        jdbc.update("UPDATE monitoring_request SET outcome = ? WHERE record_key = ?", outcome.name(), r.key());
        change(r.quarter(), r.cells(outcome), r.cells(r.outcome()));
    }

    /** A review settled the request after its quarter was final: kept, but the published counts stay as they were. */
    void settleLate(MonitoringRecord r, Outcome outcome) {
        jdbc.update("UPDATE monitoring_request SET late_outcome = ? WHERE record_key = ?", outcome.name(), r.key());
    }

    void thirdPartyReport(Quarter quarter, CrimeType crimeType) {
        change(quarter, List.of(new Cell(Dimension.THIRD_PARTY_REPORT, crimeType.name(), Dimension.RECEIVED)), List.of());
    }

    /** Adds one to each cell in {@code plus} and takes one from each in {@code minus}, in one fixed row order. */
    void change(Quarter quarter, List<Cell> plus, List<Cell> minus) {
        Map<Cell, Integer> delta = new TreeMap<>();
        plus.forEach(c -> delta.merge(c, 1, Integer::sum));
        minus.forEach(c -> delta.merge(c, -1, Integer::sum));
        delta.values().removeIf(d -> d == 0);
        if (delta.isEmpty()) {
            return;
        }
        String q = quarter.toString();
        List<Object[]> rows = new ArrayList<>();
        List<Object[]> updates = new ArrayList<>();
        delta.forEach((cell, d) -> {
            rows.add(new Object[]{q, cell.dimension().name(), cell.category(), cell.outcome()});
            updates.add(new Object[]{d, q, cell.dimension().name(), cell.category(), cell.outcome()});
        });
        jdbc.batchUpdate("INSERT INTO monitoring_count (quarter, dimension, category, outcome, n) VALUES (?, ?, ?, ?, 0) "
                + "ON CONFLICT DO NOTHING", rows);
        jdbc.batchUpdate("UPDATE monitoring_count SET n = n + ? WHERE quarter = ? AND dimension = ? AND category = ? AND outcome = ?",
                updates);
    }

    /** A quarter's counts. */
    Map<Cell, Long> counts(Quarter quarter) {
        Map<Cell, Long> counts = new HashMap<>();
        jdbc.query("SELECT dimension, category, outcome, n FROM monitoring_count WHERE quarter = ? AND n <> 0",
                rs -> {
                    counts.put(new Cell(Dimension.valueOf(rs.getString(1)), rs.getString(2), rs.getString(3)), rs.getLong(4));
                }, quarter.toString());
        return counts;
    }

    /** The earliest quarter anything was counted or recorded in, if any. */
    Optional<Quarter> earliest() {
        String first = jdbc.queryForObject("""
                SELECT MIN(q) FROM (SELECT MIN(quarter) AS q FROM monitoring_count
                                    UNION ALL SELECT MIN(quarter) FROM monitoring_marker_count) t""", String.class);
        return Quarter.parse(first);
    }

    /** Recounts every request record from scratch (third-party report counts, which have no records, are kept). */
    void rebuild() {
        jdbc.update("DELETE FROM monitoring_count WHERE dimension <> ?", Dimension.THIRD_PARTY_REPORT.name());
        jdbc.update("INSERT INTO monitoring_count (quarter, dimension, category, outcome, n) " + countsFromRecords(false));
    }

    private static String name(Enum<?> e) {
        return e == null ? null : e.name();
    }

    private static MonitoringRecord record(ResultSet rs, int n) throws SQLException {
        String ethnicity = rs.getString("ethnicity_self_defined");
        String observed = rs.getString("ethnicity_observed");
        String types = rs.getString("crime_types");
        return new MonitoringRecord(rs.getString("record_key"), Quarter.parse(rs.getString("quarter")).orElseThrow(),
                Outcome.valueOf(rs.getString("outcome")), rs.getString("recipient"), rs.getString("purpose"),
                rs.getBoolean("status_check"), PersonRole.valueOf(rs.getString("person_role")), rs.getBoolean("child"),
                types.isEmpty() ? java.util.Set.of() : Arrays.stream(types.split(",")).map(CrimeType::valueOf)
                        .collect(Collectors.toCollection(() -> java.util.EnumSet.noneOf(CrimeType.class))),
                StatusBasis.valueOf(rs.getString("status_basis")),
                ethnicity == null ? null : SelfDefinedEthnicity.valueOf(ethnicity),
                observed == null ? null : ObservedEthnicity.valueOf(observed),
                rs.getString("nationality"), rs.getBoolean("emergency"), rs.getString("protocol_id"));
    }
}
