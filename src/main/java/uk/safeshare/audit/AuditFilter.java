package uk.safeshare.audit;

import java.time.LocalDate;
import java.util.UUID;
import uk.safeshare.shared.audit.AuditAction;

/** What an auditor can filter the log by; every field is optional. Dates are inclusive, UTC. */
public record AuditFilter(UUID personId, UUID caseId, String actor, AuditAction action, LocalDate from, LocalDate to) {

    public static AuditFilter none() {
        return new AuditFilter(null, null, null, null, null, null);
    }

    public boolean isEmpty() {
        return personId == null && caseId == null && (actor == null || actor.isBlank()) && action == null && from == null && to == null;
    }
}
