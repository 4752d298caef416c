package uk.safeshare.shared.validation;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.stereotype.Component;
import uk.safeshare.shared.InvalidRequestException;

/**
 * Checks a command's constraints inside the use case, whoever called it (form, API or another
 * module), so that nothing invalid is stored whichever door it came in by.
 */
@Component
public class CommandValidator {

    private final Validator validator;

    public CommandValidator(Validator validator) {
        this.validator = validator;
    }

    public void validate(Object command) {
        var violations = validator.validate(command);
        if (violations.isEmpty()) {
            return;
        }
        Map<String, String> errors = new LinkedHashMap<>();
        violations.stream()
                .sorted(Comparator.comparing((ConstraintViolation<Object> v) -> v.getPropertyPath().toString())
                        .thenComparing(v -> isMissing(v.getConstraintDescriptor().getAnnotation().annotationType()) ? 0 : 1)
                        .thenComparing(ConstraintViolation::getMessage))
                .forEach((ConstraintViolation<Object> v) -> errors.putIfAbsent(field(v), v.getMessage()));
        throw new InvalidRequestException("The request has " + errors.size() + " problem(s): "
                + String.join("; ", errors.entrySet().stream().map(e -> e.getKey() + " " + e.getValue()).toList()), errors);
    }

    /** "Enter the area" says more than "size must be between 1 and 200" when nothing was entered. */
    public static boolean isMissing(Class<?> constraint) {
        return constraint == jakarta.validation.constraints.NotBlank.class || constraint == jakarta.validation.constraints.NotNull.class
                || constraint == jakarta.validation.constraints.NotEmpty.class;
    }

    /** The same preference for Spring's binding errors, whose codes name the constraint. */
    public static int priority(String[] codes) {
        if (codes != null) {
            for (String code : codes) {
                if (code.equals("NotBlank") || code.equals("NotNull") || code.equals("NotEmpty")) {
                    return 0;
                }
            }
        }
        return 1;
    }

    private static String field(ConstraintViolation<Object> v) {
        String path = v.getPropertyPath().toString();
        int bracket = path.indexOf('[');
        return bracket > 0 ? path.substring(0, bracket) : path;
    }
}
