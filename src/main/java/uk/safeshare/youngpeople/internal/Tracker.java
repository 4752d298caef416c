package uk.safeshare.youngpeople.internal;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import uk.safeshare.identity.SafeShareUser;
import uk.safeshare.shared.ForbiddenException;
import uk.safeshare.shared.InvalidRequestException;
import uk.safeshare.shared.audit.AuditAction;
import uk.safeshare.shared.audit.DataProcessed;
import uk.safeshare.shared.crypto.SensitiveText;
import uk.safeshare.shared.validation.CommandValidator;
import uk.safeshare.youngpeople.YoungPeopleCommands.ActionStatus;
import uk.safeshare.youngpeople.YoungPeopleCommands.NewYoungPerson;
import uk.safeshare.youngpeople.YoungPeopleViews.ReviewState;
import uk.safeshare.youngpeople.YoungPeopleViews.Summary;
import uk.safeshare.youngpeople.YoungPeopleViews.YoungPersonView;

/**
 * Putting a young person on the tracker, the team's list with the reviews due and overdue, and one young
 * person in full. Every list and view is audited as a consultation, every addition as a collection.
 */
@Service("youngPeopleTracker") // named: governance has a Tracker bean too
public class Tracker {

    private final YoungPersonAccess access;
    private final YoungPersonRepository people;
    private final RiskRepository risks;
    private final VulnerabilityRepository vulnerabilities;
    private final ActionRepository actions;
    private final TrackerViews views;
    private final CommandValidator validator;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final int careLeaverUntilAge;

    Tracker(YoungPersonAccess access, YoungPersonRepository people, RiskRepository risks,
            VulnerabilityRepository vulnerabilities, ActionRepository actions, TrackerViews views, CommandValidator validator,
            ApplicationEventPublisher events, Clock clock,
            @Value("${safeshare.young-people.care-leaver-until-age:25}") int careLeaverUntilAge) {
        this.access = access;
        this.people = people;
        this.risks = risks;
        this.vulnerabilities = vulnerabilities;
        this.actions = actions;
        this.views = views;
        this.validator = validator;
        this.events = events;
        this.clock = clock;
        this.careLeaverUntilAge = careLeaverUntilAge;
    }

    @Transactional
    public UUID create(NewYoungPerson command) {
        SafeShareUser user = access.user();
        validator.validate(command);
        Instant now = clock.instant();
        LocalDate today = TrackerRules.today(now);
        Map<String, String> errors = new LinkedHashMap<>();
        if (command.dateOfBirth().isAfter(today)) {
            errors.put("dateOfBirth", "The date of birth must be in the past");
        } else if (!TrackerRules.child(command.dateOfBirth(), today)) {
            int age = TrackerRules.age(command.dateOfBirth(), today);
            if (!command.careLeaver()) {
                errors.put("dateOfBirth", "The young person is " + age + ": only children under 18, and care leavers,"
                        + " are tracked here");
            } else if (age >= careLeaverUntilAge) {
                errors.put("dateOfBirth", "The young person is " + age + ": care leavers are tracked until they are "
                        + careLeaverUntilAge);
            }
        }
        if (command.nextReviewOn().isBefore(today)) {
            errors.put("nextReviewOn", "The first review must be today or later");
        } else if (command.nextReviewOn().isAfter(today.plusYears(1))) {
            errors.put("nextReviewOn", "The first review must be within a year");
        }
        if (!errors.isEmpty()) {
            throw new InvalidRequestException(String.join("; ", errors.values()), errors);
        }
        YoungPersonRecord saved = people.save(new YoungPersonRecord(UUID.randomUUID(), user.teamId().value(),
                SensitiveText.of(command.givenName().strip()), SensitiveText.of(command.familyName().strip()),
                command.dateOfBirth(), command.careLeaver(), command.leadAgency(), command.riskLevel(), command.nextReviewOn(),
                user.username(), now, now, null));
        risks.save(new RiskRecord(UUID.randomUUID(), saved.id(), command.riskLevel(), SensitiveText.of(command.riskReason().strip()),
                user.username(), now, null));
        events.publishEvent(DataProcessed.of(AuditAction.COLLECTION, user.username(), null,
                "put a young person on the vulnerability tracker (risk " + command.riskLevel().label().toLowerCase() + ")")
                .aboutPeople(List.of(saved.id())));
        return saved.id();
    }

    /** The caller's team's young people, reviews overdue first, then by the date of the next review. */
    @Transactional
    public List<Summary> teamList() {
        SafeShareUser user = access.user();
        List<Summary> list = summaries(user);
        events.publishEvent(DataProcessed.of(AuditAction.CONSULTATION, user.username(), null,
                        "listed the team's young people on the vulnerability tracker (" + list.size() + ")")
                .aboutPeople(list.stream().map(Summary::id).toList()));
        return list;
    }

    /** The team's reviews that are due within a week, or overdue. */
    @Transactional
    public List<Summary> reviewsDue() {
        SafeShareUser user = access.user();
        List<Summary> list = summaries(user).stream().filter(s -> s.review() != ReviewState.SCHEDULED).toList();
        events.publishEvent(DataProcessed.of(AuditAction.CONSULTATION, user.username(), null,
                        "listed the team's multi-agency reviews due and overdue (" + list.size() + ")")
                .aboutPeople(list.stream().map(Summary::id).toList()));
        return list;
    }

    @Transactional(noRollbackFor = ForbiddenException.class)
    public YoungPersonView show(UUID id) {
        SafeShareUser user = access.user();
        YoungPersonRecord record = access.open(user, id);
        events.publishEvent(DataProcessed.of(AuditAction.CONSULTATION, user.username(), null,
                "viewed a young person on the vulnerability tracker").aboutPeople(access.aboutPeople(id)));
        return views.view(record);
    }

    private List<Summary> summaries(SafeShareUser user) {
        Instant now = clock.instant();
        LocalDate today = TrackerRules.today(now);
        return people.findByTeam(user.teamId().value()).stream().map(p -> {
            List<ActionRecord> open = actions.findByYoungPerson(p.id()).stream().filter(a -> a.status() == ActionStatus.OPEN).toList();
            return new Summary(p.id(), p.name(), TrackerRules.age(p.dateOfBirth(), today), p.careLeaver(), p.riskLevel(),
                    vulnerabilities.findByYoungPerson(p.id()).stream().map(VulnerabilityRecord::kind).distinct().sorted().toList(),
                    p.leadAgency(), p.nextReviewOn(), TrackerRules.review(p.nextReviewOn(), today), open.size(),
                    (int) open.stream().filter(a -> a.dueOn().isBefore(today)).count());
        }).sorted(Comparator.comparing((Summary s) -> s.review() != ReviewState.OVERDUE).thenComparing(Summary::nextReviewOn))
                .toList();
    }
}
