package uk.safeshare.monitoring.internal;

import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import uk.safeshare.monitoring.MonitoringFigures;
import uk.safeshare.monitoring.internal.Statistics.Cell;
import uk.safeshare.monitoring.internal.Statistics.QuarterSummary;
import uk.safeshare.monitoring.internal.Statistics.Report;
import uk.safeshare.monitoring.internal.Statistics.Table;

/** Reads the published tables, so the figures are the ones the statistics pages show, [c] and all. */
@Service
class MonitoringFiguresService implements MonitoringFigures {

    private final Releases releases;
    private final SuppressionThresholds thresholds;

    MonitoringFiguresService(Releases releases, SuppressionThresholds thresholds) {
        this.releases = releases;
        this.thresholds = thresholds;
    }

    @Override
    @Transactional
    public List<QuarterFigures> latest(int quarters) {
        List<QuarterFigures> figures = new ArrayList<>();
        for (QuarterSummary q : releases.quarters().available().stream().limit(Math.max(0, quarters)).toList()) {
            Report report = releases.report(q.quarter());
            Table role = report.table("role");
            List<Figure> byOutcome = role.columns().stream().map(c -> new Figure(c, role.cell("Total", c).text())).toList();
            Cell received = report.table("third-party-reports").cell("Total", "Reports received");
            figures.add(new QuarterFigures(report.quarter(), report.period(), byOutcome,
                    new Figure("Third-party reports received", received.text())));
        }
        return figures;
    }

    @Override
    @Transactional(readOnly = true)
    public int threshold() {
        return thresholds.currentThreshold();
    }
}
