package uk.safeshare.monitoring.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import uk.safeshare.monitoring.internal.Statistics.Cell;
import uk.safeshare.monitoring.internal.Statistics.Report;
import uk.safeshare.monitoring.internal.Statistics.Trend;
import uk.safeshare.monitoring.internal.Statistics.TrendPoint;
import uk.safeshare.monitoring.internal.Statistics.Trends;
import uk.safeshare.shared.InvalidRequestException;
import uk.safeshare.shared.NotFoundException;

/** Figures followed across a run of published quarters, each as its quarter published it. */
@Service
public class QuarterTrends {

    static final int TREND_QUARTERS = 8;
    static final int MAX_TREND_QUARTERS = 20;

    private final Releases releases;

    QuarterTrends(Releases releases) {
        this.releases = releases;
    }

    /** Figures followed across quarters, each taken from its quarter's publication exactly as published. */
    @Transactional
    public Trends trends(String fromText, String toText) {
        Quarter last = releases.lastFinal();
        Optional<Quarter> earliest = releases.earliest();
        if (earliest.isEmpty() || earliest.get().compareTo(last) > 0) {
            throw new NotFoundException("There are no published statistics yet.");
        }
        Quarter to = toText == null || toText.isBlank() ? last : Releases.parse(toText, "to");
        Quarter from = fromText == null || fromText.isBlank() ? later(earliest.get(), back(to, TREND_QUARTERS - 1)) : Releases.parse(fromText, "from");
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
            reports.add(releases.report(q));
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

    private static Quarter back(Quarter q, int quarters) {
        for (int i = 0; i < quarters; i++) {
            q = q.previous();
        }
        return q;
    }

    private static Quarter later(Quarter a, Quarter b) {
        return a.compareTo(b) >= 0 ? a : b;
    }
}
