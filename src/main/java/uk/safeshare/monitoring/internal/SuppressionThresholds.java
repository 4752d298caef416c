package uk.safeshare.monitoring.internal;

import java.time.Clock;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import uk.safeshare.identity.Identity;
import uk.safeshare.identity.Role;
import uk.safeshare.monitoring.internal.Statistics.QuarterSummary;
import uk.safeshare.monitoring.internal.Statistics.Settings;
import uk.safeshare.shared.statistics.Suppression;
import uk.safeshare.shared.ForbiddenException;
import uk.safeshare.shared.InvalidRequestException;

/** The suppression threshold: the one in force for quarters not yet published, and the one each published quarter keeps. */
@Service
public class SuppressionThresholds {

    private final JdbcTemplate jdbc;
    private final Identity identity;
    private final Clock clock;

    SuppressionThresholds(JdbcTemplate jdbc, Identity identity, Clock clock) {
        this.jdbc = jdbc;
        this.identity = identity;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public Settings settings() {
        List<QuarterSummary> published = new ArrayList<>();
        publishedThresholds().forEach((q, t) -> published.add(new QuarterSummary(q, Quarter.parse(q).orElseThrow().period(), t)));
        published.sort(java.util.Comparator.comparing(QuarterSummary::quarter).reversed());
        return new Settings(currentThreshold(), Suppression.MIN_THRESHOLD, Suppression.MAX_THRESHOLD, List.copyOf(published));
    }

    /** Sets the threshold for quarters not yet published (those already published keep theirs). */
    @Transactional
    public Settings changeThreshold(Integer threshold) {
        if (!identity.current().hasAny(Role.ANALYST, Role.DPO)) {
            throw new ForbiddenException("Only analysts and the data protection officer set the suppression threshold.");
        }
        if (threshold == null) {
            throw new InvalidRequestException("threshold", "Enter the threshold as a whole number from "
                    + Suppression.MIN_THRESHOLD + " to " + Suppression.MAX_THRESHOLD);
        }
        if (threshold < Suppression.MIN_THRESHOLD || threshold > Suppression.MAX_THRESHOLD) {
            throw new InvalidRequestException("threshold", "The threshold must be from " + Suppression.MIN_THRESHOLD + " to "
                    + Suppression.MAX_THRESHOLD + ": below " + Suppression.MIN_THRESHOLD
                    + " small counts would be shown, and above " + Suppression.MAX_THRESHOLD + " almost nothing would be");
        }
        jdbc.update("UPDATE monitoring_setting SET threshold = ?, updated_by = ?, updated_at = ? WHERE id = 1",
                threshold, identity.current().username(), clock.instant().atOffset(ZoneOffset.UTC));
        return settings();
    }

    int currentThreshold() {
        return jdbc.queryForObject("SELECT threshold FROM monitoring_setting WHERE id = 1", Integer.class);
    }

    /** The threshold each published quarter was fixed to, by quarter. */
    Map<String, Integer> publishedThresholds() {
        Map<String, Integer> map = new java.util.HashMap<>();
        jdbc.query("SELECT quarter, threshold FROM monitoring_release", rs -> {
            map.put(rs.getString(1), rs.getInt(2));
        });
        return map;
    }

    /** The quarter's threshold, fixed the first time the quarter is published. */
    int thresholdFor(Quarter quarter) {
        List<Integer> fixed = jdbc.queryForList("SELECT threshold FROM monitoring_release WHERE quarter = ?", Integer.class,
                quarter.toString());
        if (!fixed.isEmpty()) {
            return fixed.getFirst();
        }
        jdbc.update("INSERT INTO monitoring_release (quarter, threshold, published_at) VALUES (?, ?, ?) ON CONFLICT DO NOTHING",
                quarter.toString(), currentThreshold(), clock.instant().atOffset(ZoneOffset.UTC));
        return jdbc.queryForObject("SELECT threshold FROM monitoring_release WHERE quarter = ?", Integer.class, quarter.toString());
    }
}
