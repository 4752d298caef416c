package uk.safeshare.firewall.protocol;

/** The lawful basis claimed for a disclosure. */
public enum LawfulBasis {
    LAW_ENFORCEMENT_NECESSITY(
            "Necessary for a law enforcement purpose (Data Protection Act 2018, section 35(2)(b))"),
    LAW_ENFORCEMENT_CONSENT(
            "Consent, for a law enforcement purpose (Data Protection Act 2018, section 35(2)(a))"),
    PUBLIC_TASK("Public task (UK GDPR Article 6(1)(e))"),
    LEGAL_OBLIGATION("Legal obligation (UK GDPR Article 6(1)(c))"),
    VITAL_INTERESTS("Vital interests: to protect someone's life (UK GDPR Article 6(1)(d))"),
    CONSENT("Consent (UK GDPR Article 6(1)(a))");

    private final String label;

    LawfulBasis(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
