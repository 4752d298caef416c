package uk.safeshare.shared.web;

import jakarta.servlet.http.HttpServletResponse;
import java.util.Map;
import java.util.function.Supplier;
import org.springframework.validation.BindingResult;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import uk.safeshare.shared.InvalidRequestException;

/**
 * How every form page ends: the form is bound and validated by Spring; if that found nothing the use case runs and
 * its redirect is followed, otherwise (or when the use case refuses the command) the form is shown again with its
 * errors and a 400, so nothing changed and the user sees why. A page handler is then a few lines.
 */
public final class FormSubmission {

    private FormSubmission() {
    }

    /**
     * @param errors  the form's binding result (Spring's validation already ran)
     * @param fields  where the use case's field names show on the form (may be empty)
     * @param reshow  adds what the form page needs to the model and returns its view
     * @param useCase runs the use case and returns where to go next ("redirect:...")
     */
    public static String handle(BindingResult errors, Map<String, FormErrors.Field> fields, Supplier<String> reshow,
                                Supplier<String> useCase) {
        if (!errors.hasErrors()) {
            try {
                return useCase.get();
            } catch (InvalidRequestException e) {
                FormErrors.apply(e, errors, fields);
            }
        }
        badRequest();
        return reshow.get();
    }

    /** The same, for a use case with nothing to map. */
    public static String handle(BindingResult errors, Supplier<String> reshow, Supplier<String> useCase) {
        return handle(errors, Map.of(), reshow, useCase);
    }

    /** A redirect after a change, with the GOV.UK success banner's message on the next page. */
    public static String done(RedirectAttributes flash, String message, String path) {
        flash.addFlashAttribute("success", message);
        return "redirect:" + path;
    }

    /** A form shown again because of what was typed answers 400, as the API would. */
    public static void badRequest() {
        if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes) {
            HttpServletResponse response = attributes.getResponse();
            if (response != null && !response.isCommitted()) {
                response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            }
        }
    }
}
