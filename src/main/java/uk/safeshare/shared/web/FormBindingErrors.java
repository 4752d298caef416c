package uk.safeshare.shared.web;

import java.lang.annotation.Annotation;
import java.lang.reflect.Field;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.time.temporal.Temporal;
import java.util.Collection;
import java.util.Locale;
import java.util.function.Supplier;
import org.springframework.beans.PropertyAccessException;
import org.springframework.beans.TypeMismatchException;
import org.springframework.util.ObjectUtils;
import org.springframework.util.StringUtils;
import org.springframework.validation.BindingResult;
import org.springframework.validation.DefaultBindingErrorProcessor;
import org.springframework.validation.FieldError;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.InitBinder;

/**
 * A value a form field cannot take (a code that is not one of the options, text in a number field) is reported in
 * GOV.UK words instead of Spring's "Failed to convert property value of type ...": the field's own "Select ..."
 * message when its constraint has one, otherwise "Select a status from the list", "Days must be a number" or
 * "Date of birth must be a real date", naming the field. The error keeps Spring's typeMismatch codes, so a message
 * bundle can still override it per field. Installed on every form's binder.
 */
public class FormBindingErrors extends DefaultBindingErrorProcessor {

    /** Puts this on every binder, so every form gets these messages. */
    @ControllerAdvice
    static class Installer {
        @InitBinder
        void install(WebDataBinder binder) {
            binder.setBindingErrorProcessor(new FormBindingErrors(() -> binder.getTarget() != null ? binder.getTarget().getClass()
                    : binder.getTargetType() != null ? binder.getTargetType().resolve() : null));
        }
    }

    private final Supplier<Class<?>> form;

    /** @param form the class the form is bound to (found when an error is reported: a record is only made after binding) */
    public FormBindingErrors(Supplier<Class<?>> form) {
        this.form = form;
    }

    @Override
    public void processPropertyAccessException(PropertyAccessException ex, BindingResult result) {
        if (!(ex instanceof TypeMismatchException mismatch) || ex.getPropertyName() == null) {
            super.processPropertyAccessException(ex, result);
            return;
        }
        String field = ex.getPropertyName();
        Object value = ex.getValue();
        if (ObjectUtils.isArray(value)) {
            value = StringUtils.arrayToCommaDelimitedString(ObjectUtils.toObjectArray(value));
        }
        FieldError error = new FieldError(result.getObjectName(), field, value, true, result.resolveMessageCodes(ex.getErrorCode(), field),
                getArgumentsForBindError(result.getObjectName(), field), message(form.get(), field, mismatch.getRequiredType()));
        error.wrap(ex);
        result.addError(error);
    }

    /** The message for a value of {@code field} (a property path: "role", "needs[0]") that is not a {@code required}. */
    static String message(Class<?> form, String field, Class<?> required) {
        String name = property(field);
        Field declared = declared(form, name);
        Class<?> type = elementType(declared, required);
        boolean many = field.contains("[") || declared != null && (Collection.class.isAssignableFrom(declared.getType()) || declared.getType().isArray());
        String label = label(name);
        if (type != null && (Number.class.isAssignableFrom(type) || type.isPrimitive() && type != boolean.class)) {
            return capitalised(label) + " must be a number";
        }
        if (type != null && Temporal.class.isAssignableFrom(type)) {
            return capitalised(label) + (type.getSimpleName().contains("Date") ? " must be a real date" : " must be a real time");
        }
        String own = selectMessage(declared);
        if (own != null) {
            return own;
        }
        if (many) {
            return "Select " + label + " from the list";
        }
        return "Select " + (label.matches("^[aeiou].*") ? "an " : "a ") + label + " from the list";
    }

    /** The last property of a path, without an index: "people[2].role" is "role", "needs[0]" is "needs". */
    private static String property(String path) {
        String last = path.replaceAll("\\[[^]]*]$", "");
        int dot = last.lastIndexOf('.');
        return (dot < 0 ? last : last.substring(dot + 1)).replaceAll("\\[.*$", "");
    }

    private static Field declared(Class<?> type, String name) {
        for (Class<?> c = type; c != null && c != Object.class; c = c.getSuperclass()) {
            try {
                return c.getDeclaredField(name);
            } catch (NoSuchFieldException e) {
                // look in the superclass
            }
        }
        return null;
    }

    private static Class<?> elementType(Field declared, Class<?> required) {
        Class<?> type = declared != null ? declared.getType() : required;
        if (type != null && type.isArray()) {
            return type.getComponentType();
        }
        if (declared != null && Collection.class.isAssignableFrom(type)) {
            Type generic = declared.getGenericType();
            if (generic instanceof ParameterizedType p && p.getActualTypeArguments()[0] instanceof Class<?> element) {
                return element;
            }
            return required;
        }
        return type;
    }

    /** A "Select ..." message the field's own constraint gives (the words for a choice left empty fit a wrong one too). */
    private static String selectMessage(Field declared) {
        if (declared == null) {
            return null;
        }
        for (Annotation a : declared.getAnnotations()) {
            if (a.annotationType().getPackageName().startsWith("jakarta.validation")) {
                try {
                    if (a.annotationType().getMethod("message").invoke(a) instanceof String m && m.startsWith("Select ")) {
                        return m;
                    }
                } catch (ReflectiveOperationException e) {
                    // not a constraint with a message
                }
            }
        }
        return null;
    }

    /** "dateOfBirth" reads "date of birth"; "supportServiceId" reads "support service" (a user chooses the thing, not its id). */
    private static String label(String name) {
        return name.replaceAll("(?<=[a-z0-9])Id$", "").replaceAll("([a-z0-9])([A-Z])", "$1 $2").toLowerCase(Locale.UK);
    }

    private static String capitalised(String label) {
        return label.isEmpty() ? label : Character.toUpperCase(label.charAt(0)) + label.substring(1);
    }
}
