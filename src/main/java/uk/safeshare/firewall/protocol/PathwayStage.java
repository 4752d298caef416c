package uk.safeshare.firewall.protocol;

/**
 * Where the case is on the victim's pathway when sharing is proposed. Recommendation 4 of
 * "Safe to share?" asks forces to be clear about the purpose of sharing at each point of the
 * pathway, so every request records it.
 */
public enum PathwayStage {
    INITIAL_REPORT("Initial report"),
    INVESTIGATION("Investigation"),
    SAFEGUARDING_AND_SUPPORT("Safeguarding and support"),
    CHARGE_AND_PROSECUTION("Charge and prosecution"),
    POST_CASE("After the case has closed");

    private final String label;

    PathwayStage(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
