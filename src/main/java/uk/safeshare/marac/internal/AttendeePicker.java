package uk.safeshare.marac.internal;

import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import java.util.Set;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;
import uk.safeshare.identity.Identity;
import uk.safeshare.identity.Role;

/**
 * The people a coordinator can add as attendees with their own SafeShare account, by name and organisation, so
 * nobody has to know a username. Only the attendee form asks for them.
 */
@ControllerAdvice(assignableTypes = {MaracPages.class, MaracSummaryPages.class, MeetingAttendancePages.class, MeetingRecordPages.class})
class AttendeePicker {

    static final Set<Role> CAN_ATTEND = Set.of(Role.OFFICER, Role.CASEWORKER, Role.SUPERVISOR, Role.DPO,
            Role.MARAC_COORDINATOR, Role.PARTNER);

    private final Identity identity;

    AttendeePicker(Identity identity) {
        this.identity = identity;
    }

    @ModelAttribute("accounts")
    List<Identity.Colleague> accounts(HttpServletRequest request) {
        return request.getRequestURI().contains("/attendees") ? identity.colleaguesWithAnyRole(CAN_ATTEND) : null;
    }
}
