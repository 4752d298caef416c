package uk.safeshare.shared.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.InvalidMediaTypeException;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Refuses, with a 4xx, the requests whose shape fails deep inside the framework: parameters that are
 * not valid UTF-8 (Tomcat throws when a handler first reads one), a Content-Type naming no single
 * media type ({@code *}{@code /*}, {@code text/*}), and a multipart body without its boundary or cut
 * short. Each had been a 500, and the multipart ones failed before any handler's advice could answer.
 * They are checked here, before security and Spring MVC read anything, by reading what they would read.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 2)
public class MalformedRequestFilter extends OncePerRequestFilter {

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String contentType = request.getContentType();
        if (contentType != null && !contentType.isBlank()) {
            MediaType media;
            try {
                media = MediaType.parseMediaType(contentType);
            } catch (InvalidMediaTypeException e) {
                Problems.write(response, HttpServletResponse.SC_UNSUPPORTED_MEDIA_TYPE, "Unsupported media type",
                        "The Content-Type header is not a media type; send application/json.");
                return;
            }
            if (media.isWildcardType() || media.isWildcardSubtype()) {
                Problems.write(response, HttpServletResponse.SC_UNSUPPORTED_MEDIA_TYPE, "Unsupported media type",
                        "The Content-Type header must name one media type, such as application/json, not a range.");
                return;
            }
            if ("multipart".equals(media.getType()) && !readableParts(request)) {
                Problems.write(response, HttpServletResponse.SC_BAD_REQUEST, "Unreadable request body",
                        "The multipart body could not be read: it needs the boundary named in its Content-Type, and every part complete.");
                return;
            }
        }
        try {
            request.getParameterMap();
        } catch (IllegalStateException e) { // Tomcat's InvalidParameterException: a name or value it could not decode
            Problems.write(response, HttpServletResponse.SC_BAD_REQUEST, "Invalid request",
                    "A parameter in the address or the form is not valid: parameters are percent-encoded UTF-8.");
            return;
        }
        chain.doFilter(request, response);
    }

    private static boolean readableParts(HttpServletRequest request) {
        try { // Tomcat fails here when the boundary is missing or the body is cut short; what it reads is kept for later
            request.getParts();
            return true;
        } catch (IOException | ServletException | IllegalStateException | IllegalArgumentException e) {
            return false;
        }
    }
}
