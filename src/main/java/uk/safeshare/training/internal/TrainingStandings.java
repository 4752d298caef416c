package uk.safeshare.training.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import uk.safeshare.identity.Identity;
import uk.safeshare.identity.Role;
import uk.safeshare.identity.SafeShareUser;
import uk.safeshare.identity.TeamId;
import uk.safeshare.shared.ForbiddenException;
import uk.safeshare.shared.audit.AuditAction;
import uk.safeshare.shared.audit.DataProcessed;
import uk.safeshare.training.TrainingFigures;
import uk.safeshare.training.TrainingViews.Completion;
import uk.safeshare.training.TrainingViews.Course;
import uk.safeshare.training.TrainingViews.CourseStanding;
import uk.safeshare.training.TrainingViews.Overview;
import uk.safeshare.training.TrainingViews.PersonTraining;
import uk.safeshare.training.TrainingViews.Standing;
import uk.safeshare.training.TrainingViews.Tally;

/** Who is due or overdue a course: each person their own, supervisors their team, governance, the DPO and administrators everyone. */
@Service
class TrainingStandings implements TrainingFigures {

    private final TrainingStore store;
    private final Identity identity;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    TrainingStandings(TrainingStore store, Identity identity, ApplicationEventPublisher events, Clock clock) {
        this.store = store;
        this.identity = identity;
        this.events = events;
        this.clock = clock;
    }

    LocalDate today() {
        return LocalDate.now(clock.withZone(TrainingRecords.LONDON));
    }

    /** The signed-in person's own courses: those their roles must take. */
    @Transactional(readOnly = true)
    public PersonTraining mine() {
        SafeShareUser me = identity.current();
        Map<TeamId, String> teams = teams();
        return person(me, store.courses(), latest(store.completionsOf(me.username())), teams, today());
    }

    @Transactional
    public Overview overview() {
        SafeShareUser me = identity.current();
        boolean all = me.hasAny(Role.GOVERNANCE, Role.DPO, Role.ADMIN);
        if (!all && !me.has(Role.SUPERVISOR)) {
            throw new ForbiddenException("Training across people is for supervisors (their team), governance, the DPO and administrators.");
        }
        if (!all && me.teamId() == null) {
            throw new ForbiddenException("You are not in a team, so there is no team training to show you.");
        }
        Map<TeamId, String> teams = teams();
        String scope = all ? "Everyone" : teams.getOrDefault(me.teamId(), "Your team");
        Overview overview = overview(p -> all || me.teamId().equals(p.teamId()), scope, teams);
        events.publishEvent(DataProcessed.of(AuditAction.CONSULTATION, me.username(), null, "viewed training due and overdue (" + scope + ")"));
        return overview;
    }

    @Override
    @Transactional(readOnly = true)
    public List<Tally> byCourse() {
        return overview(p -> true, "Everyone", teams()).total();
    }

    private Overview overview(java.util.function.Predicate<SafeShareUser> inScope, String scope, Map<TeamId, String> teams) {
        List<Course> courses = store.courses();
        Set<Role> roles = EnumSet.noneOf(Role.class);
        courses.forEach(c -> c.roles().forEach(r -> roles.add(Role.valueOf(r))));
        Map<String, Map<String, LocalDate>> latest = new HashMap<>();
        for (Completion c : store.completions()) {
            latest.computeIfAbsent(c.username(), u -> new HashMap<>()).merge(c.courseCode(), c.completedOn(),
                    (a, b) -> a.isAfter(b) ? a : b);
        }
        LocalDate today = today();
        List<SafeShareUser> people = roles.isEmpty() ? List.of() : identity.peopleWithAnyRole(roles).stream().filter(inScope).toList();
        List<PersonTraining> rows = people.stream()
                .map(p -> person(p, courses, latest.getOrDefault(p.username(), Map.of()), teams, today))
                .sorted(Comparator.comparing(PersonTraining::team).thenComparing(PersonTraining::displayName)).toList();
        List<Tally> byRole = new ArrayList<>();
        for (Role role : roles) {
            byRole.addAll(tally(role.label(), courses, people.stream().filter(p -> p.has(role)).toList(), rows));
        }
        Map<String, List<SafeShareUser>> byTeamName = new TreeMap<>();
        people.forEach(p -> byTeamName.computeIfAbsent(team(p, teams), k -> new ArrayList<>()).add(p));
        List<Tally> byTeam = new ArrayList<>();
        byTeamName.forEach((team, members) -> byTeam.addAll(tally(team, courses, members, rows)));
        return new Overview(scope, today, courses, rows, byRole, byTeam, tally("Everyone", courses, people, rows));
    }

    private static List<Tally> tally(String group, List<Course> courses, List<SafeShareUser> members, List<PersonTraining> rows) {
        Map<String, PersonTraining> byUser = new HashMap<>();
        rows.forEach(r -> byUser.put(r.username(), r));
        List<Tally> tallies = new ArrayList<>();
        for (Course course : courses) {
            Map<Standing, Long> counts = new LinkedHashMap<>();
            for (SafeShareUser m : members) {
                byUser.get(m.username()).courses().stream().filter(s -> s.courseCode().equals(course.code()))
                        .forEach(s -> counts.merge(s.standing(), 1L, Long::sum));
            }
            long required = counts.values().stream().mapToLong(Long::longValue).sum();
            if (required > 0) {
                tallies.add(new Tally(group, course.code(), required, counts.getOrDefault(Standing.CURRENT, 0L),
                        counts.getOrDefault(Standing.DUE, 0L), counts.getOrDefault(Standing.OVERDUE, 0L),
                        counts.getOrDefault(Standing.NEVER_TAKEN, 0L)));
            }
        }
        return tallies;
    }

    private static PersonTraining person(SafeShareUser p, List<Course> courses, Map<String, LocalDate> latest,
                                         Map<TeamId, String> teams, LocalDate today) {
        List<CourseStanding> standings = courses.stream()
                .filter(c -> c.roles().stream().anyMatch(r -> p.has(Role.valueOf(r))))
                .map(c -> {
                    LocalDate last = latest.get(c.code());
                    return new CourseStanding(c.code(), c.title(), last, last == null ? null : Refreshers.dueOn(last, c.refresherMonths()),
                            Refreshers.standing(last, c.refresherMonths(), today));
                }).toList();
        return new PersonTraining(p.username(), p.displayName(), team(p, teams),
                p.roles().stream().sorted().map(Role::label).toList(), standings);
    }

    private static Map<String, LocalDate> latest(List<Completion> completions) {
        Map<String, LocalDate> latest = new HashMap<>();
        completions.forEach(c -> latest.merge(c.courseCode(), c.completedOn(), (a, b) -> a.isAfter(b) ? a : b));
        return latest;
    }

    private Map<TeamId, String> teams() {
        Map<TeamId, String> teams = new LinkedHashMap<>();
        identity.teams().forEach(t -> teams.put(t.id(), t.name()));
        return teams;
    }

    private static String team(SafeShareUser p, Map<TeamId, String> teams) {
        return p.teamId() == null ? "No team" : teams.getOrDefault(p.teamId(), "No team");
    }

}
