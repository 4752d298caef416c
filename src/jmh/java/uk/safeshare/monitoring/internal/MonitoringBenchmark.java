package uk.safeshare.monitoring.internal;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.flywaydb.core.Flyway;
import org.postgresql.PGConnection;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;
import org.springframework.transaction.support.TransactionTemplate;
import uk.safeshare.monitoring.internal.MonitoringRecord.Cell;
import uk.safeshare.monitoring.internal.Statistics.Report;

/**
 * The monitoring benchmark (not a test): a fixed-seed generator makes N monitoring records (10
 * million by default) over 20 quarters; they are loaded into PostgreSQL with their counts, and into
 * an embedded DuckDB as raw records. It then times building one quarter's report (all nine tables,
 * disclosure control included) from PostgreSQL's kept counts, and the same tables computed by
 * DuckDB from the raw records, checks that both give the same published tables, and prints the
 * ratio. It also times the incremental path (one record and its counts per transaction, as events
 * arrive) and checks that counts kept incrementally equal counts recomputed from the records.
 *
 * <pre>./mvnw -Pbenchmarks test-compile exec:exec@monitoring -Dmonitoring.args="--records 10000000"</pre>
 */
public final class MonitoringBenchmark {

    static final long SEED = 20201215L;
    static final int THRESHOLD = 5;

