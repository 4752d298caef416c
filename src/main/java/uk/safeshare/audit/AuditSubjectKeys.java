package uk.safeshare.audit;

import java.util.Collection;
import java.util.UUID;

/**
 * The keys under which the free text of audit entries about a person (or a case) is sealed (ADR 0015).
 * Destroying them is how a disposal erases that text from the log without changing what is stored.
 */
public interface AuditSubjectKeys {

    /** Destroys the keys of these people or cases, in the caller's transaction; their sealed text can never be read again. */
    void shred(Collection<UUID> subjects);

    boolean shredded(UUID subject);
}
