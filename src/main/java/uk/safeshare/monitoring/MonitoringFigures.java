package uk.safeshare.monitoring;

import java.util.List;

/**
 * Figures from the published monitoring statistics, exactly as published (after disclosure
 * control), for governance reporting.
 */
public interface MonitoringFigures {

    /** The most recent published quarters, newest first, at most {@code quarters} of them. */
    List<QuarterFigures> latest(int quarters);

    /** The suppression threshold for quarters not yet published. */
    int threshold();

    /** A figure as published: a number, or a symbol such as [c]. */
    record Figure(String label, String value) {
    }

    /**
     * @param requestsByOutcome requests involving immigration enforcement, by outcome, then the total
     * @param thirdPartyReports third-party reports received in the quarter
     */
    record QuarterFigures(String quarter, String period, List<Figure> requestsByOutcome, Figure thirdPartyReports) {
    }
}
