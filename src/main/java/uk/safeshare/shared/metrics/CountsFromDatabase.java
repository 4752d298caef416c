package uk.safeshare.shared.metrics;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Counts for operational gauges, read from the database at most once per {@link #FRESHNESS}.
 *
 * <p>Gauges read the shared database rather than counting in memory so that every instance of a
 * scaled-out service reports the same figure, and a restart loses nothing. The short cache keeps
 * a busy scraper from turning into load on the database.
 */
public final class CountsFromDatabase {

    static final Duration FRESHNESS = Duration.ofSeconds(10);

    private final JdbcClient jdbc;
    private final Clock clock;
    private final Map<String, Cached> cache = new ConcurrentHashMap<>();

    public CountsFromDatabase(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** A gauge function: the number the SQL returns (one row, one column), or NaN if the database is unreachable. */
    public Supplier<Number> count(String sql) {
        return () -> cached(sql, () -> jdbc.sql(sql).query(Long.class).single());
    }

    private double cached(String key, Supplier<Long> query) {
        Instant now = clock.instant();
        Cached hit = cache.get(key);
        if (hit != null && hit.readAt().plus(FRESHNESS).isAfter(now)) {
            return hit.value();
        }
        double value;
        try {
            value = query.get();
        } catch (RuntimeException unreachable) {
            // A scrape must never fail because the database is briefly away; NaN says "unknown".
            value = Double.NaN;
        }
        cache.put(key, new Cached(value, now));
        return value;
    }

    private record Cached(double value, Instant readAt) {
    }
}
