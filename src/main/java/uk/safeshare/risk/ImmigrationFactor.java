package uk.safeshare.risk;

/**
 * The immigration-related risk factors that the "Safe to share?" report asked risk tools to include.
 * They are asked and shown separately from the 27 checklist questions and do NOT count toward the
 * checklist score, so that the score stays comparable with the police checklist everywhere else;
 * they are shown with every result and can inform professional judgement (which may raise a grade).
 */
public enum ImmigrationFactor {
    STATUS_USED_AS_CONTROL("Status used as control", "Does the abuser use the victim's immigration status, documents or threats about them to control the victim?"),
    NO_ACCESS_TO_OWN_DOCUMENTS("Documents kept from the victim", "Is the victim kept from their own passport, visa or identity documents?"),
    NO_RECOURSE_TO_PUBLIC_FUNDS("No recourse to public funds", "Does the victim have no recourse to public funds?"),
    FEAR_OF_REMOVAL_STOPS_REPORTING("Fear of removal", "Has fear of being removed from the UK, or of immigration enforcement, stopped the victim reporting or seeking help?"),
    DEPENDENT_ON_ABUSERS_VISA("Dependent on the abuser's visa", "Does the victim's right to be in the UK depend on the abuser's visa, sponsorship or status?");

    private final String topic;
    private final String text;

    ImmigrationFactor(String topic, String text) {
        this.topic = topic;
        this.text = text;
    }

    public String topic() {
        return topic;
    }

    public String text() {
        return text;
    }
}
