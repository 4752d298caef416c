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
                        .thenComparing(CommandValidator::specificity)
                        .thenComparing(ConstraintViolation::getMessage))
                .forEach((ConstraintViolation<Object> v) -> errors.putIfAbsent(field(v), v.getMessage()));
        throw new InvalidRequestException("The request has " + errors.size() + " problem(s): "
                + String.join("; ", errors.entrySet().stream().map(e -> e.getKey() + " " + e.getValue()).toList()), errors);
    }

    /**
     * Several constraints can fail on one field (an empty reason is both blank and too short); the
     * one that says what is missing is shown, whatever order the validator reports them in.
     */
    private static int specificity(ConstraintViolation<Object> v) {
        String constraint = v.getConstraintDescriptor().getAnnotation().annotationType().getSimpleName();
        return switch (constraint) {
            case "NotNull", "NotBlank", "NotEmpty" -> 0;
            default -> 1;
        };
    }

    private static String field(ConstraintViolation<Object> v) {
        String path = v.getPropertyPath().toString();
        int bracket = path.indexOf('[');
        return bracket > 0 ? path.substring(0, bracket) : path;
    }
}
