package uk.safeshare.pathways.internal;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;

/** *My referrals*, and the home page's notice when a partner has answered one of them. */
@Controller
class MyReferralsPages {

    private final MyReferrals referrals;

    MyReferralsPages(MyReferrals referrals) {
        this.referrals = referrals;
    }

    @GetMapping("/my-referrals")
    String mine(Model model) {
        model.addAttribute("referrals", referrals.mine());
        return "pathways/mine";
    }

    /** Only the home page asks (see HomePageNotices). */
    @ControllerAdvice
    static class HomeNotice {

        private final MyReferrals referrals;

        HomeNotice(MyReferrals referrals) {
            this.referrals = referrals;
        }

        @ModelAttribute("referralsAnswered")
        Long referralsAnswered(HttpServletRequest request) {
            return uk.safeshare.shared.web.HomePageNotices.onTheHomePage(request, referrals::answeredSinceLastSeen);
        }
    }
}
