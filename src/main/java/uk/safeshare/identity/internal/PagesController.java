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

    @GetMapping("/sign-in")
    String signIn() {
        return "sign-in";
    }

    @GetMapping("/accessibility")
    String accessibility() {
        return "accessibility";
    }

    @GetMapping("/")
    String home(Model model) {
        SafeShareUser me = identity.current();
        model.addAttribute("roles", me.roles().stream().sorted().toList());
        model.addAttribute("teamName", me.teamId() == null ? null
                : identity.team(me.teamId()).map(Identity.TeamView::name).orElse(null));
        return "home";
    }
}
