package uk.safeshare.outreach.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import uk.safeshare.cases.CaseFigures;
import uk.safeshare.identity.Identity;
import uk.safeshare.monitoring.MonitoringFigures;
import uk.safeshare.outreach.OutreachViews.Activity;
import uk.safeshare.outreach.OutreachViews.AreaOutcome;
import uk.safeshare.outreach.OutreachViews.Figure;
import uk.safeshare.outreach.OutreachViews.QuarterLine;
import uk.safeshare.pathways.PathwaysFigures;
import uk.safeshare.shared.statistics.DisclosureProblem;
import uk.safeshare.shared.statistics.Mark;
import uk.safeshare.shared.statistics.Suppression;

/**
 * For each area where outreach took place: third-party reports and referrals (of people on cases in
 * that area) by quarter, from four quarters before its first activity to now (at most 12 quarters),
 * disclosure-controlled with the monitoring threshold: a signal to read beside the log, not proof of effect.
 */
@Service
class OutreachOutcomes {

    static final int QUARTERS_BEFORE = 4;
    static final int MAX_QUARTERS = 12;

    private final OutreachLog log;
    private final PathwaysFigures pathways;
    private final CaseFigures cases;
    private final MonitoringFigures monitoring;
    private final Identity identity;
    private final Clock clock;

    OutreachOutcomes(OutreachLog log, PathwaysFigures pathways, CaseFigures cases, MonitoringFigures monitoring, Identity identity,
                     Clock clock) {
        this.log = log;
        this.pathways = pathways;
        this.cases = cases;
        this.monitoring = monitoring;
        this.identity = identity;
        this.clock = clock;
    }

    /** 2026-Q1 for January to March 2026. */
    static String quarter(LocalDate d) {
        return d.getYear() + "-Q" + ((d.getMonthValue() - 1) / 3 + 1);
    }

    static LocalDate quarterStart(LocalDate d) {
        return YearMonth.of(d.getYear(), ((d.getMonthValue() - 1) / 3) * 3 + 1).atDay(1);
    }

    @Transactional(readOnly = true)
    public List<AreaOutcome> outcomes() {
        OutreachLog.require(identity);
        List<Activity> activities = log.all();
        if (activities.isEmpty()) {
            return List.of();
        }
        LocalDate today = LocalDate.now(clock.withZone(OutreachLog.LONDON));
        Map<String, LocalDate> first = new TreeMap<>();
        Map<String, String> names = new HashMap<>();
        for (Activity a : activities) {
            String key = key(a.area());
            names.putIfAbsent(key, a.area());
            first.merge(key, a.heldOn(), (x, y) -> x.isBefore(y) ? x : y);
        }
        LocalDate earliest = first.values().stream().min(LocalDate::compareTo).orElseThrow();
        var from = quarterStart(earliest).minusMonths(3L * QUARTERS_BEFORE).atStartOfDay(OutreachLog.LONDON).toInstant();
        var to = today.plusDays(1).atStartOfDay(OutreachLog.LONDON).toInstant();
        Map<String, Map<String, long[]>> counts = new HashMap<>();
        for (var r : pathways.thirdPartyReports(from, to)) {
            count(counts, key(r.area()), quarter(r.at().atZone(OutreachLog.LONDON).toLocalDate()), 0);
        }
        var referrals = pathways.referralsMade(from, to);
        var areas = cases.areasOf(referrals.stream().map(PathwaysFigures.DatedReferral::personId).toList());
        for (var r : referrals) {
            String area = areas.get(r.personId());
            if (area != null) {
                count(counts, key(area), quarter(r.at().atZone(OutreachLog.LONDON).toLocalDate()), 1);
            }
        }
        int threshold = monitoring.threshold();
        List<AreaOutcome> outcomes = new ArrayList<>();
        for (var e : first.entrySet()) {
            LocalDate start = quarterStart(e.getValue()).minusMonths(3L * QUARTERS_BEFORE);
            List<String> quarters = new ArrayList<>();
            for (LocalDate q = start; !q.isAfter(today) && quarters.size() < MAX_QUARTERS; q = q.plusMonths(3)) {
                quarters.add(quarter(q));
            }
            Map<String, Long> activityCount = new HashMap<>();
            activities.stream().filter(a -> key(a.area()).equals(e.getKey()))
                    .forEach(a -> activityCount.merge(quarter(a.heldOn()), 1L, Long::sum));
            outcomes.add(area(names.get(e.getKey()), e.getValue(), quarters, counts.getOrDefault(e.getKey(), Map.of()),
                    activityCount, threshold));
        }
        return outcomes;
    }

    private static AreaOutcome area(String name, LocalDate firstActivity, List<String> quarters, Map<String, long[]> counts,
                                    Map<String, Long> activities, int threshold) {
        DisclosureProblem problem = new DisclosureProblem();
        int n = quarters.size();
        int[][] cells = new int[n + 1][2];
        for (int c = 0; c < 2; c++) {
            List<Integer> parts = new ArrayList<>();
            long total = 0;
            for (int r = 0; r < n; r++) {
                long v = counts.getOrDefault(quarters.get(r), new long[2])[c];
                cells[r][c] = problem.cell(v);
                parts.add(cells[r][c]);
                total += v;
            }
            cells[n][c] = problem.cell(total);
            problem.line(parts, cells[n][c]);
        }
        Mark[] marks = Suppression.protect(problem, threshold);
        String firstQuarter = quarter(firstActivity);
        List<QuarterLine> lines = new ArrayList<>();
        long max = 0;
        for (int r = 0; r <= n; r++) {
            Figure[] f = new Figure[2];
            for (int c = 0; c < 2; c++) {
                Mark m = marks[cells[r][c]];
                f[c] = m.hidden() ? new Figure(null, m.symbol()) : new Figure(problem.value(cells[r][c]), null);
                if (r < n && f[c].shown()) {
                    max = Math.max(max, f[c].value());
                }
            }
            String q = r < n ? quarters.get(r) : "Total";
            String relation = r == n ? "" : q.equals(firstQuarter) ? "first activity" : q.compareTo(firstQuarter) < 0 ? "before" : "after";
            lines.add(new QuarterLine(q, relation, r < n ? activities.getOrDefault(q, 0L).intValue()
                    : activities.values().stream().mapToInt(Long::intValue).sum(), f[0], f[1]));
        }
        return new AreaOutcome(name, firstActivity, lines, max);
    }

    private static void count(Map<String, Map<String, long[]>> counts, String area, String quarter, int column) {
        counts.computeIfAbsent(area, k -> new HashMap<>()).computeIfAbsent(quarter, k -> new long[2])[column]++;
    }

    private static String key(String area) {
        return area.strip().toLowerCase(Locale.ROOT);
    }
}
