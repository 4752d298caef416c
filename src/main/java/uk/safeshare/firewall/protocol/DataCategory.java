package uk.safeshare.firewall.protocol;

/**
 * The kinds of information a sharing request asks to disclose. Special-category data is what
 * UK GDPR Article 9 calls special category and the Data Protection Act 2018 Part 3 (section 35)
 * calls sensitive processing. Identifying data is what an anonymous notification must leave out.
 */
public enum DataCategory {
    IDENTITY("Name, date of birth and identity documents", false, true),
    CONTACT_DETAILS("Contact details", false, true),
    LOCATION("Address and whereabouts", false, true),
    IMMIGRATION_STATUS("Immigration status", false, false),
    NATIONALITY("Nationality", false, false),
    ETHNICITY("Ethnicity", true, false),
    RELIGION_OR_BELIEF("Religion or belief", true, false),
    HEALTH("Health, including mental health", true, false),
    SEX_LIFE_OR_SEXUAL_ORIENTATION("Sex life or sexual orientation", true, false),
    BIOMETRIC("Biometric data such as fingerprints", true, true),
    VULNERABILITY("Vulnerability and risk factors", false, false),
    OFFENCE_DETAILS("Details of the offence", false, false);

    private final String label;
    private final boolean specialCategory;
    private final boolean identifying;

    DataCategory(String label, boolean specialCategory, boolean identifying) {
        this.label = label;
        this.specialCategory = specialCategory;
        this.identifying = identifying;
    }

    public String label() {
        return label;
    }

    /** Special-category (sensitive) personal data, which needs an extra condition to process. */
    public boolean isSpecialCategory() {
        return specialCategory;
    }

    /** Data that identifies the person on its own, and so is left out of an anonymous notification. */
    public boolean isIdentifying() {
        return identifying;
    }
}
