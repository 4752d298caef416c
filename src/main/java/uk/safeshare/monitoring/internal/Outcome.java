package uk.safeshare.monitoring.internal;

import uk.safeshare.firewall.ImmigrationEnforcementRequestDecided;

/** What became of a request involving immigration enforcement, as the monitoring tables count it. */
enum Outcome {
    PROHIBITED("Prohibited"),
    PERMITTED("Permitted"),
    APPROVED_ON_REVIEW("Approved on review"),
    REFUSED_ON_REVIEW("Refused on review"),
    AWAITING_REVIEW("Awaiting review");

    private final String label;

    Outcome(String label) {
        this.label = label;
    }

    String label() {
        return label;
    }

    /** The firewall's first decision or a review's settlement, in these terms. */
    static Outcome of(ImmigrationEnforcementRequestDecided.Outcome decided) {
        return switch (decided) {
            case PROHIBITED -> PROHIBITED;
            case PERMITTED -> PERMITTED;
            case REFERRED_FOR_REVIEW -> AWAITING_REVIEW;
            case APPROVED_ON_REVIEW -> APPROVED_ON_REVIEW;
            case REFUSED_ON_REVIEW -> REFUSED_ON_REVIEW;
        };
    }

    boolean settlesAReview() {
        return this == APPROVED_ON_REVIEW || this == REFUSED_ON_REVIEW;
    }
}
