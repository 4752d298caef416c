package uk.safeshare.retention;

/**
 * The groups of the College of Policing's APP on the Management of Police Information (review,
 * retention and disposal), as SafeShare can tell them from its own records (ADR 0015).
 */
public enum RecordGroup {
    PUBLIC_PROTECTION("Group 1: certain public protection matters",
            "Serious sexual offences and modern slavery or human trafficking (serious specified offences)"),
    SERIOUS_OFFENCE("Group 2: other sexual, violent or serious offences", "Domestic abuse"),
    OTHER_OFFENCE("Group 3: all other offences", "Any other crime type"),
    VICTIM_WITNESS_ONLY("Records of victims and witnesses only", "A person recorded only as a victim or witness");

    private final String label;
    private final String covers;

    RecordGroup(String label, String covers) {
        this.label = label;
        this.covers = covers;
    }

    public String label() {
        return label;
    }

    public String covers() {
        return covers;
    }
}
