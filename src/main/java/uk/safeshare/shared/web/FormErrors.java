package uk.safeshare.shared.web;

import java.util.Map;
import org.springframework.validation.BindingResult;
import org.springframework.validation.FieldError;
import uk.safeshare.shared.InvalidRequestException;

/** Puts a use case's refusal onto a form's BindingResult, so the page re-shows it in the error summary. */
public final class FormErrors {

    /** Where a command field shows on a form: the input's id and the label a message starts with. */
    public record Field(String id, String label) {
    }

    private FormErrors() {
    }

    public static void apply(InvalidRequestException e, BindingResult errors, Map<String, Field> fields) {
        e.fieldErrors().forEach((name, message) -> {
            Field field = fields.getOrDefault(name, new Field(name, name));
            // A field the form itself already refused (an impossible date, an unknown code) keeps that one message.
            if (!errors.hasFieldErrors(field.id())) {
                reject(errors, field.id(), sentence(field.label(), message));
            }
        });
    }

    /** Runs the use case's own checks on a command built from a form, adding what they find to the form's errors. */
    public static void check(uk.safeshare.shared.validation.CommandValidator validator, Object command, BindingResult errors,
                             Map<String, Field> fields) {
        try {
            validator.validate(command);
        } catch (InvalidRequestException e) {
            apply(e, errors, fields);
        }
    }

    public static void reject(BindingResult errors, String field, String message) {
        errors.addError(new FieldError(errors.getObjectName(), field, message));
    }

    /** Constraint messages read "must ..."; give them their field's label. Full sentences stay as they are. */
    static String sentence(String label, String message) {
        return message.startsWith("must ") || message.startsWith("size ") ? label + " " + message : message;
    }
}
