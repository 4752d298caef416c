package uk.safeshare.outreach.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import uk.safeshare.identity.Identity;
import uk.safeshare.identity.Role;
import uk.safeshare.identity.SafeShareUser;
import uk.safeshare.outreach.OutreachViews.Activity;
import uk.safeshare.outreach.OutreachViews.NewActivity;
import uk.safeshare.outreach.VenueKind;
import uk.safeshare.shared.ForbiddenException;
import uk.safeshare.shared.InvalidRequestException;
import uk.safeshare.shared.IsoCodes;
import uk.safeshare.shared.audit.AuditAction;
import uk.safeshare.shared.audit.DataProcessed;
import uk.safeshare.shared.validation.CommandValidator;

/** The log of publicity and confidence activity: governance and caseworkers record and read it. */
@Service
class OutreachLog {

    static final ZoneId LONDON = ZoneId.of("Europe/London");

    private final JdbcClient jdbc;
    private final Identity identity;
    private final CommandValidator validator;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    OutreachLog(JdbcClient jdbc, Identity identity, CommandValidator validator, ApplicationEventPublisher events, Clock clock) {
        this.jdbc = jdbc;
        this.identity = identity;
        this.validator = validator;
        this.events = events;
        this.clock = clock;
    }

    static SafeShareUser require(Identity identity) {
        SafeShareUser me = identity.current();
        if (!me.hasAny(Role.GOVERNANCE, Role.CASEWORKER)) {
            throw new ForbiddenException("The outreach log is kept by governance and caseworkers.");
        }
        return me;
    }

    @Transactional
    public Activity record(NewActivity command) {
        SafeShareUser me = require(identity);
        validator.validate(command);
        Map<String, String> errors = new LinkedHashMap<>();
        LocalDate today = LocalDate.now(clock.withZone(LONDON));
        if (command.heldOn().isAfter(today)) {
            errors.put("heldOn", "The date of the activity must be today or in the past");
        } else if (command.heldOn().getYear() < 2000) {
            errors.put("heldOn", "The date of the activity must be in 2000 or later");
        }
        List<String> languages = command.languages().stream().map(String::strip).distinct().sorted().toList();
        languages.stream().filter(l -> !IsoCodes.isLanguage(l)).findFirst()
                .ifPresent(l -> errors.put("languages", "'" + l + "' is not an ISO 639-1 language code, for example ar or pl"));
        if (!errors.isEmpty()) {
            throw new InvalidRequestException(String.join("; ", errors.values()), errors);
        }
        Activity a = new Activity(UUID.randomUUID(), command.heldOn(), command.venueKind(), command.area().strip(), languages,
                blankToNull(command.materials()), blankToNull(command.partner()), command.reach(), me.username(), clock.instant());
        jdbc.sql("INSERT INTO outreach_activity (id, held_on, venue_kind, area, languages, materials, partner, reach, recorded_by, recorded_at)"
                        + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
                .params(a.id(), a.heldOn(), a.venueKind().name(), a.area(), String.join(",", a.languages()), a.materials(), a.partner(),
                        a.reach(), a.recordedBy(), a.recordedAt().atOffset(ZoneOffset.UTC)).update();
        events.publishEvent(DataProcessed.of(AuditAction.COLLECTION, me.username(), null,
                "recorded outreach at a " + a.venueKind().label() + " in " + a.area() + " on " + a.heldOn()));
        return a;
    }

    @Transactional(readOnly = true)
    public List<Activity> activities() {
        require(identity);
        return all();
    }

    List<Activity> all() {
        return jdbc.sql("SELECT id, held_on, venue_kind, area, languages, materials, partner, reach, recorded_by, recorded_at"
                        + " FROM outreach_activity ORDER BY held_on DESC, recorded_at DESC")
                .query((rs, n) -> new Activity(rs.getObject(1, UUID.class), rs.getObject(2, LocalDate.class),
                        VenueKind.valueOf(rs.getString(3)), rs.getString(4),
                        rs.getString(5).isEmpty() ? List.of() : Arrays.asList(rs.getString(5).split(",")), rs.getString(6),
                        rs.getString(7), rs.getInt(8), rs.getString(9), rs.getObject(10, OffsetDateTime.class).toInstant()))
                .list();
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
