package uk.safeshare.rights.internal;

import java.sql.Date;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import uk.safeshare.identity.Identity;
import uk.safeshare.identity.Role;
import uk.safeshare.rights.ErasureCarriedOut;
import uk.safeshare.rights.RightsRequests;
import uk.safeshare.shared.ConflictException;
import uk.safeshare.shared.ForbiddenException;
import uk.safeshare.shared.InvalidRequestException;
import uk.safeshare.shared.NotFoundException;
import uk.safeshare.shared.audit.AuditAction;
import uk.safeshare.shared.audit.DataProcessed;
import uk.safeshare.shared.crypto.FieldCipher;

/**
 * The register of rights requests: recorded, matched to person records, decided and carried out, every
 * step audited. Due one calendar month after receipt (DPA 2018 s.54); an extension of two further months
 * is allowed once, with a reason (see ADR 0015 for when the law allows it).
 */
@Service
class RightsService implements RightsRequests {

    static final ZoneId UK = ZoneId.of("Europe/London");

    private final JdbcClient jdbc;
    private final RightsStore store;
    private final FieldCipher cipher;
    private final Identity identity;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    RightsService(JdbcClient jdbc, RightsStore store, FieldCipher cipher, Identity identity, ApplicationEventPublisher events, Clock clock) {
        this.jdbc = jdbc;
        this.store = store;
        this.cipher = cipher;
        this.identity = identity;
        this.events = events;
        this.clock = clock;
    }

    @Override
    @Transactional
    public RightsRequest record(NewRequest r) {
        String actor = requireDpo();
        Map<String, String> errors = new LinkedHashMap<>();
        if (r.kind() == null) {
            errors.put("kind", "Select what the person is asking for");
        }
        text(errors, "requester", r.requester(), 200, "Enter who made the request");
        text(errors, "identityCheck", r.identityCheck(), 500, "Enter how the requester's identity was checked");
        text(errors, "givenName", r.givenName(), 100, "Enter the person's given name");
        text(errors, "familyName", r.familyName(), 100, "Enter the person's family name");
        if (r.details() != null && r.details().length() > 4000) {
            errors.put("details", "Details must be 4000 characters or fewer");
        }
        LocalDate today = today();
        if (r.receivedOn() == null || r.receivedOn().isAfter(today) || r.receivedOn().isBefore(today.minusYears(1))) {
            errors.put("receivedOn", "The date received must be today or in the past year");
        }
        if (r.dateOfBirth() != null && (r.dateOfBirth().isAfter(today) || r.dateOfBirth().isBefore(today.minusYears(120)))) {
            errors.put("dateOfBirth", "The date of birth must be a real date in the past");
        }
        if (!errors.isEmpty()) {
            throw new InvalidRequestException("The request could not be recorded", errors);
        }
        UUID id = UUID.randomUUID();
        String reference = "RR-" + jdbc.sql("SELECT nextval('rights_reference_seq')").query(Long.class).single();
        jdbc.sql("""
                INSERT INTO rights_request (id, reference, kind, requester, identity_check, subject_given_name, subject_family_name,
                    subject_born_on, details, received_on, due_on, status, recorded_by, recorded_at, version)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'RECEIVED', ?, ?, 0)""")
                .params(id, reference, r.kind().name(), cipher.encrypt(r.requester().strip()), cipher.encrypt(r.identityCheck().strip()),
                        cipher.encrypt(r.givenName().strip()), cipher.encrypt(r.familyName().strip()),
                        r.dateOfBirth() == null ? null : Date.valueOf(r.dateOfBirth()),
                        r.details() == null || r.details().isBlank() ? null : cipher.encrypt(r.details().strip()),
                        Date.valueOf(r.receivedOn()), Date.valueOf(r.receivedOn().plusMonths(1)), actor,
                        clock.instant().atOffset(ZoneOffset.UTC))
                .update();
        audit(AuditAction.COLLECTION, actor, List.of(), "recorded rights request " + reference + " (" + r.kind() + ")");
        return get(id);
    }

    @Override
    @Transactional(readOnly = true)
    public List<RightsRequest> register() {
        requireDpo();
        LocalDate today = today();
        return store.ids().stream().map(id -> store.find(id, today).orElseThrow()).toList();
    }

    @Override
    @Transactional(readOnly = true)
    public RightsRequest get(UUID id) {
        requireDpo();
        return store.find(id, today()).orElseThrow(() -> new NotFoundException("No rights request " + id));
    }

    @Override
    @Transactional
    public List<MatchedPerson> candidates(UUID id) {
        String actor = requireDpo();
        RightsRequest r = get(id);
        List<MatchedPerson> found = store.candidates(r.givenName(), r.familyName(), r.dateOfBirth());
        audit(AuditAction.COMBINATION, actor, found.stream().map(MatchedPerson::personId).toList(),
                "searched every case for the subject of rights request " + r.reference() + " (" + found.size() + " found)");
        return found;
    }

    @Override
    @Transactional
    public RightsRequest confirmPeople(UUID id, List<UUID> personIds) {
        String actor = requireDpo();
        RightsRequest r = open(id);
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
        audit(AuditAction.COMBINATION, actor, List.copyOf(chosen), "confirmed " + chosen.size() + " person record(s) as the subject of " + r.reference());
        return get(id);
    }

