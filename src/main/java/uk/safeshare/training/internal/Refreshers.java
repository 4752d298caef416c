package uk.safeshare.training.internal;

import java.time.LocalDate;
import uk.safeshare.training.TrainingViews.Standing;

/**
 * When a course is due again. A completion counts up to and including the same day of the month
 * {@code refresherMonths} later (12 months by default, as the force mandates); the refresher is
 * due from 30 days before that day and overdue from the day after it.
 */
final class Refreshers {

    static final int DUE_WITHIN_DAYS = 30;

    private Refreshers() {
    }

    static LocalDate dueOn(LocalDate completedOn, int refresherMonths) {
        return completedOn.plusMonths(refresherMonths);
    }

    static Standing standing(LocalDate lastCompleted, int refresherMonths, LocalDate today) {
        if (lastCompleted == null) {
            return Standing.NEVER_TAKEN;
        }
        LocalDate due = dueOn(lastCompleted, refresherMonths);
        if (today.isAfter(due)) {
            return Standing.OVERDUE;
        }
        return today.isBefore(due.minusDays(DUE_WITHIN_DAYS)) ? Standing.CURRENT : Standing.DUE;
    }
}
