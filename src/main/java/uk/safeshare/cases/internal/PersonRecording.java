package uk.safeshare.cases.internal;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import uk.safeshare.cases.CaseCommands.PersonDetails;
import uk.safeshare.cases.PersonRecorded;
import uk.safeshare.cases.StatusBasis;
import uk.safeshare.identity.Identity;
import uk.safeshare.identity.SafeShareUser;
import uk.safeshare.shared.ConflictException;
import uk.safeshare.shared.InvalidRequestException;
import uk.safeshare.shared.IsoCodes;
import uk.safeshare.shared.NotFoundException;
import uk.safeshare.shared.audit.AuditAction;
import uk.safeshare.shared.audit.DataProcessed;
import uk.safeshare.shared.validation.CommandValidator;

/** Adding people to a case and revising what is recorded about them. */
@Service
public class PersonRecording {

    private final PersonRecordRepository people;
    private final CaseFileRepository cases;
    private final CaseLoader loader;
    private final HistoryLog history;
    private final CommandValidator validator;
    private final ApplicationEventPublisher events;
    private final Identity identity;
    private final Clock clock;
    private final uk.safeshare.rights.ProcessingRestrictions restrictions;

    PersonRecording(PersonRecordRepository people, CaseFileRepository cases, CaseLoader loader, HistoryLog history,
                    CommandValidator validator, ApplicationEventPublisher events, Identity identity, Clock clock,
                    uk.safeshare.rights.ProcessingRestrictions restrictions) {
        this.restrictions = restrictions;
        this.people = people;
        this.cases = cases;
        this.loader = loader;
        this.history = history;
        this.validator = validator;
        this.events = events;
        this.identity = identity;
        this.clock = clock;
    }

    @Transactional
    public UUID add(UUID caseId, PersonDetails details) {
        SafeShareUser user = identity.current();
        check(details);
        CaseFile caseFile = loader.forChange(user, caseId);
        Instant now = clock.instant();
        PersonRecord saved = people.save(PersonRecord.create(caseId, details, user.username(), now));
        cases.save(caseFile.touched(now));
        history.record("PERSON", saved.id(), caseId, saved.version(), user.username(), "CREATED", now, Snapshots.of(saved.view()));
        events.publishEvent(DataProcessed.of(AuditAction.COLLECTION, user.username(), caseId,
                "recorded " + details.role().label().toLowerCase() + " on case " + caseFile.reference()).aboutPeople(List.of(saved.id())));
        events.publishEvent(recorded(saved.id(), caseFile, details, now));
        return saved.id();
    }

    @Transactional
    public void revise(UUID caseId, UUID personId, Long expectedVersion, PersonDetails details) {
        SafeShareUser user = identity.current();
        check(details);
        CaseFile caseFile = loader.forChange(user, caseId);
        PersonRecord current = people.findById(personId).filter(p -> p.caseId().equals(caseId))
                .orElseThrow(() -> new NotFoundException("No person " + personId + " on case " + caseFile.reference()));
        if (expectedVersion != null && !expectedVersion.equals(current.version())) {
            throw new ConflictException("Someone else changed this person's record while you were editing it. Reload it and make your change again.");
        }
        if (restrictions.isRestricted(personId)) {
            throw new ConflictException("This person's record is restricted at their request: it cannot be changed until the data protection officer lifts the restriction.");
        }
        Instant now = clock.instant();
        PersonRecord saved = people.save(current.revise(details, now));
        cases.save(caseFile.touched(now));
        history.record("PERSON", saved.id(), caseId, saved.version(), user.username(), "CHANGED", now, Snapshots.of(saved.view()));
        events.publishEvent(DataProcessed.of(AuditAction.ALTERATION, user.username(), caseId,
                "revised a person on case " + caseFile.reference()).aboutPeople(List.of(saved.id())));
        events.publishEvent(recorded(saved.id(), caseFile, details, now));
    }

    private static PersonRecorded recorded(UUID personId, CaseFile caseFile, PersonDetails d, Instant now) {
        return new PersonRecorded(personId, caseFile.id(), caseFile.teamId(), d.role(), d.statusBasis(), d.interpreterNeeded(), now);
    }

    /** The rules Bean Validation cannot express: codes from the standards, and evidence only with its basis. */
    void check(PersonDetails d) {
        validator.validate(d);
        Map<String, String> errors = new LinkedHashMap<>();
        if (d.nationality() != null && !IsoCodes.isCountry(d.nationality())) {
            errors.put("nationality", "'" + d.nationality() + "' is not an ISO 3166-1 alpha-2 country code");
        }
        if (d.language() != null && !IsoCodes.isLanguage(d.language())) {
            errors.put("language", "'" + d.language() + "' is not an ISO 639-1 language code");
        }
        if (d.statusBasis() == StatusBasis.EVIDENCE_OF_IMMIGRATION_OFFENCE && d.statusEvidence() == null) {
            errors.put("statusEvidence", "Describe the evidence of an immigration offence");
        }
        if (d.statusBasis() != StatusBasis.EVIDENCE_OF_IMMIGRATION_OFFENCE && d.statusEvidence() != null) {
            errors.put("statusEvidence", "Only describe evidence when the basis is evidence of an immigration offence; concerns or doubts are not evidence");
        }
        if (d.dateOfBirth() != null && d.dateOfBirth().isBefore(LocalDate.of(1900, 1, 1))) {
            errors.put("dateOfBirth", "Enter a date of birth after 1 January 1900");
        }
        if (!errors.isEmpty()) {
            throw new InvalidRequestException(String.join("; ", errors.values()), errors);
        }
    }
}
