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
            reject(errors, field.id(), sentence(field.label(), message));
        });
    }

    public static void reject(BindingResult errors, String field, String message) {
        errors.addError(new FieldError(errors.getObjectName(), field, message));
    }

    /** Constraint messages read "must ..."; give them their field's label. Full sentences stay as they are. */
    static String sentence(String label, String message) {
        return message.startsWith("must ") || message.startsWith("size ") ? label + " " + message : message;
    }
}
