package uk.safeshare.firewall.protocol;

/**
 * Who the prohibition on sharing with immigration enforcement on doubt (or no knowledge) of
 * status covers. Recommendation 1 of "Safe to share?" covers victims of domestic abuse; some
 * forces extend it to all victims and witnesses.
 */
public enum DoubtOnlyScope {
    DOMESTIC_ABUSE_VICTIMS("Victims of domestic abuse"),
    ALL_VICTIMS_AND_WITNESSES("All victims and witnesses of crime");

    private final String label;

    DoubtOnlyScope(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
