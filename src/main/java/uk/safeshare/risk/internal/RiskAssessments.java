package uk.safeshare.risk.internal;

import java.time.Clock;
import java.time.Instant;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import uk.safeshare.cases.CaseLookup;
import uk.safeshare.cases.CaseViews.PersonOnCase;
import uk.safeshare.cases.Cases;
import uk.safeshare.cases.CrimeType;
import uk.safeshare.identity.Identity;
import uk.safeshare.identity.SafeShareUser;
import uk.safeshare.risk.Answer;
import uk.safeshare.risk.ImmigrationFactor;
import uk.safeshare.risk.RiskAssessmentCompleted;
import uk.safeshare.risk.RiskCommands;
import uk.safeshare.risk.RiskCommands.AnswerEntry;
import uk.safeshare.risk.RiskCommands.AssessmentDetails;
import uk.safeshare.risk.RiskQuestion;
import uk.safeshare.risk.RiskScoring;
import uk.safeshare.risk.RiskViews.AnswerView;
import uk.safeshare.risk.RiskViews.Assessment;
import uk.safeshare.risk.RiskViews.AssessmentView;
import uk.safeshare.risk.RiskViews.FactorView;
import uk.safeshare.risk.RiskViews.History;
import uk.safeshare.risk.RiskViews.Status;
import uk.safeshare.risk.RiskViews.Subject;
import uk.safeshare.shared.ConflictException;
import uk.safeshare.shared.ForbiddenException;
import uk.safeshare.shared.InvalidRequestException;
import uk.safeshare.shared.NotFoundException;
import uk.safeshare.shared.audit.AuditAction;
import uk.safeshare.shared.audit.DataProcessed;
import uk.safeshare.shared.validation.CommandValidator;
import uk.safeshare.shared.validation.PlainText;

/**
 * Recording and showing a victim's risk assessments. Need-to-know comes from the cases module; every
 * view is audited as a consultation, every draft and completion as a collection or alteration.
 * Completed assessments are never changed: each one is kept as the victim's history. A refusal for
 * want of need-to-know is thrown before anything is written, and does not roll back, so that the
 * cases module's record of the refused access is kept.
 */
@Service
public class RiskAssessments {

    private static final java.time.format.DateTimeFormatter UK_DATE = java.time.format.DateTimeFormatter
            .ofPattern("d MMMM yyyy").withZone(java.time.ZoneId.of("Europe/London"));

    private final RiskAssessmentRepository assessments;
    private final Cases cases;
    private final CommandValidator validator;
    private final ApplicationEventPublisher events;
    private final Identity identity;
    private final Clock clock;

    RiskAssessments(RiskAssessmentRepository assessments, Cases cases, CommandValidator validator,
                    ApplicationEventPublisher events, Identity identity, Clock clock) {
        this.assessments = assessments;
        this.cases = cases;
        this.validator = validator;
        this.events = events;
        this.identity = identity;
        this.clock = clock;
    }

    @Transactional(noRollbackFor = ForbiddenException.class)
    public History history(UUID caseId, UUID personId) {
        SafeShareUser user = identity.current();
        PersonOnCase person = person(caseId, personId);
        List<AssessmentView> list = assessments.findByPersonId(personId).stream().map(RiskAssessments::view).toList();
        events.publishEvent(DataProcessed.of(AuditAction.CONSULTATION, user.username(), caseId,
                "viewed the risk assessments (" + list.size() + ") of a person on case " + person.caseReference())
                .aboutPeople(List.of(personId)));
        return new History(subject(person), list);
    }

    @Transactional(noRollbackFor = ForbiddenException.class)
    public Assessment assessment(UUID caseId, UUID personId, UUID assessmentId) {
        SafeShareUser user = identity.current();
        PersonOnCase person = person(caseId, personId);
        RiskAssessmentRecord record = find(person, assessmentId);
        events.publishEvent(DataProcessed.of(AuditAction.CONSULTATION, user.username(), caseId,
                "viewed a risk assessment of a person on case " + person.caseReference()).aboutPeople(List.of(personId)));
        return new Assessment(subject(person), view(record));
    }

    /** The person to be assessed, for the checklist form: need-to-know checked, and audited as a consultation (it names them). */
    @Transactional(noRollbackFor = ForbiddenException.class)
    public Subject subject(UUID caseId, UUID personId) {
        PersonOnCase person = person(caseId, personId);
        events.publishEvent(DataProcessed.of(AuditAction.CONSULTATION, identity.current().username(), caseId,
                "opened the risk checklist for a person on case " + person.caseReference()).aboutPeople(List.of(personId)));
        return subject(person);
    }

