package uk.safeshare.identity.internal;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;
import uk.safeshare.identity.Role;
import uk.safeshare.identity.SafeShareUser;

/** Puts the signed-in user and what their roles may open into every page's model. */
@ControllerAdvice(annotations = Controller.class)
class NavigationAdvice {

    /**
     * @param marac          the MARAC coordinator's referral queue and meetings
     * @param maracAttending the meetings a user attends (partners; case-working staff reach it from the home page)
     * @param maracSummary   the quarterly MARAC summary (the coordinator, and governance to read)
     * @param statistics     the monitoring statistics (analysts, governance, the data protection officer)
     */
    record Nav(boolean cases, boolean breakGlass, boolean audit, boolean admin, boolean partner, boolean reviews,
               boolean protocolDrafts, boolean marac, boolean maracAttending, boolean maracSummary, boolean statistics) {
        static Nav of(SafeShareUser u) {
            if (u == null) {
                return new Nav(false, false, false, false, false, false, false, false, false, false, false);
            }
            boolean worksCases = u.roles().stream().anyMatch(Role::worksCases);
            return new Nav(worksCases, u.hasAny(Role.SUPERVISOR, Role.DPO),
                    u.has(Role.AUDITOR), u.has(Role.ADMIN), u.has(Role.PARTNER), u.hasAny(Role.SUPERVISOR, Role.DPO),
                    u.has(Role.DPO), u.has(Role.MARAC_COORDINATOR),
                    !u.has(Role.MARAC_COORDINATOR) && (u.has(Role.PARTNER) || worksCases),
                    u.hasAny(Role.MARAC_COORDINATOR, Role.GOVERNANCE), u.hasAny(Role.ANALYST, Role.GOVERNANCE, Role.DPO));
        }
    }

    @ModelAttribute("me")
    SafeShareUser me() {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        return auth != null && auth.getPrincipal() instanceof SignedInUser s ? s.user() : null;
    }

    /** The address of the page, so the service navigation can mark the section it is in. */
    @ModelAttribute("currentPath")
    String currentPath(jakarta.servlet.http.HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        return path.isEmpty() ? "/" : path;
    }

    @ModelAttribute("nav")
    Nav nav() {
        return Nav.of(me());
    }
}
