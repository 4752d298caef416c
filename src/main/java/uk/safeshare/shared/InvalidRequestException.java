package uk.safeshare.shared;

import java.util.Map;

/** A request that breaks a business rule; carries each problem keyed by field so forms can show them. */
public class InvalidRequestException extends RuntimeException {

    private final Map<String, String> fieldErrors;

    public InvalidRequestException(String message, Map<String, String> fieldErrors) {
        super(message);
        this.fieldErrors = Map.copyOf(fieldErrors);
    }

    public InvalidRequestException(String field, String message) {
        this(message, Map.of(field, message));
    }

    public Map<String, String> fieldErrors() {
        return fieldErrors;
    }
}
