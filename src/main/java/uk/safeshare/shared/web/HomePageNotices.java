package uk.safeshare.shared.web;

import jakarta.servlet.http.HttpServletRequest;
import java.util.function.LongSupplier;

/**
 * A count shown as a notice on the home page only (what a review or a partner has answered since the
 * user last looked): each is one query, not worth making on every page.
 */
public final class HomePageNotices {

    private HomePageNotices() {
    }

    /** The count when the request is the home page, else null (the template shows nothing). */
    public static Long onTheHomePage(HttpServletRequest request, LongSupplier count) {
        return "/".equals(request.getRequestURI()) && "GET".equals(request.getMethod()) ? count.getAsLong() : null;
    }
}
