package uk.safeshare.needs.internal;

import uk.safeshare.needs.NeedsViews.NeedsGap;
import uk.safeshare.needs.NeedsViews.NeedsCell;
import uk.safeshare.needs.NeedsViews.NeedsRow;

/** A gap before ranking: the raw demand ranks it, the shown cells describe it. */
record RankedGap(String dimension, String label, NeedsRow shown, int demandColumn, int declinedColumn, long organisations,
                 long demandRaw, String why) {
    /** Demand for each organisation available: the raw figure orders the gaps but is never shown. */
    double score() {
        return (double) demandRaw / (organisations + 1);
    }

    NeedsGap gap(int rank) {
        return new NeedsGap(rank, dimension, label, shown.cells().get(demandColumn),
                declinedColumn < 0 ? NeedsCell.hidden(Protection.NOT_APPLICABLE) : shown.cells().get(declinedColumn),
                organisations, why);
    }
}
