package uk.safeshare.risk;

/** The risk grades, lowest first: the order is what "raise, never lower" compares. */
public enum RiskGrade {
    STANDARD("Standard"),
    MEDIUM("Medium"),
    HIGH("High");

    private final String label;

    RiskGrade(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    public boolean isHigherThan(RiskGrade other) {
        return compareTo(other) > 0;
    }

    public boolean isLowerThan(RiskGrade other) {
        return compareTo(other) < 0;
    }
}
