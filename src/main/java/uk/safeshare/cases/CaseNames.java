package uk.safeshare.cases;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * Turns what people know (a case reference, a person's name) into ids and ids back into words, for pages that
 * filter or label records by them, such as the audit log. It returns no case content, and does not audit: the
 * page that shows the result records its own consultation.
 */
public interface CaseNames {

    /** A person as the audit log names them. */
    record PersonName(UUID personId, UUID caseId, String caseReference, String fullName) {
    }

    Optional<UUID> caseIdByReference(String reference);

    /** Everyone whose given and family names together contain every word typed (at most 20). */
    List<PersonName> peopleNamed(String name);

    Map<UUID, String> references(Collection<UUID> caseIds);

    Map<UUID, String> names(Collection<UUID> personIds);
}
