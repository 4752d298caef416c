package uk.safeshare.shared;

/** The request conflicts with the current state (someone else changed the record, a duplicate name). */
public class ConflictException extends RuntimeException {
    public ConflictException(String message) {
        super(message);
    }
}