    public static void main(String[] args) throws Exception {
        Map<String, String> options = new LinkedHashMap<>();
        options.put("records", "10000000");
        options.put("quarters", "20");
        options.put("db", "jdbc:postgresql://127.0.0.1:5432/bench");
        options.put("user", "postgres");
        options.put("password", "");
        options.put("csv", "/tmp/safeshare-monitoring-records.csv");
        options.put("duckdb", "/tmp/safeshare-monitoring.duckdb");
        options.put("incremental", "20000");
        options.put("runs", "30");
        for (int i = 0; i + 1 < args.length; i += 2) {
            options.put(args[i].replaceFirst("^--", ""), args[i + 1]);
        }
        long records = Long.parseLong(options.get("records"));
        int quarters = Integer.parseInt(options.get("quarters"));
        int runs = Integer.parseInt(options.get("runs"));
        Path csv = Path.of(options.get("csv"));
        System.out.printf("Monitoring benchmark: %,d records over %d quarters, seed %d, %d processors, max heap %d MiB%n",
                records, quarters, SEED, Runtime.getRuntime().availableProcessors(), Runtime.getRuntime().maxMemory() >> 20);

        List<Quarter> span = new ArrayList<>();
        for (Quarter q = new Quarter(2021, 1); span.size() < quarters; q = q.next()) {
            span.add(q);
        }
        Quarter busiest = span.getLast();

        long t = System.nanoTime();
        long[] perQuarter = generate(csv, records, span);
        System.out.printf("Generated %,d records into %s in %.1f s (%s: %,d records)%n", records, csv, secs(t), busiest,
                perQuarter[perQuarter.length - 1]);

        // ---- PostgreSQL: records, then counts, as the service keeps them ----
        // One connection, as a pooled service would hold one: no connection set-up in what is timed.
        SingleConnectionDataSource ds = new SingleConnectionDataSource(options.get("db"), options.get("user"), options.get("password"), true);
        JdbcTemplate jdbc = new JdbcTemplate(ds);
        jdbc.execute("DROP SCHEMA public CASCADE");
        jdbc.execute("CREATE SCHEMA public");
        Flyway.configure().dataSource(ds).locations("classpath:db/migration").load().migrate();
        t = System.nanoTime();
        try (Reader in = Files.newBufferedReader(csv, StandardCharsets.UTF_8)) {
            long copied = ds.getConnection().unwrap(PGConnection.class).getCopyAPI().copyIn(
                    "COPY monitoring_request FROM STDIN WITH (FORMAT csv, HEADER true)", in);
            System.out.printf("PostgreSQL: copied %,d records in %.1f s%n", copied, secs(t));
        }
        jdbc.execute("ANALYZE monitoring_request");
        MonitoringStore store = new MonitoringStore(jdbc);
        t = System.nanoTime();
        store.rebuild();
        System.out.printf("PostgreSQL: counts rebuilt from all records in %.1f s (%,d count rows)%n", secs(t),
                jdbc.queryForObject("SELECT COUNT(*) FROM monitoring_count", Long.class));

        // ---- The incremental path: one record and its counts per transaction ----
        int incremental = Integer.parseInt(options.get("incremental"));
        TransactionTemplate tx = new TransactionTemplate(new DataSourceTransactionManager(ds));
        RecordGenerator events = new RecordGenerator(SEED + 1);
        Quarter extra = busiest.next();
        t = System.nanoTime();
        for (int i = 0; i < incremental; i++) {
            MonitoringRecord r = events.next(extra, i);
            tx.executeWithoutResult(s -> store.insert(r));
        }
        double incrementalSecs = secs(t);
        Map<Cell, Long> kept = store.counts(extra);
        Map<Cell, Long> recounted = counts(ds.getConnection(), extra);
        System.out.printf("Incremental path: %,d records, each with its counts in its own transaction, in %.1f s (%,.0f a second); "
                + "counts kept = counts recomputed from the records: %s%n", incremental, incrementalSecs, incremental / incrementalSecs,
                kept.equals(recounted));
        if (!kept.equals(recounted)) {
            throw new IllegalStateException("incrementally kept counts differ from the records");
        }

        // ---- Report from PostgreSQL's counts ----
        double[] pg = new double[runs];
        double[] pgRead = new double[runs];
        Report pgReport = null;
        for (int i = 0; i < runs; i++) {
            long start = System.nanoTime();
            Map<Cell, Long> counts = store.counts(busiest);
            pgRead[i] = millis(start);
            pgReport = ReportBuilder.build(busiest, counts, 120L, THRESHOLD);
            pg[i] = millis(start);
        }
        long startAll = System.nanoTime();
        for (Quarter q : span) {
            ReportBuilder.build(q, store.counts(q), 120L, THRESHOLD);
        }
        double allQuarters = millis(startAll);
        System.out.printf("PostgreSQL, kept counts: report for %s built in %.1f ms first, median %.1f ms, max %.1f ms "
                + "(reading counts: median %.1f ms); all %d quarters in %.0f ms%n", busiest, pg[0], median(pg), max(pg),
                median(pgRead), span.size(), allQuarters);

        // ---- PostgreSQL counting raw records (no kept counts), for reference ----
        int rawRuns = Math.max(1, Math.min(3, runs));
        double[] pgRaw = new double[rawRuns];
        for (int i = 0; i < rawRuns; i++) {
            long start = System.nanoTime();
            Report raw = ReportBuilder.build(busiest, counts(ds.getConnection(), busiest), 120L, THRESHOLD);
            check(pgReport, raw, "PostgreSQL over raw records");
            pgRaw[i] = millis(start);
        }
        System.out.printf("PostgreSQL, counting the quarter's raw records: median %.0f ms%n", median(pgRaw));

        // ---- DuckDB over the raw records ----
        Path duckFile = Path.of(options.get("duckdb"));
        Files.deleteIfExists(duckFile);
        Files.deleteIfExists(Path.of(duckFile + ".wal"));
        double[] duck = new double[runs];
        try (Connection duckdb = DriverManager.getConnection("jdbc:duckdb:" + duckFile)) {
            t = System.nanoTime();
            try (Statement s = duckdb.createStatement()) {
                s.execute("""
                        CREATE TABLE monitoring_request (record_key VARCHAR, quarter VARCHAR, outcome VARCHAR, late_outcome VARCHAR,
                          recipient VARCHAR, purpose VARCHAR, status_check BOOLEAN, person_role VARCHAR, child BOOLEAN,
                          crime_types VARCHAR, status_basis VARCHAR, ethnicity_self_defined VARCHAR, ethnicity_observed VARCHAR,
                          nationality VARCHAR, emergency BOOLEAN, protocol_id VARCHAR)""");
                s.execute("COPY monitoring_request FROM '" + csv + "' (HEADER true)");
            }
            System.out.printf("DuckDB %s: loaded the raw records in %.1f s%n", duckdbVersion(duckdb), secs(t));
            for (int i = 0; i < runs; i++) {
                long start = System.nanoTime();
                Report report = ReportBuilder.build(busiest, counts(duckdb, busiest), 120L, THRESHOLD);
                duck[i] = millis(start);
                if (i == 0) {
                    check(pgReport, report, "DuckDB over raw records");
                }
            }
        }
        System.out.printf("DuckDB, raw records: report for %s built in %.1f ms first, median %.1f ms, max %.1f ms%n", busiest,
                duck[0], median(duck), max(duck));
        System.out.printf("Same published tables from PostgreSQL's kept counts and from DuckDB's raw records: yes%n");
        System.out.printf("RESULT records=%d quarter=%s records_in_quarter=%d pg_counts_median_ms=%.1f pg_counts_max_ms=%.1f "
                        + "pg_raw_median_ms=%.0f duckdb_raw_median_ms=%.1f ratio_duckdb_over_pg=%.1f incremental_per_s=%.0f%n",
                records, busiest, perQuarter[perQuarter.length - 1], median(pg), max(pg), median(pgRaw), median(duck),
                median(duck) / median(pg), incremental / incrementalSecs);
    }

