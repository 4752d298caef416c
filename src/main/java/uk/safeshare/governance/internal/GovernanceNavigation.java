package uk.safeshare.governance.internal;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/** Whether the signed-in user may open the governance pages, for the navigation bar. */
@ControllerAdvice(annotations = Controller.class)
class GovernanceNavigation {

    private static final java.util.Set<String> READERS = java.util.Set.of("ROLE_GOVERNANCE", "ROLE_DPO", "ROLE_SUPERVISOR", "ROLE_ANALYST");

    @ModelAttribute("governanceNav")
    boolean governanceNav() {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        return auth != null && auth.isAuthenticated()
                && auth.getAuthorities().stream().anyMatch(a -> READERS.contains(a.getAuthority()));
    }
}
