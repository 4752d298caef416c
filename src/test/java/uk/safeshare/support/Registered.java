package uk.safeshare.support;

import java.util.Map;

/**
 * Organisations in the register of every test database: the national bodies the schema registers and
 * the demo force's local partners, by the recipient category the register gives them.
 */
public final class Registered {

    public static final String IMMIGRATION_ENFORCEMENT = "00000000-0000-4000-8000-000000000001";
    public static final String UK_VISAS_AND_IMMIGRATION = "00000000-0000-4000-8000-000000000002";
    public static final String NATIONAL_REFERRAL_MECHANISM = "00000000-0000-4000-8000-000000000005";
    public static final String FORCED_MARRIAGE_UNIT = "00000000-0000-4000-8000-000000000006";
    public static final String MARAC = "00000000-0000-4000-8000-000000000007";
    public static final String CHILDRENS_SERVICES = "00000000-0000-4000-8000-000000000101";
    public static final String ANOTHER_FORCE = "00000000-0000-4000-8000-000000000103";
    public static final String HOUSING_ASSOCIATION = "00000000-0000-4000-8000-000000000104";

    private static final Map<String, String> BY_CATEGORY = Map.of(
            "IMMIGRATION_ENFORCEMENT", IMMIGRATION_ENFORCEMENT, "OTHER_HOME_OFFICE", UK_VISAS_AND_IMMIGRATION,
            "MODERN_SLAVERY_REFERRAL_MECHANISM", NATIONAL_REFERRAL_MECHANISM, "FORCED_MARRIAGE_UNIT", FORCED_MARRIAGE_UNIT,
            "MARAC", MARAC, "LOCAL_AUTHORITY", CHILDRENS_SERVICES, "OTHER_POLICE_FORCE", ANOTHER_FORCE,
            "OTHER", HOUSING_ASSOCIATION);

    private Registered() {
    }

    /** A registered organisation of the category (a code of the firewall's recipients; not SPECIALIST_ORGANISATION). */
    public static String in(String category) {
        String id = BY_CATEGORY.get(category);
        if (id == null) {
            throw new IllegalArgumentException("no fixed register entry for " + category + "; look specialist organisations up by name");
        }
        return id;
    }
}
