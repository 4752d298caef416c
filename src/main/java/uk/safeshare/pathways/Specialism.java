package uk.safeshare.pathways;

/** What a specialist organisation offers. */
public enum Specialism {
    MIGRANT_BAME_LED_SUPPORT("Migrant or BAME-led support"),
    IMMIGRATION_ADVICE("Immigration advice"),
    LEGAL_ADVICE("Legal advice"),
    IDVA("Independent domestic violence advocacy (IDVA)"),
    EMOTIONAL_SUPPORT("Emotional support"),
    HOUSING_REFUGE("Housing or refuge"),
    MODERN_SLAVERY_SUPPORT("Modern slavery support");

    private final String label;

    Specialism(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
