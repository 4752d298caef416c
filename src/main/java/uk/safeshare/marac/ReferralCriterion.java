package uk.safeshare.marac;

/** Why a victim is referred to a MARAC, in the order the referral names them when several apply. */
public enum ReferralCriterion {
    HIGH_RISK_CHECKLIST("High risk on the checklist", "14 or more yes answers on the domestic abuse risk checklist"),
    PROFESSIONAL_JUDGEMENT("Professional judgement", "Graded high risk on professional judgement, with the concern stated"),
    POTENTIAL_ESCALATION("Potential escalation", "3 or more domestic abuse incidents in 12 months"),
    REPEAT("Repeat", "A new incident within 12 months of the last MARAC referral");

    private final String label;
    private final String description;

    ReferralCriterion(String label, String description) {
        this.label = label;
        this.description = description;
    }

    public String label() {
        return label;
    }

    public String description() {
        return description;
    }
}
