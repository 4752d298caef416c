package uk.safeshare.youngpeople;

/**
 * The agencies that lead on, or work with, a young person at risk. Immigration enforcement is not one:
 * the tracker is for safeguarding, never for immigration purposes.
 */
public enum Agency {
    CHILDRENS_SERVICES("Local authority children's services"),
    POLICE("Police"),
    HEALTH("Health"),
    EDUCATION("Education"),
    YOUTH_JUSTICE("Youth justice"),
    VOLUNTARY_SECTOR("Voluntary or specialist organisation"),
    OTHER("Other");

    private final String label;

    Agency(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
