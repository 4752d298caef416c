package uk.safeshare.governance;

/**
 * An item's red, amber or green status. {@link #ON_TRACK} and {@link #NO_ACTIONS} are what the
 * rules give when none of the three colours applies: open actions that are neither late, blocked
 * nor due soon unstarted; or nothing yet to measure.
 */
public enum Rag {
    RED("Red"),
    AMBER("Amber"),
    GREEN("Green"),
    ON_TRACK("On track"),
    NO_ACTIONS("No actions");

    private final String label;

    Rag(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** Only the three colours may be set by hand. */
    public boolean overridable() {
        return this == RED || this == AMBER || this == GREEN;
    }
}
