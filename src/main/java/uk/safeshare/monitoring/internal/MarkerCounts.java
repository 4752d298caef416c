package uk.safeshare.monitoring.internal;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import uk.safeshare.identity.Identity;
import uk.safeshare.identity.Role;
import uk.safeshare.monitoring.internal.Statistics.MarkerCount;
import uk.safeshare.shared.ForbiddenException;
import uk.safeshare.shared.InvalidRequestException;

/** The live immigration marker counts that analysts record for each quarter. */
@Service
public class MarkerCounts {

    /** How far back live-marker counts may be recorded. */
    static final int MARKER_YEARS_BACK = 10;
    static final long MAX_MARKERS = 10_000_000L;

    private final JdbcTemplate jdbc;
    private final Identity identity;
    private final Clock clock;

    MarkerCounts(JdbcTemplate jdbc, Identity identity, Clock clock) {
        this.jdbc = jdbc;
        this.identity = identity;
        this.clock = clock;
    }

    @Transactional
    public MarkerCount recordMarkers(String quarterText, Long count) {
        requireAnalyst();
        java.util.Map<String, String> errors = new java.util.LinkedHashMap<>();
        Quarter quarter = null;
        Optional<Quarter> parsed = Quarter.parse(quarterText);
        Quarter current = Quarter.of(clock.instant());
        if (parsed.isEmpty()) {
            errors.put("quarter", "Enter the quarter as a year and quarter number, like " + current.previous());
        } else {
            quarter = parsed.get();
            if (quarter.compareTo(current) >= 0) {
                errors.put("quarter", "Enter a quarter that has ended: the count is taken at the end of the quarter");
            } else if (quarter.year() < current.year() - MARKER_YEARS_BACK) {
                errors.put("quarter", "Enter a quarter from " + (current.year() - MARKER_YEARS_BACK) + " or later");
            }
        }
        if (count == null) {
            errors.put("count", "Enter the number of live immigration markers as a whole number, like 120");
        } else if (count < 0) {
            errors.put("count", "The number of live immigration markers cannot be negative");
        } else if (count > MAX_MARKERS) {
            errors.put("count", "The number of live immigration markers must be " + String.format("%,d", MAX_MARKERS) + " or fewer");
        }
        if (!errors.isEmpty()) {
            throw new InvalidRequestException(String.join("; ", errors.values()), errors);
        }
        String by = identity.current().username();
        Instant now = clock.instant();
        int updated = jdbc.update("UPDATE monitoring_marker_count SET live_markers = ?, recorded_by = ?, recorded_at = ? WHERE quarter = ?",
                count, by, now.atOffset(ZoneOffset.UTC), quarter.toString());
        if (updated == 0) {
            jdbc.update("INSERT INTO monitoring_marker_count (quarter, live_markers, recorded_by, recorded_at) VALUES (?, ?, ?, ?)",
                    quarter.toString(), count, by, now.atOffset(ZoneOffset.UTC));
        }
        return new MarkerCount(quarter.toString(), count, by, now);
    }

    /** The counts analysts have recorded, newest quarter first (for the analysts' own form). */
    @Transactional(readOnly = true)
    public List<MarkerCount> markerCounts() {
        requireAnalyst();
        return jdbc.query("SELECT quarter, live_markers, recorded_by, recorded_at FROM monitoring_marker_count ORDER BY quarter DESC",
                (rs, n) -> new MarkerCount(rs.getString(1), rs.getLong(2), rs.getString(3),
                        rs.getObject(4, java.time.OffsetDateTime.class).toInstant()));
    }

    /** The count recorded for the quarter, if any. */
    Optional<MarkerCount> forQuarter(Quarter quarter) {
        return jdbc.query("SELECT quarter, live_markers, recorded_by, recorded_at FROM monitoring_marker_count WHERE quarter = ?",
                (rs, n) -> new MarkerCount(rs.getString(1), rs.getLong(2), rs.getString(3),
                        rs.getObject(4, java.time.OffsetDateTime.class).toInstant()), quarter.toString()).stream().findFirst();
    }

    private void requireAnalyst() {
        if (!identity.current().has(Role.ANALYST)) {
            throw new ForbiddenException("Only analysts record live immigration marker counts.");
        }
    }
}
