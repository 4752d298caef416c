package uk.safeshare.firewall.protocol;

/** The body that a sharing request proposes to disclose information to. */
public enum Recipient {
    IMMIGRATION_ENFORCEMENT("Home Office Immigration Enforcement"),
    OTHER_HOME_OFFICE("Another part of the Home Office"),
    LOCAL_AUTHORITY("Local authority (children's or adult social care)"),
    MARAC("Multi-Agency Risk Assessment Conference (MARAC)"),
    FORCED_MARRIAGE_UNIT("Forced Marriage Unit"),
    MODERN_SLAVERY_REFERRAL_MECHANISM("National Referral Mechanism for modern slavery (NRM)"),
    SPECIALIST_ORGANISATION("Specialist support organisation"),
    OTHER_POLICE_FORCE("Another police force"),
    OTHER("Another organisation");

    private final String label;

    Recipient(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
