package uk.safeshare.shared.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Refuses request bodies over the configured size before anything reads them. Bodies sent without a
 * Content-Length (chunked) are refused too: no client of SafeShare needs to stream a body.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 1)
public class RequestSizeLimitFilter extends OncePerRequestFilter {

    private final long maxBytes;
    private final long maxImportBytes;

    public RequestSizeLimitFilter(@Value("${safeshare.web.max-request-bytes:65536}") long maxBytes,
                                  @Value("${safeshare.web.max-import-bytes:1048576}") long maxImportBytes) {
        this.maxBytes = maxBytes;
        this.maxImportBytes = maxImportBytes;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        // File imports (paths ending in /import) may be larger than ordinary requests.
        long maxBytes = request.getRequestURI().endsWith("/import") ? maxImportBytes : this.maxBytes;
        long length = request.getContentLengthLong();
        boolean hasBody = length > 0 || request.getHeader("Transfer-Encoding") != null;
        if (length > maxBytes || (hasBody && length < 0)) {
            Problems.write(response, HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE, "Request too large",
                    length < 0 ? "Send the request with a Content-Length header."
                            : "The request body is " + length + " bytes; the most SafeShare accepts is " + maxBytes + " bytes.");
            return;
        }
        chain.doFilter(request, response);
    }
}
