package uk.safeshare.training.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import uk.safeshare.identity.Identity;
import uk.safeshare.identity.Role;
import uk.safeshare.identity.SafeShareUser;
import uk.safeshare.shared.ForbiddenException;
import uk.safeshare.shared.InvalidRequestException;
import uk.safeshare.shared.NotFoundException;
import uk.safeshare.shared.audit.AuditAction;
import uk.safeshare.shared.audit.DataProcessed;
import uk.safeshare.shared.csv.CsvFiles;
import uk.safeshare.shared.validation.CommandValidator;
import uk.safeshare.training.TrainingCommands.RecordCompletion;
import uk.safeshare.training.TrainingCommands.SaveCourse;
import uk.safeshare.training.TrainingViews.Completion;
import uk.safeshare.training.TrainingViews.Course;
import uk.safeshare.training.TrainingViews.CompletionImport;

/** Recording completions (one, or a whole file from the learning system), export, and the courses themselves. */
@Service
class TrainingRecords {

    static final List<String> CSV_HEADER = List.of("username", "course", "completed_on");
    static final LocalDate EARLIEST = LocalDate.of(2000, 1, 1);
    static final ZoneId LONDON = ZoneId.of("Europe/London");

    private final TrainingStore store;
    private final Identity identity;
    private final CommandValidator validator;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    TrainingRecords(TrainingStore store, Identity identity, CommandValidator validator, ApplicationEventPublisher events, Clock clock) {
        this.store = store;
        this.identity = identity;
        this.validator = validator;
        this.events = events;
        this.clock = clock;
    }

    static boolean keepsRecords(SafeShareUser user) {
        return user.hasAny(Role.GOVERNANCE, Role.ADMIN);
    }

    private SafeShareUser keeper() {
        SafeShareUser me = identity.current();
        if (!keepsRecords(me)) {
            throw new ForbiddenException("Training records are kept by governance and administrators.");
        }
        return me;
    }

    @Transactional(readOnly = true)
    public List<Course> courses() {
        return store.courses();
    }

    @Transactional
    public Completion record(RecordCompletion command) {
        SafeShareUser me = keeper();
        validator.validate(command);
        Map<String, String> errors = new LinkedHashMap<>();
        String problem = problem(command.username(), command.courseCode(), command.completedOn());
        if (problem != null) {
            errors.put(problem.startsWith("There is no course") ? "courseCode" : problem.startsWith("There is no") ? "username" : "completedOn", problem);
            throw new InvalidRequestException(problem, errors);
        }
        Completion c = completion(command.username(), command.courseCode(), command.completedOn(), "RECORDED", me.username());
        if (store.held(c.courseCode(), c.username(), c.completedOn())) {
            throw new uk.safeshare.shared.ConflictException("That completion is already recorded.");
        }
        store.insert(c);
        events.publishEvent(DataProcessed.of(AuditAction.COLLECTION, me.username(), null,
                "recorded that " + c.username() + " completed training course " + c.courseCode() + " on " + c.completedOn()));
        return c;
    }

