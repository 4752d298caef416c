package uk.safeshare.cases;

import java.util.UUID;

/**
 * The answer to "show me this case": the case, or that the user must first give a break-glass
 * reason (the case belongs to another team), or that there is no such case. A result rather than
 * an exception so that the refusal itself is audited and committed.
 */
public sealed interface CaseLookup<T> {

    record Found<T>(T value) implements CaseLookup<T> {
    }

    record NeedsBreakGlass<T>(UUID caseId, String reference) implements CaseLookup<T> {
    }

    record Missing<T>() implements CaseLookup<T> {
    }
}
