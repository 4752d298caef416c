package uk.safeshare.governance;

public enum Forum {
    WORKING_GROUP("Safe to Share working group"),
    VULNERABILITY_BOARD("Vulnerability Board");

    private final String label;

    Forum(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
