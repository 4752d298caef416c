package uk.safeshare.identity.internal;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import uk.safeshare.identity.Identity;
import uk.safeshare.identity.SafeShareUser;
import uk.safeshare.shared.InvalidRequestException;

/** Entering the second-factor code at sign-in, and enrolling an authenticator app. No JavaScript: the secret is shown as text. */
@Controller
class SecondFactorPages {

    private final SecondFactor secondFactor;
    private final Identity identity;
    private final SecurityEvents events;

    SecondFactorPages(SecondFactor secondFactor, Identity identity, SecurityEvents events) {
        this.secondFactor = secondFactor;
        this.identity = identity;
        this.events = events;
    }

    @GetMapping("/sign-in/second-factor")
    String codePage() {
        return "account/second-factor-code";
    }

    @PostMapping("/sign-in/second-factor")
    String code(@RequestParam(required = false) String code, HttpServletRequest request, Model model) {
        SafeShareUser me = identity.current();
        if (!secondFactor.verify(me.username(), code)) {
            model.addAttribute("error", "The code is not right. Enter the 6-digit code your authenticator app shows now, or a recovery code.");
            return "account/second-factor-code";
        }
        HttpSession session = request.getSession();
        session.removeAttribute(SecondFactorGate.PENDING);
        request.changeSessionId();
        events.record(SecurityEvents.Kind.SIGN_IN, me.username(), "second factor given");
        return "redirect:/";
    }

    @GetMapping("/account/second-factor")
    String enrolPage(Model model) {
        SafeShareUser me = identity.current();
        model.addAttribute("enabled", secondFactor.enabled(me.username()));
        model.addAttribute("required", secondFactor.requiredFor(me));
        return "account/second-factor";
    }

    @PostMapping("/account/second-factor/start")
    String start(Model model) {
        SafeShareUser me = identity.current();
        model.addAttribute("enrolment", secondFactor.start(me));
        model.addAttribute("enabled", false);
        model.addAttribute("required", secondFactor.requiredFor(me));
        return "account/second-factor";
    }

    @PostMapping("/account/second-factor/confirm")
    String confirm(@RequestParam(required = false) String code, HttpSession session, Model model) {
        SafeShareUser me = identity.current();
        try {
            model.addAttribute("recoveryCodes", secondFactor.confirm(me, code));
            session.removeAttribute(SecondFactorGate.ENROL);
            model.addAttribute("enabled", true);
        } catch (InvalidRequestException e) {
            model.addAttribute("error", e.getMessage());
            model.addAttribute("enabled", false);
        }
        model.addAttribute("required", secondFactor.requiredFor(me));
        return "account/second-factor";
    }
}
