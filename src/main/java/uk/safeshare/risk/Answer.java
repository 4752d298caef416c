package uk.safeshare.risk;

/** How a checklist question was answered. Only {@link #YES} counts toward the score. */
public enum Answer {
    YES("Yes"),
    NO("No"),
    NOT_KNOWN("Not known"),
    DECLINED("Declined to answer");

    private final String label;

    Answer(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
