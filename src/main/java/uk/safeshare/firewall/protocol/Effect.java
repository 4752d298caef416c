package uk.safeshare.firewall.protocol;

/** What a rule that fired says about the request. How effects combine is set out in {@link RuleSet}. */
public enum Effect {
    /** Sharing must not happen. */
    PROHIBIT("Prohibited"),
    /** A supervisor and/or the data protection officer must decide. */
    REFER_FOR_REVIEW("Refer for review"),
    /** Sharing may go ahead once the obligations are met. */
    PERMIT("Permitted with obligations"),
    /** Sharing may go ahead at once because of a threat to life, and is reviewed afterwards. */
    PERMIT_IN_EMERGENCY("Permitted at once in an emergency"),
    /** The rule decides nothing but adds obligations. */
    ADD_OBLIGATIONS("Adds obligations");

    private final String label;

    Effect(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** Whether this effect allows the information to be disclosed. */
    public boolean permits() {
        return this == PERMIT || this == PERMIT_IN_EMERGENCY;
    }
}
