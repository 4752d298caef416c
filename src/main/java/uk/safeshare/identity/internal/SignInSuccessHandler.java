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

    SignInSuccessHandler(SignInRecords records, SecurityEvents events) {
        this.records = records;
        this.events = events;
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
        super.onAuthenticationSuccess(request, response, authentication);
    }
}
