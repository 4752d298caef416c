package uk.safeshare.firewall.protocol;

/** Who must review a request that is referred for review. */
public enum Reviewer {
    SUPERVISOR("A supervisor"),
    DPO("The data protection officer"),
    SUPERVISOR_AND_DPO("A supervisor and the data protection officer");

    private final String label;

    Reviewer(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    public boolean includesSupervisor() {
        return this != DPO;
    }

    public boolean includesDpo() {
        return this != SUPERVISOR;
    }

    /** The reviewers needed when two rules each ask for a review. */
    public Reviewer and(Reviewer other) {
        if (other == null || other == this) {
            return this;
        }
        return SUPERVISOR_AND_DPO;
    }
}
