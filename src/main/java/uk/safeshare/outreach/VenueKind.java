package uk.safeshare.outreach;

/** Where publicity or confidence work took place. */
public enum VenueKind {
    GP_PRACTICE("GP practice"),
    CITIZENS_ADVICE("Citizens Advice"),
    COMMUNITY_OR_FAITH_GROUP("Community or faith group"),
    SCHOOL("School"),
    ONLINE("Online"),
    OTHER("Other");

    private final String label;

    VenueKind(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
