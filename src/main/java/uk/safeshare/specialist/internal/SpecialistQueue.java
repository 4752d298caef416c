package uk.safeshare.specialist.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import uk.safeshare.cases.CaseLookup;
import uk.safeshare.cases.CaseViews.PersonOnCase;
import uk.safeshare.cases.Cases;
import uk.safeshare.identity.Identity;
import uk.safeshare.identity.Role;
import uk.safeshare.identity.SafeShareUser;
import uk.safeshare.identity.TeamId;
import uk.safeshare.shared.ConflictException;
import uk.safeshare.shared.ForbiddenException;
import uk.safeshare.shared.InvalidRequestException;
import uk.safeshare.shared.NotFoundException;
import uk.safeshare.shared.audit.AuditAction;
import uk.safeshare.shared.audit.DataProcessed;
import uk.safeshare.shared.validation.CommandValidator;
import uk.safeshare.specialist.QueueReason;
import uk.safeshare.specialist.SpecialistQueueViews;
import uk.safeshare.specialist.SpecialistQueueViews.Entry;
import uk.safeshare.specialist.SpecialistQueueViews.EntryDetail;
import uk.safeshare.specialist.SpecialistQueueViews.Reassign;
import uk.safeshare.specialist.SpecialistQueueViews.RecordAdvice;
import uk.safeshare.specialist.SpecialistQueueViews.State;

/**
 * The queue's use cases. Need-to-know: only the caseworkers and supervisors of the team that owns the person's case
 * see or change an entry; anyone else is refused, and the refusal is audited and kept (no rollback). Caseworkers
 * take, advise, hand back and close; supervisors see who holds what and reassign. Every view and change is audited.
 */
@Service
public class SpecialistQueue {

    private static final DateTimeFormatter CLOCK_TIME = DateTimeFormatter.ofPattern("d MMMM yyyy HH:mm").withZone(ZoneId.of("Europe/London"));

    private final QueueStore store;
    private final Cases cases;
    private final Identity identity;
    private final CommandValidator validator;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    SpecialistQueue(QueueStore store, Cases cases, Identity identity, CommandValidator validator,
                    ApplicationEventPublisher events, Clock clock) {
        this.store = store;
        this.cases = cases;
        this.identity = identity;
        this.validator = validator;
        this.events = events;
        this.clock = clock;
    }

    /** The signed-in caseworker's or supervisor's team's queue: waiting and taken people, oldest first. */
    @Transactional
    public List<Entry> teamQueue() {
        SafeShareUser user = identity.current();
        requireQueueRole(user);
        if (user.teamId() == null) {
            return List.of();
        }
        List<Entry> entries = new ArrayList<>();
        for (QueueStore.Row row : store.ofTeam(user.teamId().value(), false)) {
            PersonOnCase person = personOf(row);
            if (person != null) {
                entries.add(entry(row, person));
            }
        }
        events.publishEvent(DataProcessed.of(AuditAction.CONSULTATION, user.username(), null,
                        "viewed the specialist caseworker's queue (" + entries.size() + " people)")
                .aboutPeople(entries.stream().map(Entry::personId).toList()));
        return entries;
    }

    @Transactional(noRollbackFor = ForbiddenException.class)
    public EntryDetail entry(UUID personId) {
        SafeShareUser user = identity.current();
        QueueStore.Row row = allowed(user, personId, "viewed");
        PersonOnCase person = required(row);
        events.publishEvent(DataProcessed.of(AuditAction.CONSULTATION, user.username(), row.caseId(),
                "viewed the specialist queue entry and advice for a person on case " + person.caseReference()).aboutPeople(List.of(personId)));
        return new EntryDetail(entry(row, person), store.advice(personId));
    }

    @Transactional(noRollbackFor = ForbiddenException.class)
    public Entry take(UUID personId) {
        SafeShareUser user = identity.current();
        QueueStore.Row row = allowed(user, personId, "took");
        requireCaseworker(user);
        if (!store.take(personId, user.username(), clock.instant())) {
            QueueStore.Row now = store.find(personId).orElseThrow();
            throw new ConflictException(switch (now.state()) {
                case HELD -> (user.username().equals(now.heldBy()) ? "You already" : nameOf(now.heldBy()) + " already")
                        + " took this person, at " + CLOCK_TIME.format(now.heldSince()) + ".";
                case CLOSED -> "This person's entry is closed.";
                case WAITING -> "This person's entry changed while you were taking it. Try again.";
            });
        }
        return changed(user, row, "took from the specialist caseworker's queue");
    }

    @Transactional(noRollbackFor = ForbiddenException.class)
    public Entry recordAdvice(UUID personId, RecordAdvice advice) {
        SafeShareUser user = identity.current();
        QueueStore.Row row = allowed(user, personId, "recorded advice for");
        requireCaseworker(user);
        validator.validate(advice);
        requireHolder(user, row);
        if (advice.givenOn().isBefore(row.enteredAt().atZone(ZoneId.of("Europe/London")).toLocalDate().minusYears(1))) {
            throw new InvalidRequestException("givenOn", "The day you gave the advice must be within the year before the person entered the queue");
        }
        Instant now = clock.instant();
        store.insertAdvice(personId, row.caseId(), advice.givenOn(), advice.advice().strip(), user.username(), now);
        PersonOnCase person = required(row);
        events.publishEvent(DataProcessed.of(AuditAction.COLLECTION, user.username(), row.caseId(),
                "recorded specialist advice given on " + advice.givenOn() + " to a person on case " + person.caseReference())
                .aboutPeople(List.of(personId)));
        return entry(store.find(personId).orElseThrow(), person);
    }

    @Transactional(noRollbackFor = ForbiddenException.class)
    public Entry handBack(UUID personId) {
        return release(personId, State.WAITING, "handed back to the specialist caseworker's queue");
    }

