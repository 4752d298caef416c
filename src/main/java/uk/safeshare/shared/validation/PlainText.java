package uk.safeshare.shared.validation;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.util.regex.Pattern;

/**
 * Free text must be plain text: no HTML markup and no control characters. Text is always escaped
 * when shown, but markup in a police record is never legitimate and may be pasted into other
 * systems that do not escape it, so it is refused at the door.
 */
@Target({ElementType.FIELD, ElementType.PARAMETER, ElementType.RECORD_COMPONENT, ElementType.TYPE_USE})
@Retention(RetentionPolicy.RUNTIME)
@Constraint(validatedBy = PlainText.Validator.class)
public @interface PlainText {

    String message() default "must be plain text without HTML tags or control characters";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    final class Validator implements ConstraintValidator<PlainText, String> {

        private static final Pattern MARKUP = Pattern.compile("<\\s*[a-zA-Z/!?]|&#|&[a-zA-Z]+;|javascript:", Pattern.CASE_INSENSITIVE);
        private static final Pattern CONTROL = Pattern.compile("[\\x00-\\x08\\x0B\\x0C\\x0E-\\x1F\\x7F]");

        public static boolean isPlain(String value) {
            return value == null || (!MARKUP.matcher(value).find() && !CONTROL.matcher(value).find());
        }

        @Override
        public boolean isValid(String value, ConstraintValidatorContext context) {
            return isPlain(value);
        }
    }
}
