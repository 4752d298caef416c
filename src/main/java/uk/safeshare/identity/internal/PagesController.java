package uk.safeshare.identity.internal;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import uk.safeshare.identity.Identity;
import uk.safeshare.identity.SafeShareUser;

@Controller
class PagesController {

    private final Identity identity;

    PagesController(Identity identity) {
        this.identity = identity;
    }

    /** The session attribute that carries a failed sign-in's username back to the form. */
    static final String TYPED_USERNAME = "safeshare.typedUsername";

    @GetMapping("/sign-in")
    String signIn(@org.springframework.web.bind.annotation.RequestParam(name = "wait", required = false) String wait, Model model,
                  jakarta.servlet.http.HttpServletRequest request) {
        jakarta.servlet.http.HttpSession session = request.getSession(false);
        if (session != null && session.getAttribute(TYPED_USERNAME) instanceof String typed) {
            model.addAttribute("typedUsername", typed);
            session.removeAttribute(TYPED_USERNAME);
        }
        // Only a number is shown back, never what the address bar says.
        int seconds = 1;
        if (wait != null && wait.matches("\\d{1,4}")) {
            seconds = Integer.parseInt(wait);
        }
        model.addAttribute("waitSeconds", seconds);
        model.addAttribute("pageHasErrors", wait != null || request.getParameter("error") != null);
        return "sign-in";
    }

    @GetMapping("/accessibility")
    String accessibility() {
        return "accessibility";
    }

    @GetMapping("/")
    String home(Model model, jakarta.servlet.http.HttpSession session) {
        SafeShareUser me = identity.current();
        // Told once, at the first page after signing in.
        Object failures = session.getAttribute(SignInSuccessHandler.FAILURES_ATTRIBUTE);
        if (failures instanceof Integer n && n > 0) {
            model.addAttribute("failedSignIns", n);
            session.removeAttribute(SignInSuccessHandler.FAILURES_ATTRIBUTE);
        }
        model.addAttribute("roles", me.roles().stream().sorted().toList());
        model.addAttribute("teamName", me.teamId() == null ? null
                : identity.team(me.teamId()).map(Identity.TeamView::name).orElse(null));
        return "home";
    }
}
