package uk.safeshare.firewall.protocol;

/** Why information is to be shared. */
public enum Purpose {
    IMMIGRATION_STATUS_CHECK("To check the person's immigration status"),
    SAFEGUARDING("To safeguard the person or others"),
    INVESTIGATION("To investigate a crime"),
    PROSECUTION("To prosecute a crime"),
    MODERN_SLAVERY_REFERRAL("To refer a potential victim of modern slavery"),
    SUPPORT_REFERRAL("To refer the person for support"),
    OTHER("Another purpose");

    private final String label;

    Purpose(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
