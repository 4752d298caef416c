package uk.safeshare.audit;

import java.time.LocalDate;
import java.util.UUID;
import uk.safeshare.shared.audit.AuditAction;

/** What an auditor can filter the log by; every field is optional. Dates are inclusive, UTC. */
public record AuditFilter(UUID personId, UUID caseId, String actor, AuditAction action, LocalDate from, LocalDate to) {

    static final LocalDate EARLIEST = LocalDate.of(1900, 1, 1);

    /**
     * The filter as a caller asked for it, with its dates bounded: 1900 to tomorrow (UTC), and "from"
     * not after "to". A wrong date is a 400 naming the field, never a query over years nobody lived in.
     */
    public static AuditFilter checked(UUID personId, UUID caseId, String actor, AuditAction action, LocalDate from, LocalDate to) {
        LocalDate tomorrow = LocalDate.now(java.time.ZoneOffset.UTC).plusDays(1);
        java.util.Map<String, String> errors = new java.util.LinkedHashMap<>();
        for (var date : java.util.Map.of("from", java.util.Optional.ofNullable(from), "to", java.util.Optional.ofNullable(to)).entrySet()) {
            date.getValue().filter(d -> d.isBefore(EARLIEST) || d.isAfter(tomorrow))
                    .ifPresent(d -> errors.put(date.getKey(), "must be between 1900-01-01 and " + tomorrow));
        }
        if (errors.isEmpty() && from != null && to != null && from.isAfter(to)) {
            errors.put("to", "must not be before from");
        }
        if (actor != null && !uk.safeshare.shared.validation.SingleLine.Validator.isSingleLine(actor)) {
            errors.put("actor", "must be on one line, without line breaks, tabs or control characters");
        }
        if (!errors.isEmpty()) {
            throw new uk.safeshare.shared.InvalidRequestException("The search is not valid", errors);
        }
        return new AuditFilter(personId, caseId, actor, action, from, to);
    }

    public static AuditFilter none() {
        return new AuditFilter(null, null, null, null, null, null);
    }

    public boolean isEmpty() {
        return personId == null && caseId == null && (actor == null || actor.isBlank()) && action == null && from == null && to == null;
    }
}
