package uk.safeshare.cases;

/** Officer-observed ethnicity (IC codes). Kept beside, never instead of, the person's self-definition. */
public enum ObservedEthnicity {
    IC1("IC1 White: North European"),
    IC2("IC2 White: South European"),
    IC3("IC3 Black"),
    IC4("IC4 Asian"),
    IC5("IC5 Chinese, Japanese or other South East Asian"),
    IC6("IC6 Arab or North African"),
    IC9("IC9 Unknown");

    private final String label;

    ObservedEthnicity(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
