package uk.safeshare.governance.internal;

import java.util.EnumSet;
import java.util.List;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;
import uk.safeshare.identity.Identity;
import uk.safeshare.identity.Role;

/**
 * The force's staff an action can be given to, by name and organisation, so that nobody types a
 * username: the action forms choose from this list and send the username (the API still takes
 * {@code ownerUser}). Partners' staff are not the force's to give actions to.
 */
@ControllerAdvice(assignableTypes = {GovernancePages.class, ForumPages.class})
class OwnerPicker {

    private final Identity identity;

    OwnerPicker(Identity identity) {
        this.identity = identity;
    }

    @ModelAttribute("owners")
    List<Identity.Colleague> owners() {
        return identity.colleaguesWithAnyRole(EnumSet.complementOf(EnumSet.of(Role.PARTNER)));
    }
}
