package uk.safeshare.shared;

/** The user is known but may not do this (for example, a case outside their team without break-glass). */
public class ForbiddenException extends RuntimeException {
    public ForbiddenException(String message) {
        super(message);
    }
}
