package uk.safeshare.youngpeople.internal;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import uk.safeshare.cases.CaseLookup;
import uk.safeshare.cases.CaseViews.PersonOnCase;
import uk.safeshare.cases.Cases;
import uk.safeshare.identity.SafeShareUser;
import uk.safeshare.shared.ConflictException;
import uk.safeshare.shared.ForbiddenException;
import uk.safeshare.shared.InvalidRequestException;
import uk.safeshare.shared.NotFoundException;
import uk.safeshare.shared.audit.AuditAction;
import uk.safeshare.shared.audit.DataProcessed;
import uk.safeshare.shared.crypto.SensitiveText;
import uk.safeshare.shared.validation.CommandValidator;
import uk.safeshare.youngpeople.VulnerabilityKind;
import uk.safeshare.youngpeople.YoungPeopleCommands.ActionStatus;
import uk.safeshare.youngpeople.YoungPeopleCommands.ActionUpdate;
import uk.safeshare.youngpeople.YoungPeopleCommands.CaseLink;
import uk.safeshare.youngpeople.YoungPeopleCommands.EpisodeReturn;
import uk.safeshare.youngpeople.YoungPeopleCommands.NewAction;
import uk.safeshare.youngpeople.YoungPeopleCommands.NewMissingEpisode;
import uk.safeshare.youngpeople.YoungPeopleCommands.NewProfessional;
import uk.safeshare.youngpeople.YoungPeopleCommands.NewReview;
import uk.safeshare.youngpeople.YoungPeopleCommands.NewVulnerability;
import uk.safeshare.youngpeople.YoungPeopleCommands.RiskChange;

/**
 * What is recorded about a young person on the tracker: the cases they are linked to, their kinds of
 * vulnerability, missing episodes and return interviews, risk level changes (kept as history), the
 * professionals involved, multi-agency reviews and actions. Each is need-to-know checked first, and
 * audited with the young person and the people on their linked cases.
 */
@Service
public class TrackerUpdates {

    private final YoungPersonAccess access;
    private final YoungPersonRepository people;
    private final CaseLinkRepository links;
    private final VulnerabilityRepository vulnerabilities;
    private final MissingEpisodeRepository episodes;
    private final RiskRepository risks;
    private final ProfessionalRepository professionals;
    private final ReviewRepository reviews;
    private final ActionRepository actions;
    private final Cases cases;
    private final CommandValidator validator;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    TrackerUpdates(YoungPersonAccess access, YoungPersonRepository people, CaseLinkRepository links,
                   VulnerabilityRepository vulnerabilities, MissingEpisodeRepository episodes, RiskRepository risks,
                   ProfessionalRepository professionals, ReviewRepository reviews, ActionRepository actions, Cases cases,
                   CommandValidator validator, ApplicationEventPublisher events, Clock clock) {
        this.access = access;
        this.people = people;
        this.links = links;
        this.vulnerabilities = vulnerabilities;
        this.episodes = episodes;
        this.risks = risks;
        this.professionals = professionals;
        this.reviews = reviews;
        this.actions = actions;
        this.cases = cases;
        this.validator = validator;
        this.events = events;
        this.clock = clock;
    }

    /** Links the young person to a person on a case the caller may see (need-to-know as the cases module decides). */
    @Transactional(noRollbackFor = ForbiddenException.class)
    public void link(UUID id, CaseLink command) {
        SafeShareUser user = access.user();
        validator.validate(command);
        YoungPersonRecord young = access.open(user, id);
        PersonOnCase person = switch (cases.personOnCase(command.caseId(), command.personId())) {
            case CaseLookup.Found<PersonOnCase> found -> found.value();
            case CaseLookup.NeedsBreakGlass<PersonOnCase> glass -> throw new ForbiddenException("Case " + glass.reference()
                    + " belongs to another team. Open it from its case page and give a break-glass reason first.");
            case CaseLookup.Missing<PersonOnCase> missing -> throw new InvalidRequestException("personId",
                    "There is no such person on that case");
        };
        if (links.findByYoungPerson(id).stream().anyMatch(l -> l.personId().equals(person.personId()))) {
            throw new ConflictException("The young person is already linked to " + person.fullName() + " on case "
                    + person.caseReference() + ".");
        }
        Instant now = clock.instant();
        links.save(new CaseLinkRecord(UUID.randomUUID(), id, person.caseId(), person.personId(), person.caseReference(),
                user.username(), now, null));
        people.save(young.touched(now));
        events.publishEvent(DataProcessed.of(AuditAction.COMBINATION, user.username(), person.caseId(),
                "linked a young person on the vulnerability tracker to a person on case " + person.caseReference())
                .aboutPeople(access.aboutPeople(id)));
    }

