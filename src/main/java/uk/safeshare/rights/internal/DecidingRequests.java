package uk.safeshare.rights.internal;

import java.sql.Date;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import uk.safeshare.rights.RightsRequests.Item;
import uk.safeshare.rights.RightsRequests.Kind;
import uk.safeshare.rights.RightsRequests.RightsRequest;
import uk.safeshare.rights.RightsRequests.Status;
import uk.safeshare.shared.ConflictException;
import uk.safeshare.shared.InvalidRequestException;
import uk.safeshare.shared.audit.AuditAction;
import uk.safeshare.shared.crypto.FieldCipher;

/** The DPO's decisions on an open rights request: more time, what is withheld, and approving or refusing it. */
@Component
class DecidingRequests {

    private final JdbcClient jdbc;
    private final FieldCipher cipher;
    private final RightsDesk desk;
    private final Clock clock;

    DecidingRequests(JdbcClient jdbc, FieldCipher cipher, RightsDesk desk, Clock clock) {
        this.jdbc = jdbc;
        this.cipher = cipher;
        this.desk = desk;
        this.clock = clock;
    }

    RightsRequest extend(UUID id, String reason) {
        String actor = desk.requireDpo();
        RightsRequest r = desk.open(id);
        Map<String, String> errors = new LinkedHashMap<>();
        RightsDesk.text(errors, "reason", reason, 1000, "Enter why the request needs longer");
        if (!errors.isEmpty()) {
            throw new InvalidRequestException("The deadline could not be extended", errors);
        }
        if (r.extendedTo() != null) {
            throw new ConflictException("Request " + r.reference() + " has already been extended once.");
        }
        jdbc.sql("UPDATE rights_request SET extended_to = ?, extension_reason = ?, version = version + 1 WHERE id = ?")
                .params(Date.valueOf(r.dueOn().plusMonths(2)), cipher.encrypt(reason.strip()), id).update();
        desk.audit(AuditAction.ALTERATION, actor, RightsDesk.people(r), "extended rights request " + r.reference() + " to " + r.dueOn().plusMonths(2));
        return desk.get(id);
    }

    RightsRequest withhold(UUID id, Item item, String reason) {
        String actor = desk.requireDpo();
        RightsRequest r = desk.open(id);
        Map<String, String> errors = new LinkedHashMap<>();
        if (item == null) {
            errors.put("item", "Select what is withheld");
        }
        RightsDesk.text(errors, "reason", reason, 1000, "Enter the reason under section 45(4) for withholding it");
        if (!errors.isEmpty()) {
            throw new InvalidRequestException("Nothing was withheld", errors);
        }
        if (r.kind() != Kind.SUBJECT_ACCESS) {
            throw new ConflictException("Only a subject access request has a bundle to withhold from.");
        }
        jdbc.sql("INSERT INTO rights_withholding (id, request_id, item, reason, recorded_by, recorded_at) VALUES (?, ?, ?, ?, ?, ?)")
                .params(UUID.randomUUID(), id, item.name(), cipher.encrypt(reason.strip()), actor, clock.instant().atOffset(ZoneOffset.UTC))
                .update();
        desk.audit(AuditAction.ALTERATION, actor, RightsDesk.people(r), "withheld " + item + " from subject access request " + r.reference());
        return desk.get(id);
    }

    RightsRequest decide(UUID id, boolean approve, String reason) {
        String actor = desk.requireDpo();
        RightsRequest r = desk.get(id);
        if (r.status() != Status.RECEIVED) {
            throw new ConflictException("Request " + r.reference() + " has already been decided.");
        }
        Map<String, String> errors = new LinkedHashMap<>();
        RightsDesk.text(errors, "reason", reason, 1000, "Enter the reason for the decision");
        if (approve && r.kind() != Kind.SUBJECT_ACCESS && r.people().isEmpty()) {
            errors.put("personIds", "Confirm which person records the request is about before approving it");
        }
        if (!errors.isEmpty()) {
            throw new InvalidRequestException("The request was not decided", errors);
        }
        jdbc.sql("UPDATE rights_request SET status = ?, decision = ?, decision_reason = ?, decided_by = ?, decided_at = ?, version = version + 1 WHERE id = ?")
                .params(approve ? "APPROVED" : "REFUSED", approve ? "APPROVED" : "REFUSED", cipher.encrypt(reason.strip()), actor,
                        clock.instant().atOffset(ZoneOffset.UTC), id)
                .update();
        desk.audit(AuditAction.ALTERATION, actor, RightsDesk.people(r), (approve ? "approved" : "refused") + " rights request " + r.reference());
        return desk.get(id);
    }
}
