package uk.safeshare.rights.internal;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import uk.safeshare.rights.RightsRequests.MatchedPerson;
import uk.safeshare.rights.RightsRequests.RightsRequest;
import uk.safeshare.shared.InvalidRequestException;
import uk.safeshare.shared.audit.AuditAction;

/** Finding the person records a rights request is about, and the DPO confirming which they are. */
@Component
class MatchingSubjects {

    private final JdbcClient jdbc;
    private final RightsStore store;
    private final RightsDesk desk;

    MatchingSubjects(JdbcClient jdbc, RightsStore store, RightsDesk desk) {
        this.jdbc = jdbc;
        this.store = store;
        this.desk = desk;
    }

    List<MatchedPerson> candidates(UUID id) {
        String actor = desk.requireDpo();
        RightsRequest r = desk.get(id);
        List<MatchedPerson> found = store.candidates(r.givenName(), r.familyName(), r.dateOfBirth());
        desk.audit(AuditAction.COMBINATION, actor, found.stream().map(MatchedPerson::personId).toList(),
                "searched every case for the subject of rights request " + r.reference() + " (" + found.size() + " found)");
        return found;
    }

    RightsRequest confirmPeople(UUID id, List<UUID> personIds) {
        String actor = desk.requireDpo();
        RightsRequest r = desk.open(id);
        Set<UUID> allowed = store.candidates(r.givenName(), r.familyName(), r.dateOfBirth()).stream()
                .map(MatchedPerson::personId).collect(Collectors.toSet());
        Set<UUID> chosen = new LinkedHashSet<>(personIds == null ? List.of() : personIds);
        if (!allowed.containsAll(chosen)) {
            // Only people the search found: the facts come from SafeShare's records, not from what is typed.
            throw new InvalidRequestException("personIds", "Choose only people found for this request's names and date of birth");
        }
        jdbc.sql("DELETE FROM rights_request_person WHERE request_id = ?").param(id).update();
        for (UUID personId : chosen) {
            UUID caseId = jdbc.sql("SELECT case_id FROM case_person WHERE id = ?").param(personId).query(UUID.class).single();
            jdbc.sql("INSERT INTO rights_request_person (request_id, person_id, case_id) VALUES (?, ?, ?)").params(id, personId, caseId).update();
        }
        touch(id);
        desk.audit(AuditAction.COMBINATION, actor, List.copyOf(chosen), "confirmed " + chosen.size() + " person record(s) as the subject of " + r.reference());
        return desk.get(id);
    }

    private void touch(UUID id) {
        jdbc.sql("UPDATE rights_request SET version = version + 1 WHERE id = ?").param(id).update();
    }
}
