package uk.safeshare.identity.internal;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;
import uk.safeshare.shared.audit.ActingCredential;
import uk.safeshare.shared.web.Problems;

/** Authenticates API requests from an {@code Authorization: Bearer ss_...} header; anything else stays anonymous. */
class BearerTokenFilter extends OncePerRequestFilter {

    private final ApiTokens tokens;

    BearerTokenFilter(ApiTokens tokens) {
        this.tokens = tokens;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String header = request.getHeader("Authorization");
        if (header != null && header.regionMatches(true, 0, "Bearer ", 0, 7)) {
            var authenticated = tokens.authenticate(header.substring(7).trim(), request.getRemoteAddr());
            if (authenticated.isEmpty()) {
                response.setHeader("WWW-Authenticate", "Bearer error=\"invalid_token\"");
                Problems.write(response, 401, "Unauthorized", "The bearer token is unknown, expired or revoked.");
                return;
            }
            SignedInUser user = new SignedInUser(authenticated.get().user(), null, true);
            SecurityContext context = SecurityContextHolder.createEmptyContext();
            var authentication = UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities());
            authentication.setDetails(authenticated.get().token().id());
            context.setAuthentication(authentication);
            SecurityContextHolder.setContext(context);
            // Every audit entry this request makes names the token as well as its owner.
            ActingCredential.set(authenticated.get().token().describe());
            try {
                chain.doFilter(request, response);
            } finally {
                ActingCredential.clear();
            }
            return;
        }
        chain.doFilter(request, response);
    }
}
