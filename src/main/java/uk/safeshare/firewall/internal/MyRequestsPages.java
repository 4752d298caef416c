package uk.safeshare.firewall.internal;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;

/** The *My requests* page, and the home page's notice when a review has decided one of them. */
@Controller
class MyRequestsPages {

    private final MyRequests requests;

    MyRequestsPages(MyRequests requests) {
        this.requests = requests;
    }

    @GetMapping("/my-requests")
    String mine(Model model) {
        model.addAttribute("requests", requests.mine());
        return "sharing/mine";
    }

    /** Only the home page asks (see HomePageNotices). */
    @ControllerAdvice
    static class HomeNotice {

        private final MyRequests requests;

        HomeNotice(MyRequests requests) {
            this.requests = requests;
        }

        @ModelAttribute("requestsDecided")
        Long requestsDecided(HttpServletRequest request) {
            return uk.safeshare.shared.web.HomePageNotices.onTheHomePage(request, requests::decidedSinceLastSeen);
        }
    }
}
