package uk.safeshare.cases;

/**
 * What the police actually know about a person's immigration status. The difference between
 * {@link #CONCERNS_OR_DOUBTS_ONLY} and {@link #EVIDENCE_OF_IMMIGRATION_OFFENCE} is the core of
 * recommendation 1 of "Safe to share?": doubt is never a reason to share.
 */
public enum StatusBasis {
    NOT_KNOWN("Not known"),
    CONCERNS_OR_DOUBTS_ONLY("Concerns or doubts only"),
    EVIDENCE_OF_IMMIGRATION_OFFENCE("Evidence of an immigration offence"),
    CONFIRMED_LAWFUL_STATUS("Confirmed lawful status");

    private final String label;

    StatusBasis(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
