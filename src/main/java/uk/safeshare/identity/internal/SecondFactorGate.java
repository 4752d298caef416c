package uk.safeshare.identity.internal;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * A session whose password was right but whose second factor is still owed reaches only the
 * second-factor page (or, where enrolment is required, the enrolment page), sign-out and assets.
 */
class SecondFactorGate extends OncePerRequestFilter {

    static final String PENDING = "safeshare.secondFactorPending";
    static final String ENROL = "safeshare.secondFactorEnrolmentRequired";
    private static final List<String> ALWAYS = List.of("/sign-out", "/assets/", "/webjars/", "/css/", "/js/", "/favicon.ico", "/error");

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        var session = request.getSession(false);
        if (session != null) {
            String path = request.getRequestURI().substring(request.getContextPath().length());
            boolean always = ALWAYS.stream().anyMatch(path::startsWith);
            if (session.getAttribute(PENDING) != null && !always && !path.equals("/sign-in/second-factor")) {
                response.sendRedirect(request.getContextPath() + "/sign-in/second-factor");
                return;
            }
            if (session.getAttribute(ENROL) != null && !always && !path.startsWith("/account/second-factor")) {
                response.sendRedirect(request.getContextPath() + "/account/second-factor");
                return;
            }
        }
        chain.doFilter(request, response);
    }
}
