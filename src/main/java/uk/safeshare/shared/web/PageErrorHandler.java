package uk.safeshare.shared.web;

import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.resource.NoResourceFoundException;
import uk.safeshare.shared.ConflictException;
import uk.safeshare.shared.ForbiddenException;
import uk.safeshare.shared.InvalidRequestException;
import uk.safeshare.shared.NotFoundException;

/** Errors on web pages: a GOV.UK error page with a plain message, never a stack trace. */
@ControllerAdvice(annotations = Controller.class)
public class PageErrorHandler {

    private static final Logger log = LoggerFactory.getLogger(PageErrorHandler.class);

    @ExceptionHandler({NotFoundException.class, MethodArgumentTypeMismatchException.class, NoResourceFoundException.class})
    String notFound(Exception ex, Model model, HttpServletResponse response) {
        return page(404, null, model, response);
    }

    /** A form posted without a field its handler needs, or refused by a rule the form did not show: a 400 page, never a 500. */
    @ExceptionHandler({InvalidRequestException.class, org.springframework.web.bind.ServletRequestBindingException.class,
            org.springframework.web.multipart.support.MissingServletRequestPartException.class})
    String badRequest(Exception ex, Model model, HttpServletResponse response) {
        return page(400, ex instanceof InvalidRequestException ? ex.getMessage() : null, model, response);
    }

    @ExceptionHandler({ForbiddenException.class, AccessDeniedException.class})
    String forbidden(Exception ex, Model model, HttpServletResponse response) {
        return page(403, ex instanceof ForbiddenException ? ex.getMessage() : null, model, response);
    }

    @ExceptionHandler({ConflictException.class, OptimisticLockingFailureException.class})
    String conflict(Exception ex, Model model, HttpServletResponse response) {
        return page(409, ex instanceof ConflictException ? ex.getMessage()
                : "Someone else changed this record while you were editing it. Go back, reload and make your change again.", model, response);
    }

    @ExceptionHandler(Exception.class)
    String unexpected(Exception ex, Model model, HttpServletResponse response) {
        log.error("Unexpected error in request {}", RequestIds.current(), ex);
        return page(500, null, model, response);
    }

    private static String page(int status, String problem, Model model, HttpServletResponse response) {
        if (isApi()) {
            // An API operation kept in a page controller (e.g. partner webhooks' secrets) still answers in problem+json.
            try {
                Problems.write(response, status, status >= 500 ? "Something went wrong" : "Request refused",
                        problem != null ? problem : status == 404 ? "There is no such resource." : "The request was refused (HTTP " + status + ").");
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
            return null;
        }
        response.setStatus(status);
        model.addAttribute("status", status);
        model.addAttribute("problem", problem);
        model.addAttribute("requestId", RequestIds.current());
        return "error";
    }

    private static boolean isApi() {
        return org.springframework.web.context.request.RequestContextHolder.getRequestAttributes()
                instanceof org.springframework.web.context.request.ServletRequestAttributes attributes
                && attributes.getRequest().getRequestURI().startsWith("/api/");
    }
}
