package uk.safeshare.governance;

/** Whom an item asks something of, in this area. */
public enum Applicability {
    FORCE("This force"),
    OPCC("This OPCC"),
    BOTH("This force and this OPCC"),
    NEITHER("Neither: a national body's, followed for information");

    private final String label;

    Applicability(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