    /**
     * Imports completions exported by the learning system: all or nothing. Every bad row is reported
     * by its row number (the header is row 1) and then nothing is recorded; rows already held are counted and skipped.
     */
    @Transactional
    public CompletionImport importCsv(String text) {
        SafeShareUser me = keeper();
        List<CsvFiles.Row> rows;
        try {
            rows = CsvFiles.read(text == null ? "" : text);
        } catch (CsvFiles.NotCsv e) {
            return new CompletionImport(false, 0, 0, List.of(e.getMessage()));
        }
        if (rows.isEmpty() || !rows.getFirst().fields().stream().map(f -> f.strip().toLowerCase()).toList().equals(CSV_HEADER)) {
            return new CompletionImport(false, 0, 0, List.of("Row 1: the first row must be the header " + String.join(",", CSV_HEADER)));
        }
        List<String> errors = new ArrayList<>();
        List<Completion> toRecord = new ArrayList<>();
        // Read once for the whole file: a learning system's export has thousands of rows about a few hundred people.
        Set<String> seen = new HashSet<>();
        store.completions().forEach(c -> seen.add(c.username() + "|" + c.courseCode() + "|" + c.completedOn()));
        Map<String, Boolean> users = new java.util.HashMap<>();
        Set<String> courses = new HashSet<>();
        store.courses().forEach(c -> courses.add(c.code()));
        int held = 0;
        for (CsvFiles.Row row : rows.subList(1, rows.size())) {
            if (row.fields().size() != CSV_HEADER.size()) {
                errors.add("Row " + row.number() + ": expected " + CSV_HEADER.size() + " fields, found " + row.fields().size());
                continue;
            }
            String username = row.field(0).strip();
            String course = row.field(1).strip();
            LocalDate on;
            try {
                on = LocalDate.parse(row.field(2).strip());
            } catch (java.time.format.DateTimeParseException e) {
                errors.add("Row " + row.number() + ": completed_on '" + row.field(2) + "' is not a date written as YYYY-MM-DD");
                continue;
            }
            String problem = !users.computeIfAbsent(username, u -> identity.user(u).isPresent()) ? "There is no user '" + username + "'"
                    : !courses.contains(course) ? "There is no course '" + course + "'" : dateProblem(on);
            if (problem != null) {
                errors.add("Row " + row.number() + ": " + problem);
                continue;
            }
            if (!seen.add(username + "|" + course + "|" + on)) {
                held++;
                continue;
            }
            toRecord.add(completion(username, course, on, "IMPORTED", me.username()));
        }
        if (!errors.isEmpty()) {
            return new CompletionImport(false, 0, 0, errors);
        }
        toRecord.forEach(store::insert);
        events.publishEvent(DataProcessed.of(AuditAction.COLLECTION, me.username(), null,
                "imported " + toRecord.size() + " training completion(s) from the learning system (" + held + " already held)"));
        return new CompletionImport(true, toRecord.size(), held, List.of());
    }

    @Transactional
    public String exportCsv() {
        SafeShareUser me = keeper();
        List<List<String>> rows = store.completions().stream()
                .map(c -> List.of(c.username(), c.courseCode(), c.completedOn().toString())).toList();
        events.publishEvent(DataProcessed.of(AuditAction.CONSULTATION, me.username(), null,
                "exported " + rows.size() + " training completion(s)"));
        return CsvFiles.write(CSV_HEADER, rows);
    }

    @Transactional
    public Course saveCourse(String code, SaveCourse command) {
        SafeShareUser me = identity.current();
        if (!me.has(Role.GOVERNANCE)) {
            throw new ForbiddenException("Courses are set by governance.");
        }
        if (code == null || !code.matches("[A-Z0-9-]{2,40}")) {
            throw new InvalidRequestException("code", "A course code is 2 to 40 capital letters, digits and hyphens");
        }
        validator.validate(command);
        Course course = new Course(code, command.title(), command.description(),
                command.roles().stream().distinct().sorted().map(Role::name).toList(), command.refresherMonths());
        store.saveCourse(course, me.username(), clock.instant());
        events.publishEvent(DataProcessed.of(AuditAction.ALTERATION, me.username(), null,
                "set training course " + code + ": roles " + course.roles() + ", refresher every " + course.refresherMonths() + " months"));
        return store.course(code).orElseThrow();
    }

    Course course(String code) {
        return store.course(code).orElseThrow(() -> new NotFoundException("There is no course " + code));
    }

    private String problem(String username, String course, LocalDate on) {
        if (identity.user(username).isEmpty()) {
            return "There is no user '" + username + "'";
        }
        if (store.course(course).isEmpty()) {
            return "There is no course '" + course + "'";
        }
        return dateProblem(on);
    }

    private String dateProblem(LocalDate on) {
        LocalDate today = LocalDate.now(clock.withZone(LONDON));
        if (on.isAfter(today)) {
            return "The completion date " + on + " is in the future";
        }
        if (on.isBefore(EARLIEST)) {
            return "The completion date " + on + " is before " + EARLIEST;
        }
        return null;
    }

    private Completion completion(String username, String course, LocalDate on, String source, String by) {
        return new Completion(UUID.randomUUID(), course, username, on, source, by, clock.instant());
    }
}
