package uk.safeshare.firewall.protocol;

/** Whether the person has agreed to the sharing. */
public enum Consent {
    GIVEN("The person has consented"),
    REFUSED("The person has refused"),
    NOT_ASKED("The person has not been asked"),
    NOT_CAPABLE("The person cannot consent (for example, lacks capacity)");

    private final String label;

    Consent(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
