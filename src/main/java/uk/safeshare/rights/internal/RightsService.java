package uk.safeshare.rights.internal;

import java.sql.Date;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import uk.safeshare.rights.RightsRequests;
import uk.safeshare.shared.InvalidRequestException;
import uk.safeshare.shared.audit.AuditAction;
import uk.safeshare.shared.crypto.FieldCipher;

/**
 * The register of rights requests: recorded and read here; matched to person records ({@link MatchingSubjects}),
 * decided ({@link DecidingRequests}) and carried out ({@link CarryingOutRequests}), every step audited. Due one calendar month after receipt (DPA 2018 s.54); an extension of two further months
 * is allowed once, with a reason (see ADR 0015 for when the law allows it).
 */
@Service
class RightsService implements RightsRequests {

    private final JdbcClient jdbc;
    private final RightsStore store;
    private final FieldCipher cipher;
    private final RightsDesk desk;
    private final MatchingSubjects matching;
    private final DecidingRequests deciding;
    private final CarryingOutRequests carrying;
    private final Clock clock;

    RightsService(JdbcClient jdbc, RightsStore store, FieldCipher cipher, RightsDesk desk, MatchingSubjects matching,
                  DecidingRequests deciding, CarryingOutRequests carrying, Clock clock) {
        this.jdbc = jdbc;
        this.store = store;
        this.cipher = cipher;
        this.desk = desk;
        this.matching = matching;
        this.deciding = deciding;
        this.carrying = carrying;
        this.clock = clock;
    }

    @Override
    @Transactional
    public RightsRequest record(NewRequest r) {
        String actor = desk.requireDpo();
        Map<String, String> errors = new LinkedHashMap<>();
        if (r.kind() == null) {
            errors.put("kind", "Select what the person is asking for");
        }
        RightsDesk.text(errors, "requester", r.requester(), 200, "Enter who made the request");
        RightsDesk.text(errors, "identityCheck", r.identityCheck(), 500, "Enter how the requester's identity was checked");
        RightsDesk.text(errors, "givenName", r.givenName(), 100, "Enter the person's given name");
        RightsDesk.text(errors, "familyName", r.familyName(), 100, "Enter the person's family name");
        if (r.details() != null && r.details().length() > 4000) {
            errors.put("details", "Details must be 4000 characters or fewer");
        }
        LocalDate today = desk.today();
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
        desk.audit(AuditAction.COLLECTION, actor, List.of(), "recorded rights request " + reference + " (" + r.kind() + ")");
        return get(id);
    }

    @Override
    @Transactional(readOnly = true)
    public List<RightsRequest> register() {
        desk.requireDpo();
        LocalDate today = desk.today();
        return store.ids().stream().map(id -> store.find(id, today).orElseThrow()).toList();
    }

    @Override
    @Transactional(readOnly = true)
    public RightsRequest get(UUID id) {
        return desk.get(id);
    }

    @Override
    @Transactional
    public List<MatchedPerson> candidates(UUID id) {
        return matching.candidates(id);
    }

    @Override
    @Transactional
    public RightsRequest confirmPeople(UUID id, List<UUID> personIds) {
        return matching.confirmPeople(id, personIds);
    }

    @Override
    @Transactional
    public RightsRequest extend(UUID id, String reason) {
        return deciding.extend(id, reason);
    }

    @Override
    @Transactional
    public RightsRequest withhold(UUID id, Item item, String reason) {
        return deciding.withhold(id, item, reason);
    }

    @Override
    @Transactional
    public RightsRequest decide(UUID id, boolean approve, String reason) {
        return deciding.decide(id, approve, reason);
    }

    @Override
    @Transactional
    public RightsRequest carryOut(UUID id, String note) {
        return carrying.carryOut(id, note);
    }

    @Override
    @Transactional
    public void liftRestriction(UUID personId, String reason) {
        carrying.liftRestriction(personId, reason);
    }
}