    /** Writes the records as CSV, in the column order of monitoring_request; later quarters have more (a growing service). */
    static long[] generate(Path csv, long records, List<Quarter> span) throws IOException {
        long[] perQuarter = new long[span.size()];
        double weights = 0;
        for (int i = 0; i < span.size(); i++) {
            weights += 1 + i * 0.05;
        }
        long assigned = 0;
        for (int i = 0; i < span.size(); i++) {
            perQuarter[i] = i == span.size() - 1 ? records - assigned : Math.round(records * (1 + i * 0.05) / weights);
            assigned += perQuarter[i];
        }
        RecordGenerator generator = new RecordGenerator(SEED);
        try (BufferedWriter out = Files.newBufferedWriter(csv, StandardCharsets.UTF_8)) {
            out.write("record_key,quarter,outcome,late_outcome,recipient,purpose,status_check,person_role,child,crime_types,"
                    + "status_basis,ethnicity_self_defined,ethnicity_observed,nationality,emergency,protocol_id\n");
            StringBuilder line = new StringBuilder(256);
            for (int i = 0; i < span.size(); i++) {
                for (long n = 0; n < perQuarter[i]; n++) {
                    MonitoringRecord r = generator.next(span.get(i), n);
                    line.setLength(0);
                    line.append(r.key()).append(',').append(r.quarter()).append(',').append(r.outcome().name()).append(",,")
                            .append(r.recipient()).append(',').append(r.purpose()).append(',').append(r.statusCheck()).append(',')
                            .append(r.role().name()).append(',').append(r.child()).append(",\"")
                            .append(MonitoringRecord.crimeTypesText(r.crimeTypes())).append("\",").append(r.statusBasis().name()).append(',')
                            .append(r.ethnicitySelfDefined() == null ? "" : r.ethnicitySelfDefined().name()).append(',')
                            .append(r.ethnicityObserved() == null ? "" : r.ethnicityObserved().name()).append(',')
                            .append(r.nationality() == null ? "" : r.nationality()).append(',').append(r.emergency()).append(',')
                            .append(r.protocolId()).append('\n');
                    out.append(line);
                }
            }
        }
        return perQuarter;
    }

    /** One quarter's counts computed from its raw records, by the service's own counting SQL. */
    static Map<Cell, Long> counts(Connection c, Quarter quarter) throws SQLException {
        Map<Cell, Long> counts = new HashMap<>();
        String sql = "SELECT dimension, category, outcome, n FROM (" + MonitoringStore.countsFromRecords(true) + ") t";
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            for (int i = 1; i <= 7; i++) {
                ps.setString(i, quarter.toString());
            }
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    counts.merge(new Cell(Dimension.valueOf(rs.getString(1)), rs.getString(2), rs.getString(3)), rs.getLong(4), Long::sum);
                }
            }
        }
        return counts;
    }

    static void check(Report expected, Report actual, String what) {
        if (!expected.tables().equals(actual.tables())) {
            throw new IllegalStateException(what + " gives different published tables");
        }
    }

    static String duckdbVersion(Connection c) throws SQLException {
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT version()")) {
            rs.next();
            return rs.getString(1);
        }
    }

    static double secs(long start) {
        return (System.nanoTime() - start) / 1e9;
    }

    static double millis(long start) {
        return (System.nanoTime() - start) / 1e6;
    }

    static double median(double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        return sorted[sorted.length / 2];
    }

    static double max(double[] values) {
        return Arrays.stream(values).max().orElse(0);
    }
}