    @Transactional(noRollbackFor = ForbiddenException.class)
    public UUID addVulnerability(UUID id, NewVulnerability command) {
        SafeShareUser user = access.user();
        validator.validate(command);
        YoungPersonRecord young = access.open(user, id);
        Instant now = clock.instant();
        if (command.identifiedOn().isAfter(TrackerRules.today(now))) {
            throw new InvalidRequestException("identifiedOn", "The date it was identified must be today or earlier");
        }
        UUID saved = vulnerabilities.save(new VulnerabilityRecord(UUID.randomUUID(), id, command.kind(),
                SensitiveText.of(blankToNull(command.details())), command.identifiedOn(), user.username(), now, null)).id();
        people.save(young.touched(now));
        audit(user, AuditAction.COLLECTION, id, "recorded a vulnerability (" + command.kind().label().toLowerCase() + ")");
        return saved;
    }

    /** A missing episode; the first one also records the young person as missing from home or care. */
    @Transactional(noRollbackFor = ForbiddenException.class)
    public UUID recordMissingEpisode(UUID id, NewMissingEpisode command) {
        SafeShareUser user = access.user();
        validator.validate(command);
        YoungPersonRecord young = access.open(user, id);
        Instant now = clock.instant();
        Map<String, String> errors = new LinkedHashMap<>();
        if (command.wentMissingAt().isAfter(now)) {
            errors.put("wentMissingAt", "When the young person went missing must be in the past");
        }
        checkReturn(errors, command.wentMissingAt(), command.returnedAt(), command.returnInterviewOn(),
                command.returnInterviewBy(), now);
        if (!errors.isEmpty()) {
            throw new InvalidRequestException(String.join("; ", errors.values()), errors);
        }
        UUID saved = episodes.save(new MissingEpisodeRecord(UUID.randomUUID(), id, command.fromCare(), command.wentMissingAt(),
                command.returnedAt(), command.returnInterviewOn(), SensitiveText.of(blankToNull(command.returnInterviewBy())),
                SensitiveText.of(blankToNull(command.notes())), user.username(), now, null)).id();
        if (vulnerabilities.findByYoungPerson(id).stream().noneMatch(v -> v.kind() == VulnerabilityKind.MISSING)) {
            vulnerabilities.save(new VulnerabilityRecord(UUID.randomUUID(), id, VulnerabilityKind.MISSING, null,
                    TrackerRules.today(command.wentMissingAt()), user.username(), now, null));
        }
        people.save(young.touched(now));
        audit(user, AuditAction.COLLECTION, id, "recorded a missing episode (from " + (command.fromCare() ? "care" : "home") + ")");
        return saved;
    }

    /** The young person's return, and the return interview when it has been held. */
    @Transactional(noRollbackFor = ForbiddenException.class)
    public void recordReturn(UUID id, UUID episodeId, EpisodeReturn command) {
        SafeShareUser user = access.user();
        validator.validate(command);
        YoungPersonRecord young = access.open(user, id);
        MissingEpisodeRecord episode = episodes.findById(episodeId).filter(e -> e.youngPersonId().equals(id))
                .orElseThrow(() -> new NotFoundException("No such missing episode for this young person"));
        Instant now = clock.instant();
        Map<String, String> errors = new LinkedHashMap<>();
        checkReturn(errors, episode.wentMissingAt(), command.returnedAt(), command.returnInterviewOn(),
                command.returnInterviewBy(), now);
        if (!errors.isEmpty()) {
            throw new InvalidRequestException(String.join("; ", errors.values()), errors);
        }
        episodes.save(episode.returned(command.returnedAt(), command.returnInterviewOn(), blankToNull(command.returnInterviewBy())));
        people.save(young.touched(now));
        audit(user, AuditAction.ALTERATION, id, "recorded a young person's return from a missing episode"
                + (command.returnInterviewOn() == null ? "" : " and the return interview"));
    }

    private static void checkReturn(Map<String, String> errors, Instant wentMissingAt, Instant returnedAt, LocalDate interviewOn,
                                    String interviewBy, Instant now) {
        if (returnedAt != null && (returnedAt.isBefore(wentMissingAt) || returnedAt.isAfter(now))) {
            errors.put("returnedAt", "The return must be after the young person went missing, and not in the future");
        }
        if (interviewOn != null && returnedAt == null) {
            errors.put("returnInterviewOn", "A return interview can only be recorded once the young person has returned");
        } else if (interviewOn != null && (interviewOn.isBefore(TrackerRules.today(returnedAt))
                || interviewOn.isAfter(TrackerRules.today(now)))) {
            errors.put("returnInterviewOn", "The return interview must be on or after the day of return, and not in the future");
        }
        if (interviewOn == null && interviewBy != null && !interviewBy.isBlank()) {
            errors.put("returnInterviewOn", "Enter the date of the return interview");
        }
    }

