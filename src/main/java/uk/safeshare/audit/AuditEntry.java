package uk.safeshare.audit;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import uk.safeshare.shared.audit.AuditAction;

/**
 * One line of the audit log as stored. {@code seq} is the entry's number, given when it is written
 * (numbers are unique and increase, but a rolled-back transaction leaves a gap); {@code leafIndex}
 * is its place in the Merkle tree, given when the sequencer integrates it (null until then).
 */
public record AuditEntry(long seq, Instant occurredAt, String actor, AuditAction action, UUID caseId, List<UUID> personIds,
                         String justification, String recipient, String requestId, String details, Long leafIndex) {

    public boolean integrated() {
        return leafIndex != null;
    }
}
