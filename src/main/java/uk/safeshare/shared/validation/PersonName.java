package uk.safeshare.shared.validation;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import jakarta.validation.constraints.Pattern;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/** A name: letters of any script, marks, spaces, apostrophes, hyphens and full stops (O'Brien, Nguyễn Thị). */
@Target({ElementType.FIELD, ElementType.PARAMETER, ElementType.RECORD_COMPONENT})
@Retention(RetentionPolicy.RUNTIME)
@Constraint(validatedBy = {})
@Pattern(regexp = "^[\\p{L}\\p{M}][\\p{L}\\p{M} '’.\\-]*$", message = "must contain only letters, spaces, hyphens, apostrophes and full stops")
public @interface PersonName {

    String message() default "must contain only letters, spaces, hyphens, apostrophes and full stops";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};
}
