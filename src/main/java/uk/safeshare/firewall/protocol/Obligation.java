package uk.safeshare.firewall.protocol;

/**
 * Something that must be done because of a decision. A {@link Kind#DISCLOSURE disclosure}
 * obligation conditions a disclosure and is owed only if information is actually shared; an
 * {@link Kind#ACTION action} is owed whatever the decision, even when sharing is prohibited (for
 * example, offering a referral to a specialist organisation instead).
 */
public enum Obligation {
    TELL_PERSON_WHAT_AND_WHY("Tell the person what is shared, with whom, when and why", Kind.DISCLOSURE),
    RECORD_LAWFUL_BASIS("Record the lawful basis for the disclosure", Kind.DISCLOSURE),
    SHARE_ONLY_NAMED_CATEGORIES("Share only the data categories named in the request", Kind.DISCLOSURE),
    SHARE_MINIMUM_NECESSARY("Share only the minimum needed for the purpose", Kind.DISCLOSURE),
    SET_RETENTION_DATE("Set a retention (review) date for the record of the disclosure", Kind.DISCLOSURE),
    OFFER_SPECIALIST_REFERRAL(
            "Offer a referral to a specialist organisation that can advise and, if the person wishes,"
                    + " act as intermediary",
            Kind.ACTION),
    NOTIFY_NRM("Refer the person to the National Referral Mechanism", Kind.ACTION),
    NOTIFY_NRM_ANONYMOUSLY(
            "Notify the Home Office of a potential victim of modern slavery anonymously, with no"
                    + " identifying data",
            Kind.ACTION),
    TELL_LOCAL_AUTHORITY("Tell the local authority (children's social care for a child)", Kind.ACTION),
    RETROSPECTIVE_REVIEW("Have a supervisor and the data protection officer review this emergency"
            + " disclosure after the event", Kind.DISCLOSURE);

    /** When an obligation is owed. */
    public enum Kind {
        /** Owed only if information is disclosed. */
        DISCLOSURE,
        /** Owed whatever the decision. */
        ACTION
    }

    private final String label;
    private final Kind kind;

    Obligation(String label, Kind kind) {
        this.label = label;
        this.kind = kind;
    }

    public String label() {
        return label;
    }

    public Kind kind() {
        return kind;
    }
}
