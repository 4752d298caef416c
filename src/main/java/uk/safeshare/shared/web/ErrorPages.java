package uk.safeshare.shared.web;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.boot.webmvc.error.ErrorController;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.RequestMapping;

/**
 * Whatever fails outside a controller (a filter, a view, an unknown address) ends here: API paths
 * get problem+json, pages get the GOV.UK error page. Never a stack trace or the default error page.
 */
@Controller
public class ErrorPages implements ErrorController {

    @RequestMapping("/error")
    public String error(HttpServletRequest request, HttpServletResponse response, Model model) throws IOException {
        Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
        // Without a status the address was asked for directly, not forwarded after a failure: there is no such page.
        int status = code instanceof Integer i ? i : 404;
        boolean busy = request.getAttribute(RequestDispatcher.ERROR_EXCEPTION) instanceof Throwable t && Busy.is(t);
        if (busy) { // a filter (the bearer-token look-up) waited too long for a database connection
            status = 503;
            response.setHeader("Retry-After", Busy.RETRY_AFTER_SECONDS);
        }
        Object uri = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
        if (uri != null && uri.toString().startsWith("/api/")) {
            response.resetBuffer();
            Problems.write(response, status, title(status), busy ? Busy.DETAIL : detail(status));
            return null;
        }
        response.setStatus(status);
        model.addAttribute("status", status);
        model.addAttribute("requestId", RequestIds.current());
        return "error";
    }

    private static String title(int status) {
        return switch (status) {
            case 400 -> "Bad request";
            case 401 -> "Unauthorized";
            case 403 -> "Forbidden";
            case 404 -> "Not found";
            case 405 -> "Method not allowed";
            case 413 -> "Request too large";
            case 415 -> "Unsupported media type";
            case 503 -> "Service busy";
            default -> status >= 500 ? "Something went wrong" : "Request refused";
        };
    }

    private static String detail(int status) {
        return status == 404 ? "There is no such resource." : status >= 500
                ? "The request could not be completed." : "The request was refused (HTTP " + status + ").";
    }
}
