package uk.safeshare.monitoring.internal;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import uk.safeshare.identity.Identity;
import uk.safeshare.identity.Role;
import uk.safeshare.monitoring.internal.Statistics.Cell;
import uk.safeshare.monitoring.internal.Statistics.MarkerCount;
import uk.safeshare.monitoring.internal.Statistics.QuarterSummary;
import uk.safeshare.monitoring.internal.Statistics.Quarters;
import uk.safeshare.monitoring.internal.Statistics.Report;
import uk.safeshare.monitoring.internal.Statistics.Settings;
import uk.safeshare.monitoring.internal.Statistics.Trend;
import uk.safeshare.monitoring.internal.Statistics.TrendPoint;
import uk.safeshare.monitoring.internal.Statistics.Trends;
import uk.safeshare.shared.statistics.Suppression;
import uk.safeshare.shared.ForbiddenException;
import uk.safeshare.shared.InvalidRequestException;
import uk.safeshare.shared.NotFoundException;

/**
 * Which quarters are published, their tables and the trends across them, the live-marker counts
 * analysts record, and the suppression threshold.
 *
 * <p>A quarter is published only once it is final (after its cut-off, the end of the month after
 * it), and the first time it is shown it is fixed to the threshold then in force: its tables never
 * change afterwards, so there are never two versions of one quarter to compare.
 */
@Service
public class Releases {

    static final int TREND_QUARTERS = 8;
    static final int MAX_TREND_QUARTERS = 20;
    /** How far back live-marker counts may be recorded. */
    static final int MARKER_YEARS_BACK = 10;
    static final long MAX_MARKERS = 10_000_000L;

    private final JdbcTemplate jdbc;
    private final MonitoringStore store;
    private final Identity identity;
    private final Clock clock;
    /** The quarter the force began monitoring in, if configured; figures recorded for earlier quarters are not published. */
    private final Optional<Quarter> configuredStart;

    Releases(JdbcTemplate jdbc, MonitoringStore store, Identity identity, Clock clock,
             @org.springframework.beans.factory.annotation.Value("${safeshare.monitoring.began-in:}") String beganIn) {
        this.configuredStart = beganIn == null || beganIn.isBlank() ? Optional.empty()
                : Optional.of(Quarter.parse(beganIn.strip()).orElseThrow(() -> new IllegalStateException(
                        "safeshare.monitoring.began-in must be a quarter such as 2026-Q1, not '" + beganIn + "'")));
        this.jdbc = jdbc;
        this.store = store;
        this.identity = identity;
        this.clock = clock;
    }

    static String suppressionRule(int threshold) {
        return "Statistical disclosure control: counts from 1 to " + (threshold - 1) + " are suppressed and shown as [c] "
                + "(the threshold is " + threshold + "). Further cells, chosen among the smallest, are also shown as [c] so "
                + "that no suppressed count can be worked out from the totals, from the other cells of the table or from "
                + "the other tables of the quarter. [x]: not available.";
    }

    /** The last quarter whose figures are final now. */
    Quarter lastFinal() {
        Instant now = clock.instant();
        Quarter q = Quarter.of(now);
        while (!q.cutOff().isBefore(now) && !q.cutOff().equals(now)) {
            q = q.previous();
        }
        return q;
    }

    /**
     * The first quarter of monitoring: the first quarter a figure was recorded for, but never before the
     * configured start (a live-marker count typed in for 2020, or a case reported years after the crime,
     * must not make a run of "final" quarters from before the force began monitoring).
     */
    static Optional<Quarter> began(Optional<Quarter> configured, Optional<Quarter> firstRecorded) {
        if (firstRecorded.isEmpty() || configured.isEmpty()) {
            return firstRecorded;
        }
        return Optional.of(firstRecorded.get().compareTo(configured.get()) < 0 ? configured.get() : firstRecorded.get());
    }

    private Optional<Quarter> earliest() {
        return began(configuredStart, store.earliest());
    }

    /** The quarters after the last final one up to the current one: counted so far, not yet published. */
    List<String> provisional() {
        Quarter now = Quarter.of(clock.instant());
        List<String> quarters = new ArrayList<>();
        for (Quarter q = now; q.compareTo(lastFinal()) > 0; q = q.previous()) {
            quarters.add(q.toString());
        }
        return quarters;
    }

    @Transactional(readOnly = true)
    public Quarters quarters() {
        Quarter last = lastFinal();
        List<QuarterSummary> available = new ArrayList<>();
        Optional<Quarter> earliest = earliest();
        if (earliest.isPresent()) {
            Map<String, Integer> published = publishedThresholds();
            for (Quarter q = last; q.compareTo(earliest.get()) >= 0; q = q.previous()) {
                available.add(new QuarterSummary(q.toString(), q.period(), published.get(q.toString())));
            }
        }
        Quarter next = last.next();
        return new Quarters(List.copyOf(available), next.toString(), next.cutOffDay().plusDays(1));
    }

    /** A published quarter's tables. */
    @Transactional
    public Report report(String quarterText) {
        return report(publishable(quarterText, "quarter"));
    }

    Report report(Quarter quarter) {
        int threshold = thresholdFor(quarter);
        return ReportBuilder.build(quarter, store.counts(quarter), markers(quarter).map(MarkerCount::liveMarkers).orElse(null),
                threshold);
    }

