package uk.safeshare.identity.internal;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.authentication.SavedRequestAwareAuthenticationSuccessHandler;

/** Records the sign-in as a security event and keeps, for the next page, how many failures there were since the last one. */
class SignInSuccessHandler extends SavedRequestAwareAuthenticationSuccessHandler {

    static final String FAILURES_ATTRIBUTE = "safeshare.failedSignInsSinceLast";

    private final SignInRecords records;
    private final SecurityEvents events;
    private final SecondFactor secondFactor;

    SignInSuccessHandler(SignInRecords records, SecurityEvents events, SecondFactor secondFactor) {
        this.records = records;
        this.events = events;
        this.secondFactor = secondFactor;
        setDefaultTargetUrl("/");
    }

    @Override
    public void onAuthenticationSuccess(HttpServletRequest request, HttpServletResponse response, Authentication authentication)
            throws ServletException, IOException {
        String username = authentication.getName();
        int failures = records.signedIn(username);
        events.recordAlone(SecurityEvents.Kind.SIGN_IN, username, "signed in from " + request.getRemoteAddr()
                + (failures > 0 ? " after " + failures + " failed attempt(s) since the last sign-in" : ""));
        request.getSession().setAttribute(AbsoluteSessionLifetimeFilter.SIGNED_IN_AT, System.currentTimeMillis());
        if (failures > 0) {
            request.getSession().setAttribute(FAILURES_ATTRIBUTE, failures);
        }
        // Nothing but the second-factor page until the code is given (or, where it is required, until enrolled).
        if (secondFactor.enabled(username)) {
            request.getSession().setAttribute(SecondFactorGate.PENDING, Boolean.TRUE);
            response.sendRedirect(request.getContextPath() + "/sign-in/second-factor");
            return;
        }
        if (authentication.getPrincipal() instanceof SignedInUser user && secondFactor.requiredFor(user.user())) {
            request.getSession().setAttribute(SecondFactorGate.ENROL, Boolean.TRUE);
            response.sendRedirect(request.getContextPath() + "/account/second-factor");
            return;
        }
        super.onAuthenticationSuccess(request, response, authentication);
    }
}
