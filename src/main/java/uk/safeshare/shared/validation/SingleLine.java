package uk.safeshare.shared.validation;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A one-line field (a name, a label, an area): no line breaks, tabs or other control characters,
 * including Unicode's line and paragraph separators. Such text is copied into audit entries, logs,
 * CSV files and e-mail subjects, where a line break could forge a line of its own.
 */
@Target({ElementType.FIELD, ElementType.PARAMETER, ElementType.RECORD_COMPONENT, ElementType.TYPE_USE})
@Retention(RetentionPolicy.RUNTIME)
@Constraint(validatedBy = SingleLine.Validator.class)
public @interface SingleLine {

    String message() default "must be on one line, without line breaks, tabs or control characters";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    final class Validator implements ConstraintValidator<SingleLine, String> {

        public static boolean isSingleLine(String value) {
            return value == null || value.codePoints().noneMatch(c -> Character.isISOControl(c)
                    || Character.getType(c) == Character.LINE_SEPARATOR || Character.getType(c) == Character.PARAGRAPH_SEPARATOR
                    // bidirectional overrides and isolates make a line read differently from what it holds (in logs, CSV, the audit log)
                    || c >= 0x202A && c <= 0x202E || c >= 0x2066 && c <= 0x2069);
        }

        @Override
        public boolean isValid(String value, ConstraintValidatorContext context) {
            return isSingleLine(value);
        }
    }
}
