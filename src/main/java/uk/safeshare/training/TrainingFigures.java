package uk.safeshare.training;

import java.util.List;

/** Training figures for the recommendations tracker: counts per course, never names. */
public interface TrainingFigures {

    /** For each course, across everyone whose role must take it, as of today. */
    List<TrainingViews.Tally> byCourse();
}
