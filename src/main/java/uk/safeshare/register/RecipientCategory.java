package uk.safeshare.register;

import java.util.EnumSet;
import java.util.Set;

/**
 * The protocol's recipient categories, as the register holds them. Their codes are the firewall's
 * recipient codes (a test keeps the two lists the same), so that the register does not depend on
 * the firewall that reads it.
 */
public enum RecipientCategory {
    IMMIGRATION_ENFORCEMENT("Home Office Immigration Enforcement"),
    OTHER_HOME_OFFICE("Another part of the Home Office"),
    LOCAL_AUTHORITY("Local authority (children's or adult social care)"),
    MARAC("Multi-Agency Risk Assessment Conference (MARAC)"),
    FORCED_MARRIAGE_UNIT("Forced Marriage Unit"),
    MODERN_SLAVERY_REFERRAL_MECHANISM("National Referral Mechanism for modern slavery (NRM)"),
    SPECIALIST_ORGANISATION("Specialist support organisation"),
    OTHER_POLICE_FORCE("Another police force"),
    OTHER("Another organisation");

    /** The only categories an organisation whose name or alias names the Home Office may have. */
    public static final Set<RecipientCategory> HOME_OFFICE = EnumSet.of(IMMIGRATION_ENFORCEMENT, OTHER_HOME_OFFICE);

    private final String label;

    RecipientCategory(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    public boolean isHomeOffice() {
        return HOME_OFFICE.contains(this);
    }
}
