package uk.safeshare.cases;

/** How the person can be contacted safely (a suspect may control the phone, post or e-mail). */
public enum SafeContactMethod {
    NOT_YET_AGREED("Not yet agreed"),
    PHONE_CALL("Phone call"),
    TEXT_MESSAGE("Text message"),
    EMAIL("E-mail"),
    IN_PERSON("In person"),
    THROUGH_SUPPORT_ORGANISATION("Through a support organisation"),
    DO_NOT_CONTACT("Do not contact");

    private final String label;

    SafeContactMethod(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