    /** Figures followed across quarters, each taken from its quarter's publication exactly as published. */
    @Transactional
    public Trends trends(String fromText, String toText) {
        Quarter last = lastFinal();
        Optional<Quarter> earliest = earliest();
        if (earliest.isEmpty() || earliest.get().compareTo(last) > 0) {
            throw new NotFoundException("There are no published statistics yet.");
        }
        Quarter to = toText == null || toText.isBlank() ? last : parse(toText, "to");
        Quarter from = fromText == null || fromText.isBlank() ? later(earliest.get(), back(to, TREND_QUARTERS - 1)) : parse(fromText, "from");
        if (from.compareTo(to) > 0) {
            throw new InvalidRequestException("from", "The first quarter must be before the last quarter, or the same");
        }
        if (from.compareTo(earliest.get()) < 0) {
            throw new InvalidRequestException("from", "The first quarter must be " + earliest.get() + " or later: there are no figures before it");
        }
        if (to.compareTo(last) > 0) {
            throw new InvalidRequestException("to", "The last quarter must be " + last + " or earlier: later quarters are not final yet");
        }
        if (from.span(to) > MAX_TREND_QUARTERS) {
            throw new InvalidRequestException("from", "Choose at most " + MAX_TREND_QUARTERS + " quarters");
        }
        List<Report> reports = new ArrayList<>();
        for (Quarter q = from; q.compareTo(to) <= 0; q = q.next()) {
            reports.add(report(q));
        }
        List<Trend> trends = List.of(
                trend("requests", "Requests involving immigration enforcement", "role", "Total", "Total", reports),
                trend("victims", "Requests about victims", "role", "Victim", "Total", reports),
                trend("prohibited", "Requests prohibited by the protocol", "role", "Total", "Prohibited", reports),
                trend("checks", "Checks of police systems for immigration purposes", "checks", "Total", "Total", reports),
                trend("markers", "Live immigration markers at the end of the quarter", "markers", "Live immigration markers", "Number", reports),
                trend("third-party-reports", "Third-party reports received", "third-party-reports", "Total", "Reports received", reports));
        return new Trends(from.toString(), to.toString(), trends);
    }

    private static Trend trend(String id, String title, String table, String row, String column, List<Report> reports) {
        List<TrendPoint> points = new ArrayList<>();
        for (Report r : reports) {
            Cell cell = r.table(table).cell(row, column);
            points.add(new TrendPoint(r.quarter(), cell));
        }
        return new Trend(id, title, table, row, column, List.copyOf(points));
    }

    // ---- Live immigration markers ----

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

    private Optional<MarkerCount> markers(Quarter quarter) {
        return jdbc.query("SELECT quarter, live_markers, recorded_by, recorded_at FROM monitoring_marker_count WHERE quarter = ?",
                (rs, n) -> new MarkerCount(rs.getString(1), rs.getLong(2), rs.getString(3),
                        rs.getObject(4, java.time.OffsetDateTime.class).toInstant()), quarter.toString()).stream().findFirst();
    }

    // ---- Threshold ----

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

    private Map<String, Integer> publishedThresholds() {
        Map<String, Integer> map = new java.util.HashMap<>();
        jdbc.query("SELECT quarter, threshold FROM monitoring_release", rs -> {
            map.put(rs.getString(1), rs.getInt(2));
        });
        return map;
    }

    /** The quarter's threshold, fixed the first time the quarter is published. */
    private int thresholdFor(Quarter quarter) {
        List<Integer> fixed = jdbc.queryForList("SELECT threshold FROM monitoring_release WHERE quarter = ?", Integer.class,
                quarter.toString());
        if (!fixed.isEmpty()) {
            return fixed.getFirst();
        }
        jdbc.update("INSERT INTO monitoring_release (quarter, threshold, published_at) VALUES (?, ?, ?) ON CONFLICT DO NOTHING",
                quarter.toString(), currentThreshold(), clock.instant().atOffset(ZoneOffset.UTC));
        return jdbc.queryForObject("SELECT threshold FROM monitoring_release WHERE quarter = ?", Integer.class, quarter.toString());
    }

    // ---- Quarters ----

    private Quarter publishable(String text, String field) {
        Quarter quarter = parse(text, field);
        Quarter last = lastFinal();
        if (quarter.compareTo(last) > 0) {
            throw new NotFoundException("The statistics for " + quarter + " are not published yet: they are final, and "
                    + "published, from " + Quarter.longDate(quarter.cutOffDay().plusDays(1)) + ".");
        }
        Optional<Quarter> earliest = earliest();
        if (earliest.isEmpty() || quarter.compareTo(earliest.get()) < 0) {
            throw new NotFoundException("There are no statistics for " + quarter + ": monitoring began "
                    + earliest.map(q -> "in " + q).orElse("after it") + ".");
        }
        return quarter;
    }

    private static Quarter parse(String text, String field) {
        return Quarter.parse(text).orElseThrow(() -> new InvalidRequestException(field,
                "Enter a quarter as a year and quarter number, like 2026-Q3"));
    }

    private static Quarter back(Quarter q, int quarters) {
        for (int i = 0; i < quarters; i++) {
            q = q.previous();
        }
        return q;
    }

    private static Quarter later(Quarter a, Quarter b) {
        return a.compareTo(b) >= 0 ? a : b;
    }

    private void requireAnalyst() {
        if (!identity.current().has(Role.ANALYST)) {
            throw new ForbiddenException("Only analysts record live immigration marker counts.");
        }
    }
}