    @Override
    @Transactional
    public RightsRequest extend(UUID id, String reason) {
        String actor = requireDpo();
        RightsRequest r = open(id);
        Map<String, String> errors = new LinkedHashMap<>();
        text(errors, "reason", reason, 1000, "Enter why the request needs longer");
        if (!errors.isEmpty()) {
            throw new InvalidRequestException("The deadline could not be extended", errors);
        }
        if (r.extendedTo() != null) {
            throw new ConflictException("Request " + r.reference() + " has already been extended once.");
        }
        jdbc.sql("UPDATE rights_request SET extended_to = ?, extension_reason = ?, version = version + 1 WHERE id = ?")
                .params(Date.valueOf(r.dueOn().plusMonths(2)), cipher.encrypt(reason.strip()), id).update();
        audit(AuditAction.ALTERATION, actor, people(r), "extended rights request " + r.reference() + " to " + r.dueOn().plusMonths(2));
        return get(id);
    }

    @Override
    @Transactional
    public RightsRequest withhold(UUID id, Item item, String reason) {
        String actor = requireDpo();
        RightsRequest r = open(id);
        Map<String, String> errors = new LinkedHashMap<>();
        if (item == null) {
            errors.put("item", "Select what is withheld");
        }
        text(errors, "reason", reason, 1000, "Enter the reason under section 45(4) for withholding it");
        if (!errors.isEmpty()) {
            throw new InvalidRequestException("Nothing was withheld", errors);
        }
        if (r.kind() != Kind.SUBJECT_ACCESS) {
            throw new ConflictException("Only a subject access request has a bundle to withhold from.");
        }
        jdbc.sql("INSERT INTO rights_withholding (id, request_id, item, reason, recorded_by, recorded_at) VALUES (?, ?, ?, ?, ?, ?)")
                .params(UUID.randomUUID(), id, item.name(), cipher.encrypt(reason.strip()), actor, clock.instant().atOffset(ZoneOffset.UTC))
                .update();
        audit(AuditAction.ALTERATION, actor, people(r), "withheld " + item + " from subject access request " + r.reference());
        return get(id);
    }

    @Override
    @Transactional
    public RightsRequest decide(UUID id, boolean approve, String reason) {
        String actor = requireDpo();
        RightsRequest r = get(id);
        if (r.status() != Status.RECEIVED) {
            throw new ConflictException("Request " + r.reference() + " has already been decided.");
        }
        Map<String, String> errors = new LinkedHashMap<>();
        text(errors, "reason", reason, 1000, "Enter the reason for the decision");
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
        audit(AuditAction.ALTERATION, actor, people(r), (approve ? "approved" : "refused") + " rights request " + r.reference());
        return get(id);
    }

    @Override
    @Transactional
    public RightsRequest carryOut(UUID id, String note) {
        String actor = requireDpo();
        RightsRequest r = get(id);
        if (r.status() != Status.APPROVED) {
            throw new ConflictException("Only an approved request is carried out; " + r.reference() + " is " + r.status() + ".");
        }
        List<UUID> people = people(r);
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
                text(errors, "note", note, 1000, "Enter what was corrected, and where");
                if (!errors.isEmpty()) {
                    throw new InvalidRequestException("The rectification was not recorded", errors);
                }
                jdbc.sql("UPDATE rights_request SET details = ? WHERE id = ?")
                        .params(cipher.encrypt(((r.details() == null ? "" : r.details() + "\n") + "Corrected: " + note.strip())), id).update();
            }
        }
        complete(id);
        audit(r.kind() == Kind.ERASURE ? AuditAction.ERASURE : AuditAction.ALTERATION, actor,
                r.kind() == Kind.ERASURE ? List.of() : people, "carried out " + r.kind() + " request " + r.reference());
        return get(id);
    }

    @Override
    @Transactional
    public void liftRestriction(UUID personId, String reason) {
        String actor = requireDpo();
        Map<String, String> errors = new LinkedHashMap<>();
        text(errors, "reason", reason, 1000, "Enter why the restriction is lifted");
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

    private RightsRequest open(UUID id) {
        RightsRequest r = get(id);
        if (r.status() == Status.REFUSED || r.status() == Status.COMPLETED) {
            throw new ConflictException("Request " + r.reference() + " is " + r.status().name().toLowerCase() + ".");
        }
        return r;
    }

    private void touch(UUID id) {
        jdbc.sql("UPDATE rights_request SET version = version + 1 WHERE id = ?").param(id).update();
    }

    private static List<UUID> people(RightsRequest r) {
        return r.people().stream().map(MatchedPerson::personId).toList();
    }

    private void audit(AuditAction action, String actor, List<UUID> people, String details) {
        events.publishEvent(new DataProcessed(action, actor, null, people, null, null, details));
    }

    private static void text(Map<String, String> errors, String field, String value, int max, String missing) {
        if (value == null || value.isBlank()) {
            errors.put(field, missing);
        } else if (value.length() > max) {
            errors.put(field, "Must be " + max + " characters or fewer");
        } else if (value.chars().anyMatch(c -> (c < 0x20 && c != '\n' && c != '\r') || c == 0x7f)) {
            errors.put(field, "Must not contain control characters");
        }
    }

    LocalDate today() {
        return LocalDate.now(clock.withZone(UK));
    }

    String requireDpo() {
        if (!identity.current().has(Role.DPO)) {
            throw new ForbiddenException("Only the data protection officer's team handles rights requests.");
        }
        return identity.current().username();
    }
}
