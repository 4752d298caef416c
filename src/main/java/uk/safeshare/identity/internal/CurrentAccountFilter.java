package uk.safeshare.identity.internal;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Optional;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * A signed-in page session reflects the account as it is now, not as it was at sign-in: a disabled
 * account is signed out at its next request, and changed roles or team apply at once. One primary-key
 * read per page request.
 */
class CurrentAccountFilter extends OncePerRequestFilter {

    private final UserAccountRepository users;

    CurrentAccountFilter(UserAccountRepository users) {
        this.users = users;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        if (auth != null && auth.getPrincipal() instanceof SignedInUser signedIn) {
            Optional<UserAccount> account = users.findById(signedIn.user().id().value());
            if (account.isEmpty() || !account.get().enabled()) {
                SecurityContextHolder.clearContext();
                var session = request.getSession(false);
                if (session != null) {
                    session.invalidate();
                }
                response.sendRedirect(request.getContextPath() + "/sign-in");
                return;
            }
            var now = account.get().toUser();
            if (!now.equals(signedIn.user())) {
                SignedInUser refreshed = new SignedInUser(now, null, true);
                SecurityContext context = SecurityContextHolder.createEmptyContext();
                context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(refreshed, null, refreshed.getAuthorities()));
                SecurityContextHolder.setContext(context);
                var session = request.getSession(false);
                if (session != null) {
                    session.setAttribute(HttpSessionSecurityContextRepository.SPRING_SECURITY_CONTEXT_KEY, context);
                }
            }
        }
        chain.doFilter(request, response);
    }
}