    /** Starts an assessment: a draft to come back to, or completed and graded at once. */
    @Transactional(noRollbackFor = ForbiddenException.class)
    public UUID start(UUID caseId, UUID personId, AssessmentDetails details) {
        SafeShareUser user = identity.current();
        check(details);
        PersonOnCase person = assessable(person(caseId, personId));
        if (assessments.countDrafts(personId) > 0) {
            throw new ConflictException("There is already a draft risk assessment for " + person.fullName()
                    + ". Resume that draft instead of starting another.");
        }
        Instant now = clock.instant();
        RiskAssessmentRecord record = new RiskAssessmentRecord(UUID.randomUUID(), caseId, personId, Status.DRAFT,
                null, null, null, null, null, null, user.username(), now, now, null, null, null, null);
        return save(user, person, record, details, now, AuditAction.COLLECTION).id();
    }

    /** Changes a draft, or completes it. A completed assessment is never changed. */
    @Transactional(noRollbackFor = ForbiddenException.class)
    public void revise(UUID caseId, UUID personId, UUID assessmentId, Long expectedVersion, AssessmentDetails details) {
        SafeShareUser user = identity.current();
        check(details);
        PersonOnCase person = assessable(person(caseId, personId));
        RiskAssessmentRecord current = find(person, assessmentId);
        if (current.status() == Status.COMPLETED) {
            throw new ConflictException("This risk assessment was completed on " + UK_DATE.format(current.completedAt())
                    + " and is kept as it was. Start a new assessment to record a change.");
        }
        if (expectedVersion != null && !expectedVersion.equals(current.version())) {
            throw new ConflictException("Someone else saved this draft while you were editing it. Reload it and make your change again.");
        }
        save(user, person, current, details, clock.instant(), AuditAction.ALTERATION);
    }

    private RiskAssessmentRecord save(SafeShareUser user, PersonOnCase person, RiskAssessmentRecord base,
                                      AssessmentDetails details, Instant now, AuditAction action) {
        StoredAnswers stored = new StoredAnswers(details.answers(), details.immigrationFactors());
        var concern = uk.safeshare.shared.crypto.SensitiveText.of(details.judgementConcern());
        if (details.draft()) {
            RiskAssessmentRecord saved = assessments.save(new RiskAssessmentRecord(base.id(), base.caseId(), base.personId(),
                    Status.DRAFT, stored.seal(), null, null, details.judgementGrade(), concern, null, base.createdBy(),
                    base.createdAt(), now, null, null, null, base.version()));
            events.publishEvent(DataProcessed.of(action, user.username(), person.caseId(),
                    "saved a draft risk assessment of a person on case " + person.caseReference())
                    .aboutPeople(List.of(person.personId())));
            return saved;
        }
        RiskScoring.Result result = RiskScoring.grade(answersOnly(details.answers()), answersOnly(details.immigrationFactors()),
                new RiskScoring.Judgement(details.judgementGrade(), details.judgementConcern()));
        RiskAssessmentRecord saved = assessments.save(new RiskAssessmentRecord(base.id(), base.caseId(), base.personId(),
                Status.COMPLETED, stored.seal(), result.yesCount(), result.checklistGrade(), details.judgementGrade(), concern,
                result.grade(), base.createdBy(), base.createdAt(), now, user.username(), now, null, base.version()));
        events.publishEvent(new RiskAssessmentCompleted(saved.id(), person.caseId(), person.personId(), result.grade(),
                result.checklistGrade(), result.yesCount(), result.raisedByJudgement(), details.judgementConcern(),
                result.immigrationFactorsPresent(), user.username(), now));
        events.publishEvent(DataProcessed.of(action, user.username(), person.caseId(), "completed a domestic abuse risk assessment of a person on case "
                                + person.caseReference()).aboutPeople(List.of(person.personId())));
        return saved;
    }

    /** Bean Validation for the judgement, and the per-answer checks it cannot name well. */
    private void check(AssessmentDetails details) {
        validator.validate(details);
        Map<String, String> errors = new LinkedHashMap<>();
        details.answers().forEach((q, entry) -> checkNote(errors, "answers", "question " + q.number() + " (" + q.topic() + ")", entry));
        details.immigrationFactors().forEach((f, entry) -> checkNote(errors, "immigrationFactors",
                "the immigration factor '" + f.topic() + "'", entry));
        if (!errors.isEmpty()) {
            throw new InvalidRequestException(String.join("; ", errors.values()), errors);
        }
    }

