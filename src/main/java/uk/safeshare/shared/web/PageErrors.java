package uk.safeshare.shared.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.lang.reflect.Field;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.validation.BindingResult;
import org.springframework.validation.FieldError;
import org.springframework.validation.ObjectError;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.ModelAndView;

/**
 * Gives every page that shows form errors what the GOV.UK error-summary pattern needs: the errors in the order their
 * fields stand on the page (the order the form declares them, not the order validation found them) and a flag that
 * puts "Error: " before the page title.
 */
public class PageErrors implements HandlerInterceptor {

    /** One line of the error summary: the message and the id of the field it links to. */
    public record Link(String href, String message) {
    }

    @Override
    public void postHandle(HttpServletRequest request, HttpServletResponse response, Object handler, ModelAndView mav) {
        if (mav == null || mav.getViewName() == null || mav.getViewName().startsWith("redirect:")) {
            return;
        }
        Map<String, List<Link>> summaries = new LinkedHashMap<>();
        mav.getModel().forEach((key, value) -> {
            if (key.startsWith(BindingResult.MODEL_KEY_PREFIX) && value instanceof BindingResult result && result.hasErrors()) {
                summaries.put(result.getObjectName(), inPageOrder(result));
            }
        });
        // Pages that keep their errors as a map of field to message, or one message (the second-factor pages).
        boolean mapErrors = mav.getModel().get("errors") instanceof Map<?, ?> m && !m.isEmpty()
                || mav.getModel().get("error") instanceof String;
        mav.addObject("errorSummary", summaries);
        mav.addObject("pageHasErrors", Boolean.TRUE.equals(mav.getModel().get("pageHasErrors")) || !summaries.isEmpty() || mapErrors || response.getStatus() == 400);
    }

    static List<Link> inPageOrder(BindingResult result) {
        List<String> order = declaredOrder(result.getTarget());
        List<ObjectError> errors = new ArrayList<>(result.getAllErrors());
        errors.sort(Comparator.comparingInt(e -> position(e, order)));
        List<Link> links = new ArrayList<>();
        for (ObjectError e : errors) {
            String href = e instanceof FieldError f ? f.getField() : "main-content";
            Link link = new Link("#" + href, e.getDefaultMessage());
            if (!links.contains(link)) {
                links.add(link);
            }
        }
        return links;
    }

    private static int position(ObjectError error, List<String> order) {
        if (!(error instanceof FieldError f)) {
            return -1;
        }
        String name = f.getField().split("[.\\[]", 2)[0];
        int i = order.indexOf(name);
        return i < 0 ? order.size() : i;
    }

    private static List<String> declaredOrder(Object target) {
        if (target == null) {
            return List.of();
        }
        Class<?> type = target.getClass();
        if (type.isRecord()) {
            return Arrays.stream(type.getRecordComponents()).map(RecordComponent::getName).toList();
        }
        return Arrays.stream(type.getDeclaredFields()).map(Field::getName).toList();
    }
}
