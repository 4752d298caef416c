package uk.safeshare.firewall.internal;

import java.util.Locale;
import uk.safeshare.firewall.internal.Sharing.Status;
import uk.safeshare.firewall.internal.Sharing.Verdict;

/**
 * Where a sharing request is, and what may happen to it next: the status transitions and the checks
 * before a review or a disclosure, in plain Java. Each check returns an allowance or a rejection with
 * the reason, rather than throwing, so that the use case decides how to refuse.
 */
record RequestState(Status status) {

    /** Whether something may happen to the request now. */
    sealed interface Allowance permits Allowed, Rejected {
    }

    record Allowed() implements Allowance {
    }

    record Rejected(String reason) implements Allowance {
    }

    /** A review before sharing is given only while the request awaits one. */
    Allowance mayBeReviewed() {
        return status == Status.AWAITING_REVIEW ? new Allowed()
                : new Rejected("This request is not awaiting review: it is " + status.label().toLowerCase(Locale.ROOT) + ".");
    }

    /** One refusal refuses; the last approval outstanding permits; otherwise it still awaits review. */
    Status afterPriorReview(Verdict verdict, boolean reviewsStillOutstanding) {
        if (status != Status.AWAITING_REVIEW) {
            throw new IllegalStateException("a request " + status + " is not reviewed");
        }
        if (verdict == Verdict.REFUSE) {
            return Status.REFUSED;
        }
        return reviewsStillOutstanding ? Status.AWAITING_REVIEW : Status.PERMITTED;
    }

    /** A disclosure is recorded once, and only for a request the protocol or its reviewers permitted. */
    Allowance mayDisclose() {
        return switch (status) {
            case PERMITTED -> new Allowed();
            case DISCLOSED -> new Rejected("This disclosure has already been recorded.");
            case AWAITING_REVIEW -> new Rejected("This request is still awaiting review; nothing may be shared yet.");
            case PROHIBITED, REFUSED -> new Rejected("This request was " + status.label().toLowerCase(Locale.ROOT)
                    + "; nothing may be shared.");
        };
    }

    /** The person is told what was shared once it has been. */
    Allowance mayTellPerson() {
        return status == Status.DISCLOSED ? new Allowed()
                : new Rejected("Tell the person once the disclosure has been made, and record it then.");
    }
}
