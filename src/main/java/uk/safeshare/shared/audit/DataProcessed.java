package uk.safeshare.shared.audit;

import java.util.List;
import java.util.Objects;
import java.util.UUID;

/**
 * Published by a module, inside the transaction that does the processing, whenever personal data is
 * collected, altered, consulted, disclosed, combined or erased. The audit module listens
 * synchronously and writes the entry in that same transaction, so nothing acknowledged is missing
 * from the log (ADR 0010).
 *
 * @param actor         the username (or service name) acting
 * @param caseId        the case concerned, or null
 * @param personIds     the people concerned (may be empty)
 * @param justification why, where the user gave a reason (break-glass, disclosure), else a short note
 * @param recipient     for disclosures, who received the data
 * @param details       what was processed, without the personal data itself; when the request was made
 *                      with an API token, the token is named at its end ({@link ActingCredential})
 */
public record DataProcessed(AuditAction action, String actor, UUID caseId, List<UUID> personIds,
                            String justification, String recipient, String details) {

    public DataProcessed {
        Objects.requireNonNull(action, "action");
        Objects.requireNonNull(actor, "actor");
        personIds = personIds == null ? List.of() : List.copyOf(personIds);
        details = ActingCredential.annotate(details);
    }

    public static DataProcessed of(AuditAction action, String actor, UUID caseId, String details) {
        return new DataProcessed(action, actor, caseId, List.of(), null, null, details);
    }

    public DataProcessed aboutPeople(List<UUID> people) {
        return new DataProcessed(action, actor, caseId, people, justification, recipient, details);
    }

    public DataProcessed because(String reason) {
        return new DataProcessed(action, actor, caseId, personIds, reason, recipient, details);
    }

    public DataProcessed to(String recipientName) {
        return new DataProcessed(action, actor, caseId, personIds, justification, recipientName, details);
    }
}
