package uk.safeshare.cases;

/** The part a person plays in a report. */
public enum PersonRole {
    VICTIM("Victim"),
    WITNESS("Witness"),
    SUSPECT("Suspect"),
    VICTIM_AND_SUSPECT("Victim and suspect");

    private final String label;

    PersonRole(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    public boolean isVictim() {
        return this == VICTIM || this == VICTIM_AND_SUSPECT;
    }
}
