package uk.safeshare.cases;

/** The crime types a report can carry; a case may have several. */
public enum CrimeType {
    DOMESTIC_ABUSE("Domestic abuse"),
    MODERN_SLAVERY("Modern slavery or human trafficking"),
    SERIOUS_SEXUAL_OFFENCE("Serious sexual offence"),
    OTHER("Other");

    private final String label;

    CrimeType(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
