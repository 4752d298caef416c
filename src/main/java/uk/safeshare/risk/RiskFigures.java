package uk.safeshare.risk;

import java.util.List;

/**
 * Counts of completed domestic abuse risk assessments, for governance reporting (action 1 of
 * "Safe to share?"). Raw counts: whoever publishes them applies disclosure control.
 */
public interface RiskFigures {

    /** By the quarter the assessment was completed in (like 2026-Q3), oldest first. */
    List<QuarterCount> completedByQuarter();

    /**
     * @param completed                 assessments completed in the quarter
     * @param withImmigrationFactors    of those, the ones that recorded at least one immigration-related risk factor
     */
    record QuarterCount(String quarter, long completed, long withImmigrationFactors) {
    }
}
