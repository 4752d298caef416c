package uk.safeshare.firewall.internal;

import java.util.UUID;
import org.springframework.stereotype.Component;
import uk.safeshare.firewall.protocol.Recipient;
import uk.safeshare.register.Register;
import uk.safeshare.register.Register.Screening;
import uk.safeshare.register.RegisteredOrganisation;
import uk.safeshare.shared.InvalidRequestException;

/**
 * Who a request's information would go to, as a fact SafeShare holds: an organisation in the register,
 * with the category the data protection officer set for it; or, when it is not in the register, the
 * typed name, decided as another organisation unless it screens as the Home Office, when it is decided
 * as immigration enforcement. A registered organisation whose own name screens as the Home Office is
 * decided as immigration enforcement too, whatever category it was given, as a second line of defence.
 */
@Component
class Recipients {

    private final Register register;

    Recipients(Register register) {
        this.register = register;
    }

    /**
     * @param organisationId          the register id, or null
     * @param category                the category the request is decided on, as it stands now
     * @param name                    the register's name, or the name typed
     * @param immigrationEnforcement  the recipient is, or screens as, immigration enforcement or another part of the Home Office
     * @param screened                the category was set by screening the name, not by the register
     * @param screenedAs              the known name the screening matched, or null
     */
    record Resolved(UUID organisationId, Recipient category, String name, boolean immigrationEnforcement, boolean screened,
                    String screenedAs) {
    }

    Resolved resolve(UUID organisationId, String typedName) {
        if (organisationId == null) {
            Screening screening = register.noteUnregisteredName(typedName);
            return screening.immigrationEnforcement()
                    ? new Resolved(null, Recipient.IMMIGRATION_ENFORCEMENT, typedName, true, true, screening.matched())
                    : new Resolved(null, Recipient.OTHER, typedName, false, false, null);
        }
        RegisteredOrganisation o = register.find(organisationId).orElseThrow(() -> new InvalidRequestException(
                "organisationId", "There is no organisation " + organisationId + " in the register"));
        if (!o.active()) {
            throw new InvalidRequestException("organisationId", o.name() + " is inactive in the register; nothing is shared with it");
        }
        if (o.category().isHomeOffice()) { // already decided as the Home Office: screening its name could add nothing
            return new Resolved(o.id(), Recipient.valueOf(o.category().name()), o.name(), true, false, null);
        }
        Screening screening = register.screen(o.name());
        if (screening.immigrationEnforcement()) {
            return new Resolved(o.id(), Recipient.IMMIGRATION_ENFORCEMENT, o.name(), true, true, screening.matched());
        }
        return new Resolved(o.id(), Recipient.valueOf(o.category().name()), o.name(), false, false, null);
    }
}