    private static void checkNote(Map<String, String> errors, String field, String what, AnswerEntry entry) {
        String note = entry.note();
        if (note == null || errors.containsKey(field)) {
            return;
        }
        if (note.length() > RiskCommands.NOTE_MAX) {
            errors.put(field, "The note on " + what + " must be " + RiskCommands.NOTE_MAX + " characters or fewer");
        } else if (!PlainText.Validator.isPlain(note)) {
            errors.put(field, "The note on " + what + " must be plain text without HTML tags or control characters");
        }
    }

    private static <K extends Enum<K>> Map<K, Answer> answersOnly(Map<K, AnswerEntry> entries) {
        Map<K, Answer> answers = new LinkedHashMap<>();
        entries.forEach((k, v) -> {
            if (v.answer() != null) {
                answers.put(k, v.answer());
            }
        });
        return answers;
    }

    private PersonOnCase person(UUID caseId, UUID personId) {
        return switch (cases.personOnCase(caseId, personId)) {
            case CaseLookup.Found<PersonOnCase> found -> found.value();
            case CaseLookup.NeedsBreakGlass<PersonOnCase> glass -> throw new ForbiddenException("Case " + glass.reference()
                    + " belongs to another team. Open it from its case page and give a break-glass reason first.");
            case CaseLookup.Missing<PersonOnCase> missing -> throw new NotFoundException("No such case or person");
        };
    }

    private static PersonOnCase assessable(PersonOnCase person) {
        if (!person.role().isVictim()) {
            throw new InvalidRequestException("personId", person.fullName() + " is recorded as "
                    + person.role().label().toLowerCase() + " on case " + person.caseReference()
                    + ": only a victim is risk assessed with the domestic abuse checklist");
        }
        if (!person.crimeTypes().contains(CrimeType.DOMESTIC_ABUSE)) {
            throw new InvalidRequestException("personId", "Case " + person.caseReference()
                    + " is not recorded as domestic abuse: the domestic abuse checklist applies only to domestic abuse cases");
        }
        return person;
    }

    private RiskAssessmentRecord find(PersonOnCase person, UUID assessmentId) {
        return assessments.findById(assessmentId)
                .filter(a -> a.personId().equals(person.personId()) && a.caseId().equals(person.caseId()))
                .orElseThrow(() -> new NotFoundException("No such risk assessment for this person"));
    }

    private static Subject subject(PersonOnCase p) {
        return new Subject(p.caseId(), p.caseReference(), p.personId(), p.fullName(), p.role().isVictim(),
                p.crimeTypes().contains(CrimeType.DOMESTIC_ABUSE));
    }

    static AssessmentView view(RiskAssessmentRecord r) {
        StoredAnswers stored = StoredAnswers.open(r.answers());
        List<AnswerView> answers = Arrays.stream(RiskQuestion.values()).map(q -> {
            AnswerEntry e = stored.answers().get(q);
            return new AnswerView(q, q.number(), q.topic(), q.text(), e == null ? null : e.answer(), e == null ? null : e.note());
        }).toList();
        List<FactorView> factors = Arrays.stream(ImmigrationFactor.values()).map(f -> {
            AnswerEntry e = stored.immigrationFactors().get(f);
            return new FactorView(f, f.topic(), f.text(), e == null ? null : e.answer(), e == null ? null : e.note());
        }).toList();
        List<ImmigrationFactor> present = factors.stream().filter(f -> f.answer() == Answer.YES).map(FactorView::factor).toList();
        boolean completed = r.status() == Status.COMPLETED;
        boolean raised = completed && r.grade() != r.checklistGrade();
        List<String> criteria = r.maracCriteria() == null ? List.of()
                : Arrays.stream(r.maracCriteria().split("\n")).filter(c -> !c.isBlank()).toList();
        String explanation = completed
                ? new RiskScoring.Result(r.yesCount(), r.checklistGrade(), r.grade(), raised, present).explanation()
                        + (criteria.isEmpty() ? "" : " MARAC referral criteria met: " + String.join("; ", criteria) + ".")
                : null;
        return new AssessmentView(r.id(), r.caseId(), r.personId(), r.status(), answers, factors, present, r.yesCount(),
                r.checklistGrade(), r.judgementGrade(), uk.safeshare.shared.crypto.SensitiveText.valueOf(r.judgementConcern()),
                r.grade(), raised, explanation, completed && (r.grade() == uk.safeshare.risk.RiskGrade.HIGH || !criteria.isEmpty()),
                criteria, r.createdBy(),
                r.createdAt(), r.updatedAt(), r.completedBy(), r.completedAt(), r.version() == null ? 0 : r.version());
    }
}
