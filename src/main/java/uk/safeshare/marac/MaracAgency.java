package uk.safeshare.marac;

import java.util.Arrays;
import java.util.stream.Collectors;
import uk.safeshare.shared.InvalidRequestException;

/**
 * The agencies that sit at a MARAC. Immigration enforcement is not one of them and never can be:
 * {@link #parse} refuses it by name with a message that says so, rather than as an unknown code.
 */
public enum MaracAgency {
    POLICE("Police"),
    IDVA("Independent domestic violence adviser (IDVA) service"),
    CHILDRENS_SOCIAL_CARE("Children’s social care"),
    ADULT_SOCIAL_CARE("Adult social care"),
    HEALTH("Health (GP, hospital, midwifery, health visiting)"),
    MENTAL_HEALTH("Mental health services"),
    PROBATION("Probation"),
    HOUSING("Housing"),
    EDUCATION("Education"),
    SUBSTANCE_MISUSE("Drug and alcohol services"),
    SPECIALIST_SUPPORT("Specialist support organisation (including BAME and migrant-led)"),
    OTHER("Other agency");

    public static final String IMMIGRATION_ENFORCEMENT_REFUSED = "Immigration enforcement is not a MARAC agency and cannot"
            + " attend, own an action or receive anything from a MARAC: information shared at a MARAC is never passed to"
            + " immigration enforcement";

    private final String label;

    MaracAgency(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /**
     * Whether a code or a name refers to immigration enforcement or another part of the Home Office
     * (not, for example, an immigration advice service), by the register's screening: case, accents,
     * punctuation, spacing, "the" and acronyms such as HOIE do not hide it.
     */
    public static boolean namesImmigrationEnforcement(String text) {
        return text != null && uk.safeshare.register.NameScreening.namesHomeOffice(text.replace('_', ' '));
    }

    /**
     * The agency for a code, refusing immigration enforcement by name and unknown codes with the list allowed.
     *
     * @param field the request field the code came in, for the error
     */
    public static MaracAgency parse(String code, String field) {
        if (code == null || code.isBlank()) {
            throw new InvalidRequestException(field, "Select the agency");
        }
        if (namesImmigrationEnforcement(code)) {
            throw new InvalidRequestException(field, IMMIGRATION_ENFORCEMENT_REFUSED);
        }
        try {
            return valueOf(code.trim());
        } catch (IllegalArgumentException e) {
            throw new InvalidRequestException(field, "'" + code + "' is not a MARAC agency; it must be one of "
                    + Arrays.stream(values()).map(Enum::name).collect(Collectors.joining(", ")));
        }
    }
}
