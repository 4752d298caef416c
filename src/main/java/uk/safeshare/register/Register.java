package uk.safeshare.register;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** What other modules may ask of the register of organisations. */
public interface Register {

    /** An organisation by its register id, active or not. */
    Optional<RegisteredOrganisation> find(UUID id);

    /** Active organisations whose name or any alias matches the text (screening's normalisation), by name. */
    List<RegisteredOrganisation> search(String text);

    /**
     * Screens a typed name against the Home Office's names and every immigration-enforcement
     * organisation's names and aliases in the register.
     */
    Screening screen(String typedName);

    /**
     * Notes a name typed because the organisation is not in the register, for the data protection
     * officer's queue of organisations to register; returns how it screened.
     */
    Screening noteUnregisteredName(String typedName);

    /**
     * Registers, or renames, the organisation of a directory entry (a specialist organisation) under
     * the entry's id. A new entry is a specialist organisation; an existing entry keeps the category
     * the data protection officer gave it. A name that screens as the Home Office is refused.
     */
    RegisteredOrganisation keepDirectoryEntry(UUID id, String name, String contactRoutes, boolean active,
                                              UUID accountOrganisationId);

    /**
     * How a typed name screened.
     *
     * @param immigrationEnforcement whether it names immigration enforcement or another part of the Home Office
     * @param matched                the known name or alias it matched, or null
     */
    record Screening(boolean immigrationEnforcement, String matched) {

        public static Screening clear() {
            return new Screening(false, null);
        }
    }
}