    @Transactional(noRollbackFor = ForbiddenException.class)
    public void changeRisk(UUID id, RiskChange command) {
        SafeShareUser user = access.user();
        validator.validate(command);
        YoungPersonRecord young = access.open(user, id);
        Instant now = clock.instant();
        risks.save(new RiskRecord(UUID.randomUUID(), id, command.riskLevel(), SensitiveText.of(command.reason().strip()),
                user.username(), now, null));
        people.save(young.withRisk(command.riskLevel(), now));
        audit(user, AuditAction.ALTERATION, id, "changed a young person's risk level from "
                + young.riskLevel().label().toLowerCase() + " to " + command.riskLevel().label().toLowerCase());
    }

    @Transactional(noRollbackFor = ForbiddenException.class)
    public UUID addProfessional(UUID id, NewProfessional command) {
        SafeShareUser user = access.user();
        validator.validate(command);
        YoungPersonRecord young = access.open(user, id);
        Instant now = clock.instant();
        UUID saved = professionals.save(new ProfessionalRecord(UUID.randomUUID(), id, command.name().strip(), command.agency(),
                blankToNull(command.jobRole()), user.username(), now, null)).id();
        people.save(young.touched(now));
        audit(user, AuditAction.COLLECTION, id, "recorded a professional (" + command.agency().label() + ") working with a young person");
        return saved;
    }

    /** A multi-agency review held; it sets the date of the next one. */
    @Transactional(noRollbackFor = ForbiddenException.class)
    public UUID recordReview(UUID id, NewReview command) {
        SafeShareUser user = access.user();
        validator.validate(command);
        YoungPersonRecord young = access.open(user, id);
        Instant now = clock.instant();
        LocalDate today = TrackerRules.today(now);
        Map<String, String> errors = new LinkedHashMap<>();
        if (command.heldOn().isAfter(today)) {
            errors.put("heldOn", "The review must have been held today or earlier");
        }
        if (!command.nextReviewOn().isAfter(command.heldOn()) || command.nextReviewOn().isBefore(today)) {
            errors.put("nextReviewOn", "The next review must be after this one, and today or later");
        } else if (command.nextReviewOn().isAfter(today.plusYears(1))) {
            errors.put("nextReviewOn", "The next review must be within a year");
        }
        if (!errors.isEmpty()) {
            throw new InvalidRequestException(String.join("; ", errors.values()), errors);
        }
        UUID saved = reviews.save(new ReviewRecord(UUID.randomUUID(), id, command.heldOn(), command.agencies().strip(),
                SensitiveText.of(command.outcome().strip()), command.nextReviewOn(), user.username(), now, null)).id();
        people.save(young.withNextReview(command.nextReviewOn(), now));
        audit(user, AuditAction.COLLECTION, id, "recorded a multi-agency review of a young person; next review on "
                + command.nextReviewOn());
        return saved;
    }

    @Transactional(noRollbackFor = ForbiddenException.class)
    public UUID addAction(UUID id, NewAction command) {
        SafeShareUser user = access.user();
        validator.validate(command);
        YoungPersonRecord young = access.open(user, id);
        Instant now = clock.instant();
        if (command.dueOn().isBefore(TrackerRules.today(now))) {
            throw new InvalidRequestException("dueOn", "The due date must be today or later");
        }
        UUID saved = actions.save(new ActionRecord(UUID.randomUUID(), id, SensitiveText.of(command.description().strip()),
                command.owner().strip(), command.ownerAgency(), command.dueOn(), ActionStatus.OPEN, user.username(), now, now,
                null)).id();
        people.save(young.touched(now));
        audit(user, AuditAction.COLLECTION, id, "recorded an action for " + command.ownerAgency().label() + " about a young person");
        return saved;
    }

    @Transactional(noRollbackFor = ForbiddenException.class)
    public void updateAction(UUID id, UUID actionId, ActionUpdate command) {
        SafeShareUser user = access.user();
        validator.validate(command);
        YoungPersonRecord young = access.open(user, id);
        ActionRecord action = actions.findById(actionId).filter(a -> a.youngPersonId().equals(id))
                .orElseThrow(() -> new NotFoundException("No such action for this young person"));
        Instant now = clock.instant();
        actions.save(action.withStatus(command.status(), now));
        people.save(young.touched(now));
        audit(user, AuditAction.ALTERATION, id, "marked an action about a young person " + command.status().name().toLowerCase());
    }

    private void audit(SafeShareUser user, AuditAction action, UUID id, String details) {
        events.publishEvent(DataProcessed.of(action, user.username(), null, details + " on the vulnerability tracker")
                .aboutPeople(access.aboutPeople(id)));
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
