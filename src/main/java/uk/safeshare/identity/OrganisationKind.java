package uk.safeshare.identity;

public enum OrganisationKind {
    FORCE("Police force"),
    PCC_OFFICE("Office of the Police and Crime Commissioner"),
    PARTNER("Partner organisation"),
    OTHER("Other");

    private final String label;

    OrganisationKind(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
