package uk.safeshare.youngpeople;

/** The multi-agency risk level of a young person on the tracker. */
public enum RiskLevel {
    LOW("Low"), MEDIUM("Medium"), HIGH("High");

    private final String label;

    RiskLevel(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
