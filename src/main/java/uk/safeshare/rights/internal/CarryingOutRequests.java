package uk.safeshare.rights.internal;

import java.time.Clock;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import uk.safeshare.rights.ErasureCarriedOut;
import uk.safeshare.rights.RightsRequests.Kind;
import uk.safeshare.rights.RightsRequests.RightsRequest;
import uk.safeshare.rights.RightsRequests.Status;
import uk.safeshare.shared.ConflictException;
import uk.safeshare.shared.InvalidRequestException;
import uk.safeshare.shared.NotFoundException;
import uk.safeshare.shared.audit.AuditAction;
import uk.safeshare.shared.audit.DataProcessed;
import uk.safeshare.shared.crypto.FieldCipher;

/** Carrying out an approved rights request (erasure, restriction, rectification), and lifting a restriction later. */
@Component
class CarryingOutRequests {

    private final JdbcClient jdbc;
    private final FieldCipher cipher;
    private final RightsDesk desk;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    CarryingOutRequests(JdbcClient jdbc, FieldCipher cipher, RightsDesk desk, ApplicationEventPublisher events, Clock clock) {
        this.jdbc = jdbc;
        this.cipher = cipher;
        this.desk = desk;
        this.events = events;
        this.clock = clock;
    }

    RightsRequest carryOut(UUID id, String note) {
        String actor = desk.requireDpo();
        RightsRequest r = desk.get(id);
        if (r.status() != Status.APPROVED) {
            throw new ConflictException("Only an approved request is carried out; " + r.reference() + " is " + r.status() + ".");
        }
        List<UUID> people = RightsDesk.people(r);
        switch (r.kind()) {
            case SUBJECT_ACCESS -> throw new ConflictException("A subject access request is carried out by exporting its bundle.");
            case ERASURE -> events.publishEvent(new ErasureCarriedOut(id, r.reference(), people));
            case RESTRICTION -> {
                for (UUID personId : people) {
                    jdbc.sql("INSERT INTO processing_restriction (id, person_id, request_id, restricted_by, restricted_at) VALUES (?, ?, ?, ?, ?)")
                            .params(UUID.randomUUID(), personId, id, actor, clock.instant().atOffset(ZoneOffset.UTC)).update();
                }
            }
            case RECTIFICATION -> {
                Map<String, String> errors = new LinkedHashMap<>();
                RightsDesk.text(errors, "note", note, 1000, "Enter what was corrected, and where");
                if (!errors.isEmpty()) {
                    throw new InvalidRequestException("The rectification was not recorded", errors);
                }
                jdbc.sql("UPDATE rights_request SET details = ? WHERE id = ?")
                        .params(cipher.encrypt(((r.details() == null ? "" : r.details() + "\n") + "Corrected: " + note.strip())), id).update();
            }
        }
        complete(id);
        desk.audit(r.kind() == Kind.ERASURE ? AuditAction.ERASURE : AuditAction.ALTERATION, actor,
                r.kind() == Kind.ERASURE ? List.of() : people, "carried out " + r.kind() + " request " + r.reference());
        return desk.get(id);
    }

    void liftRestriction(UUID personId, String reason) {
        String actor = desk.requireDpo();
        Map<String, String> errors = new LinkedHashMap<>();
        RightsDesk.text(errors, "reason", reason, 1000, "Enter why the restriction is lifted");
        if (!errors.isEmpty()) {
            throw new InvalidRequestException("The restriction was not lifted", errors);
        }
        int lifted = jdbc.sql("UPDATE processing_restriction SET lifted_by = ?, lifted_at = ? WHERE person_id = ? AND lifted_at IS NULL")
                .params(actor, clock.instant().atOffset(ZoneOffset.UTC), personId).update();
        if (lifted == 0) {
            throw new NotFoundException("No restriction in force for " + personId);
        }
        events.publishEvent(new DataProcessed(AuditAction.ALTERATION, actor, null, List.of(personId), null, null,
                "lifted the restriction of processing").because(reason.strip()));
    }

    void complete(UUID id) {
        jdbc.sql("UPDATE rights_request SET status = 'COMPLETED', completed_at = COALESCE(completed_at, ?), version = version + 1 WHERE id = ?")
                .params(clock.instant().atOffset(ZoneOffset.UTC), id).update();
    }
}
