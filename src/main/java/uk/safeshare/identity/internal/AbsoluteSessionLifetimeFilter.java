package uk.safeshare.identity.internal;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Duration;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Ends a signed-in session once it is older than the absolute lifetime (12 hours unless configured),
 * however active it has been: a stolen session cookie stops working by the end of a shift.
 */
class AbsoluteSessionLifetimeFilter extends OncePerRequestFilter {

    private final Duration lifetime;

    AbsoluteSessionLifetimeFilter(Duration lifetime) {
        this.lifetime = lifetime;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        var session = request.getSession(false);
        if (session != null && SecurityContextHolder.getContext().getAuthentication() != null
                && System.currentTimeMillis() - startOf(session) > lifetime.toMillis()) {
            SecurityContextHolder.clearContext();
            session.invalidate();
            response.sendRedirect(request.getContextPath() + "/sign-in?expired");
            return;
        }
        chain.doFilter(request, response);
    }

    /** When the person signed in (the session may have been made earlier, for the sign-in form itself). */
    private static long startOf(jakarta.servlet.http.HttpSession session) {
        return session.getAttribute(SIGNED_IN_AT) instanceof Long at ? at : session.getCreationTime();
    }

    static final String SIGNED_IN_AT = "safeshare.signedInAt";
}