    @Transactional(noRollbackFor = ForbiddenException.class)
    public Entry close(UUID personId) {
        return release(personId, State.CLOSED, "closed in the specialist caseworker's queue");
    }

    @Transactional(noRollbackFor = ForbiddenException.class)
    public Entry reassign(UUID personId, Reassign command) {
        SafeShareUser user = identity.current();
        QueueStore.Row row = allowed(user, personId, "reassigned");
        if (!user.has(Role.SUPERVISOR)) {
            throw new ForbiddenException("Only the team's supervisors give a person to another caseworker.");
        }
        validator.validate(command);
        SafeShareUser to = caseworkersOf(row.teamId()).stream().filter(c -> c.username().equals(command.username().strip())).findFirst()
                .orElseThrow(() -> new InvalidRequestException("username", "Choose one of your team's caseworkers"));
        if (row.state() == State.CLOSED) {
            throw new ConflictException("This person's entry is closed.");
        }
        if (!store.reassign(personId, row.state(), row.heldBy(), to.username(), clock.instant())) {
            throw new ConflictException("Someone took or handed back this person while you were choosing. Look again and choose again.");
        }
        return changed(user, row, "gave to " + to.username() + (row.heldBy() == null ? "" : " (held by " + row.heldBy() + ")")
                + " in the specialist caseworker's queue");
    }

    /** The team's caseworkers a supervisor may give a person to. */
    public List<SafeShareUser> caseworkersOfMyTeam() {
        SafeShareUser user = identity.current();
        return user.teamId() == null ? List.of() : caseworkersOf(user.teamId().value());
    }

    private List<SafeShareUser> caseworkersOf(UUID team) {
        return identity.peopleWithAnyRole(Set.of(Role.CASEWORKER)).stream().filter(u -> u.isMemberOf(TeamId.of(team))).toList();
    }

    private Entry release(UUID personId, State to, String what) {
        SafeShareUser user = identity.current();
        QueueStore.Row row = allowed(user, personId, what.startsWith("closed") ? "closed" : "handed back");
        requireCaseworker(user);
        requireHolder(user, row);
        if (!store.release(personId, user.username(), to, clock.instant())) {
            throw new ConflictException("You no longer hold this person: a supervisor may have given them to someone else.");
        }
        return changed(user, row, what);
    }

    private Entry changed(SafeShareUser user, QueueStore.Row before, String what) {
        PersonOnCase person = required(before);
        events.publishEvent(DataProcessed.of(AuditAction.ALTERATION, user.username(), before.caseId(),
                what + " a person on case " + person.caseReference()).aboutPeople(List.of(before.personId())));
        return entry(store.find(before.personId()).orElseThrow(), person);
    }

    private void requireHolder(SafeShareUser user, QueueStore.Row row) {
        if (row.state() != State.HELD || !user.username().equals(row.heldBy())) {
            throw new ConflictException(row.state() == State.HELD
                    ? nameOf(row.heldBy()) + " holds this person: only they record advice, hand back or close it."
                    : "Take this person from the queue first.");
        }
    }

    private static void requireCaseworker(SafeShareUser user) {
        if (!user.has(Role.CASEWORKER)) {
            throw new ForbiddenException("Only the team's caseworkers take people from the queue, record advice, hand back and close; "
                    + "a supervisor gives a person to a caseworker.");
        }
    }

    private static void requireQueueRole(SafeShareUser user) {
        if (!user.hasAny(Role.CASEWORKER, Role.SUPERVISOR)) {
            throw new ForbiddenException("The specialist caseworker's queue is for the team's caseworkers and supervisors.");
        }
    }

    /** The entry, if the user is a caseworker or supervisor of its team; otherwise an audited refusal. */
    private QueueStore.Row allowed(SafeShareUser user, UUID personId, String what) {
        requireQueueRole(user);
        QueueStore.Row row = store.find(personId).orElseThrow(() -> new NotFoundException("There is no one in the queue with id " + personId));
        if (!user.isMemberOf(TeamId.of(row.teamId()))) {
            events.publishEvent(DataProcessed.of(AuditAction.ACCESS_DENIED, user.username(), row.caseId(),
                    "asked to see or change another team's specialist queue entry (" + what + ")").aboutPeople(List.of(personId)));
            throw new ForbiddenException("This person is in another team's specialist queue.");
        }
        return row;
    }

    private PersonOnCase required(QueueStore.Row row) {
        PersonOnCase person = personOf(row);
        if (person == null) {
            throw new NotFoundException("There is no one in the queue with id " + row.personId());
        }
        return person;
    }

    private PersonOnCase personOf(QueueStore.Row row) {
        return switch (cases.personOnCase(row.caseId(), row.personId())) {
            case CaseLookup.Found<PersonOnCase> f -> f.value();
            case CaseLookup.NeedsBreakGlass<PersonOnCase> g -> null;
            case CaseLookup.Missing<PersonOnCase> m -> null;
        };
    }

    private Entry entry(QueueStore.Row row, PersonOnCase person) {
        List<String> reasons = store.reasons(row.personId()).stream().map(QueueReason::label).toList();
        String heldFor = row.heldSince() == null ? null : SpecialistQueueViews.inWords(Duration.between(row.heldSince(), clock.instant()));
        return new Entry(row.personId(), row.caseId(), person.caseReference(), person.fullName(), person.role().label(), reasons,
                row.state(), row.heldBy(), row.heldBy() == null ? null : nameOf(row.heldBy()), row.heldSince(), heldFor, row.enteredAt());
    }

    private String nameOf(String username) {
        return identity.user(username).map(SafeShareUser::displayName).orElse(username);
    }
}
