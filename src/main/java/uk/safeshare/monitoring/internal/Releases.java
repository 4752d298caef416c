package uk.safeshare.monitoring.internal;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import uk.safeshare.monitoring.internal.Statistics.MarkerCount;
import uk.safeshare.monitoring.internal.Statistics.QuarterSummary;
import uk.safeshare.monitoring.internal.Statistics.Quarters;
import uk.safeshare.monitoring.internal.Statistics.Report;
import uk.safeshare.shared.InvalidRequestException;
import uk.safeshare.shared.NotFoundException;

/**
 * Which quarters are published and their tables. The trends across them are {@link QuarterTrends},
 * the live-marker counts {@link MarkerCounts} and the suppression threshold {@link SuppressionThresholds}.
 *
 * <p>A quarter is published only once it is final (after its cut-off, the end of the month after
 * it), and the first time it is shown it is fixed to the threshold then in force: its tables never
 * change afterwards, so there are never two versions of one quarter to compare.
 */
@Service
public class Releases {

    private final MonitoringStore store;
    private final SuppressionThresholds thresholds;
    private final MarkerCounts markers;
    private final Clock clock;
    /** The quarter the force began monitoring in, if configured; figures recorded for earlier quarters are not published. */
    private final Optional<Quarter> configuredStart;

    Releases(MonitoringStore store, SuppressionThresholds thresholds, MarkerCounts markers, Clock clock,
             @org.springframework.beans.factory.annotation.Value("${safeshare.monitoring.began-in:}") String beganIn) {
        this.configuredStart = beganIn == null || beganIn.isBlank() ? Optional.empty()
                : Optional.of(Quarter.parse(beganIn.strip()).orElseThrow(() -> new IllegalStateException(
                        "safeshare.monitoring.began-in must be a quarter such as 2026-Q1, not '" + beganIn + "'")));
        this.store = store;
        this.thresholds = thresholds;
        this.markers = markers;
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

    Optional<Quarter> earliest() {
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
            Map<String, Integer> published = thresholds.publishedThresholds();
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
        int threshold = thresholds.thresholdFor(quarter);
        return ReportBuilder.build(quarter, store.counts(quarter), markers.forQuarter(quarter).map(MarkerCount::liveMarkers).orElse(null),
                threshold);
    }

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

    static Quarter parse(String text, String field) {
        return Quarter.parse(text).orElseThrow(() -> new InvalidRequestException(field,
                "Enter a quarter as a year and quarter number, like 2026-Q3"));
    }
}
