package uk.safeshare.audit;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import uk.safeshare.shared.audit.AuditAction;

/** One line of the audit log as stored, with its place in the hash chain. */
public record AuditEntry(long seq, Instant occurredAt, String actor, AuditAction action, UUID caseId, List<UUID> personIds,
                         String justification, String recipient, String requestId, String details, String prevHash,
                         String entryHash) {
}
