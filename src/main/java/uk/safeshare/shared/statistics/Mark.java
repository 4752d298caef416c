package uk.safeshare.shared.statistics;

/** How a cell is published. */
public enum Mark {
    /** The figure is shown. */
    SHOWN,
    /** Shown as {@code [c]}: a count from 1 to the threshold less one. */
    PRIMARY,
    /** Shown as {@code [c]}: suppressed so that a primary cell cannot be worked out from the others. */
    SECONDARY,
    /** Shown as {@code [x]}: not available. */
    NOT_AVAILABLE;

    public boolean hidden() {
        return this != SHOWN;
    }

    public boolean suppressed() {
        return this == PRIMARY || this == SECONDARY;
    }

    /** The symbol UK government statistics use for a cell that is not shown, or null. */
    public String symbol() {
        return switch (this) {
            case SHOWN -> null;
            case PRIMARY, SECONDARY -> "[c]";
            case NOT_AVAILABLE -> "[x]";
        };
    }
}
