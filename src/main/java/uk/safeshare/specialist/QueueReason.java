package uk.safeshare.specialist;

/** Why a victim or witness is in the specialist caseworker's queue. Each reason counts once per person. */
public enum QueueReason {
    IMMIGRATION_STATUS_UNCERTAIN("Immigration status not known or only doubted"),
    INTERPRETER_NEEDED("Needs an interpreter"),
    SHARING_PROHIBITED("A request to share information about them was prohibited by the protocol"),
    THIRD_PARTY_REPORT("Reported through a partner (a third-party report that became a case)");

    private final String label;

    QueueReason(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
