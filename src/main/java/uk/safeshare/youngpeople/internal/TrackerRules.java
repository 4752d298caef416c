package uk.safeshare.youngpeople.internal;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.time.ZoneId;
import uk.safeshare.youngpeople.YoungPeopleViews.ReviewState;

/** The tracker's rules about dates, in plain Java. */
final class TrackerRules {

    static final ZoneId UK = ZoneId.of("Europe/London");
    /** A review is due when it falls within this many days from today, and overdue once its day has passed. */
    static final int REVIEW_DUE_WITHIN_DAYS = 7;
    /** Return interviews are offered within 72 hours of a missing child's return (statutory guidance). */
    static final Duration RETURN_INTERVIEW_WITHIN = Duration.ofHours(72);

    private TrackerRules() {
    }

    static int age(LocalDate dateOfBirth, LocalDate on) {
        return Period.between(dateOfBirth, on).getYears();
    }

    static boolean child(LocalDate dateOfBirth, LocalDate on) {
        return !dateOfBirth.isAfter(on) && age(dateOfBirth, on) < 18;
    }

    static ReviewState review(LocalDate nextReviewOn, LocalDate today) {
        if (nextReviewOn.isBefore(today)) {
            return ReviewState.OVERDUE;
        }
        return nextReviewOn.isAfter(today.plusDays(REVIEW_DUE_WITHIN_DAYS)) ? ReviewState.SCHEDULED : ReviewState.DUE;
    }

    static boolean returnInterviewOverdue(Instant returnedAt, LocalDate interviewOn, Instant now) {
        return returnedAt != null && interviewOn == null && returnedAt.plus(RETURN_INTERVIEW_WITHIN).isBefore(now);
    }

    static LocalDate today(Instant now) {
        return LocalDate.ofInstant(now, UK);
    }
}
