package uk.safeshare.marac.internal;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.LinkedHashSet;
import java.util.UUID;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import uk.safeshare.firewall.Firewall;
import uk.safeshare.identity.Identity;
import uk.safeshare.identity.OrganisationKind;
import uk.safeshare.identity.Role;
import uk.safeshare.identity.SafeShareUser;
import uk.safeshare.marac.MaracAgency;
import uk.safeshare.marac.MaracCommands.ActionUpdate;
import uk.safeshare.marac.MaracCommands.AgendaEntry;
import uk.safeshare.marac.MaracCommands.Minutes;
import uk.safeshare.marac.MaracCommands.NewAction;
import uk.safeshare.marac.MaracCommands.NewAttendee;
import uk.safeshare.marac.MaracCommands.ScheduleMeeting;
import uk.safeshare.marac.MaracViews.ActionStatus;
import uk.safeshare.marac.MaracViews.ActionView;
import uk.safeshare.marac.MaracViews.Agreement;
import uk.safeshare.marac.MaracViews.AttendeeView;
import uk.safeshare.marac.MaracViews.CaseInformation;
import uk.safeshare.marac.MaracViews.MeetingStatus;
import uk.safeshare.marac.MaracViews.MeetingSummary;
import uk.safeshare.marac.MaracViews.MeetingView;
import uk.safeshare.marac.MaracViews.ReferralStatus;
import uk.safeshare.shared.ConflictException;
import uk.safeshare.shared.ForbiddenException;
import uk.safeshare.shared.InvalidRequestException;
import uk.safeshare.shared.NotFoundException;
import uk.safeshare.shared.audit.AuditAction;
import uk.safeshare.shared.audit.DataProcessed;
import uk.safeshare.shared.crypto.SensitiveText;
import uk.safeshare.shared.validation.CommandValidator;

/**
 * MARAC meetings: scheduling, attendance, the confidentiality agreement, the agenda, actions and
 * minutes. Case information leaves this class only through {@link #view}, and only as
 * {@link ConfidentialityGate} allows; each time it does, it is audited as a disclosure to the
 * meeting, per case, naming the attendee and their agency.
 */
@Service
public class MaracMeetings {

    static final ZoneId UK = ZoneId.of("Europe/London");
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy");
    /** The roles that can hold a SafeShare account attending a MARAC. */
    static final List<Role> ATTENDING_ROLES = List.of(Role.MARAC_COORDINATOR, Role.PARTNER, Role.OFFICER, Role.CASEWORKER,
            Role.SUPERVISOR, Role.DPO);

    private final MaracMeetingRepository meetings;
    private final MaracAttendeeRepository attendees;
    private final MaracReferralRepository referrals;
    private final MaracActionRepository actions;
    private final MaracReferrals referralService;
    private final CommandValidator validator;
    private final ApplicationEventPublisher events;
    private final Identity identity;
    private final Clock clock;
    private final Firewall firewall;

    MaracMeetings(MaracMeetingRepository meetings, MaracAttendeeRepository attendees, MaracReferralRepository referrals,
                  MaracActionRepository actions, MaracReferrals referralService, CommandValidator validator,
                  ApplicationEventPublisher events, Identity identity, Clock clock, Firewall firewall) {
        this.firewall = firewall;
        this.meetings = meetings;
        this.attendees = attendees;
        this.referrals = referrals;
        this.actions = actions;
        this.referralService = referralService;
        this.validator = validator;
        this.events = events;
        this.identity = identity;
        this.clock = clock;
    }

    // ---- Lists (no case information) ----

    @Transactional(readOnly = true)
    public List<MeetingSummary> all() {
        referralService.requireCoordinator();
        return meetings.findRecent().stream().map(this::summary).toList();
    }

    @Transactional(readOnly = true)
    public List<MeetingSummary> attending() {
        return meetings.findAttendedBy(identity.current().username()).stream().map(this::summary).toList();
    }

    // ---- The coordinator's changes ----

    @Transactional
    public UUID schedule(ScheduleMeeting command) {
        SafeShareUser user = referralService.requireCoordinator();
        validator.validate(command);
        if (command.meetsOn().isBefore(today())) {
            throw new InvalidRequestException("meetsOn", "The meeting date must be today or in the future");
        }
        if (command.meetsOn().isAfter(today().plusYears(2))) {
            throw new InvalidRequestException("meetsOn", "The meeting date must be within the next two years");
        }
        Instant now = clock.instant();
        MeetingRecord meeting = meetings.save(new MeetingRecord(UUID.randomUUID(), command.meetsOn(), command.area().trim(),
                command.chair().trim(), meetings.currentAgreementVersion(), MeetingStatus.SCHEDULED, null, user.username(),
                now, null, null));
        var organisation = identity.organisation(user.organisationId());
        attendees.save(new AttendeeRecord(UUID.randomUUID(), meeting.id(), user.displayName(),
                organisation.filter(o -> o.kind() == OrganisationKind.FORCE).isPresent() ? MaracAgency.POLICE : MaracAgency.OTHER,
                organisation.map(Identity.OrganisationView::name).orElse(null), user.username(), null, null, null,
                user.username(), now, null));
        return meeting.id();
    }

    @Transactional
    public UUID addAttendee(UUID meetingId, NewAttendee command) {
        SafeShareUser user = referralService.requireCoordinator();
        validator.validate(command);
        MeetingRecord meeting = open(meetingId);
        Map<String, String> errors = new LinkedHashMap<>();
        MaracAgency agency = null;
        try {
            agency = MaracAgency.parse(command.agency(), "agency");
        } catch (InvalidRequestException e) {
            errors.putAll(e.fieldErrors());
        }
        if (MaracAgency.namesImmigrationEnforcement(command.organisation())) {
            errors.put("organisation", MaracAgency.IMMIGRATION_ENFORCEMENT_REFUSED);
        }
        if (command.username() != null) {
            Optional<SafeShareUser> account = identity.user(command.username());
            if (account.isEmpty()) {
                errors.put("username", "There is no SafeShare account '" + command.username() + "'");
            } else if (account.get().roles().stream().noneMatch(ATTENDING_ROLES::contains)) {
                errors.put("username", account.get().displayName() + "’s roles do not allow them to attend MARAC meetings in SafeShare");
            } else if (identity.organisation(account.get().organisationId())
                    .filter(o -> MaracAgency.namesImmigrationEnforcement(o.name())).isPresent()) {
                errors.put("username", MaracAgency.IMMIGRATION_ENFORCEMENT_REFUSED);
            } else if (attendees.countByMeetingIdAndUsername(meetingId, command.username()) > 0) {
                errors.put("username", account.get().displayName() + " is already an attendee of this meeting");
            }
        }
        if (!errors.isEmpty()) {
            throw new InvalidRequestException(String.join("; ", errors.values()), errors);
        }
        return attendees.save(new AttendeeRecord(UUID.randomUUID(), meeting.id(), command.name().trim(), agency,
                command.organisation(), command.username(), null, null, null, user.username(), clock.instant(), null)).id();
    }

    /** Someone listed who is not in the meeting (did not come, or left) is taken off the attendance list. */
    @Transactional
    public void removeAttendee(UUID meetingId, UUID attendeeId) {
        referralService.requireCoordinator();
        open(meetingId);
        attendees.delete(attendee(meetingId, attendeeId));
    }

    @Transactional
    public void addToAgenda(UUID meetingId, AgendaEntry entry) {
        SafeShareUser user = referralService.requireCoordinator();
        validator.validate(entry);
        MeetingRecord meeting = open(meetingId);
        ReferralRecord referral = referrals.findById(entry.referralId())
                .orElseThrow(() -> new InvalidRequestException("referralId", "There is no such MARAC referral"));
        if (referral.status() != ReferralStatus.DUE) {
            throw new ConflictException("That referral is already on an agenda or has been heard.");
        }
        referrals.save(referral.listedFor(meeting.id()));
        events.publishEvent(DataProcessed.of(AuditAction.ALTERATION, user.username(), referral.caseId(),
                "listed a MARAC referral from case " + referral.caseReference() + " for the meeting of " + meeting.meetsOn())
                .aboutPeople(List.of(referral.personId())));
    }

    @Transactional
    public UUID addAction(UUID meetingId, NewAction command) {
        SafeShareUser user = referralService.requireCoordinator();
        validator.validate(command);
        MeetingRecord meeting = open(meetingId);
        requireCaseInformation(user, meeting);
        Map<String, String> errors = new LinkedHashMap<>();
        MaracAgency owner = null;
        try {
            owner = MaracAgency.parse(command.ownerAgency(), "ownerAgency");
        } catch (InvalidRequestException e) {
            errors.putAll(e.fieldErrors());
        }
        if (MaracAgency.namesImmigrationEnforcement(command.owner())) {
            errors.put("owner", MaracAgency.IMMIGRATION_ENFORCEMENT_REFUSED);
        }
        ReferralRecord referral = referrals.findById(command.referralId()).filter(r -> meetingId.equals(r.meetingId())).orElse(null);
        if (referral == null) {
            errors.put("referralId", "Select a case on this meeting’s agenda");
        }
        if (command.dueOn().isBefore(meeting.meetsOn())) {
            errors.put("dueOn", "The due date must be on or after the meeting (" + DAY.format(meeting.meetsOn()) + ")");
        }
        if (!errors.isEmpty()) {
            throw new InvalidRequestException(String.join("; ", errors.values()), errors);
        }
        Instant now = clock.instant();
        ActionRecord saved = actions.save(new ActionRecord(UUID.randomUUID(), meetingId, referral.id(),
                SensitiveText.of(command.description().trim()), owner, command.owner(), command.dueOn(), ActionStatus.OPEN,
                user.username(), now, now, null));
        events.publishEvent(DataProcessed.of(AuditAction.COLLECTION, user.username(), referral.caseId(),
                "recorded a MARAC action for " + owner.label() + " on case " + referral.caseReference())
                .aboutPeople(List.of(referral.personId())));
        return saved.id();
    }

    @Transactional
    public void updateAction(UUID meetingId, UUID actionId, ActionUpdate update) {
        SafeShareUser user = referralService.requireCoordinator();
        validator.validate(update);
        MeetingRecord meeting = find(meetingId);
        requireCaseInformation(user, meeting);
        ActionRecord action = actions.findById(actionId).filter(a -> a.meetingId().equals(meetingId))
                .orElseThrow(() -> new NotFoundException("No such action in this meeting"));
        actions.save(action.withStatus(update.status(), clock.instant()));
        ReferralRecord referral = referrals.findById(action.referralId()).orElseThrow();
        events.publishEvent(DataProcessed.of(AuditAction.ALTERATION, user.username(), referral.caseId(),
                "marked a MARAC action on case " + referral.caseReference() + " " + update.status().label().toLowerCase())
                .aboutPeople(List.of(referral.personId())));
    }

    @Transactional
    public void saveMinutes(UUID meetingId, Minutes minutes) {
        SafeShareUser user = referralService.requireCoordinator();
        validator.validate(minutes);
        MeetingRecord meeting = open(meetingId);
        requireCaseInformation(user, meeting);
        String text = minutes.text() == null || minutes.text().isBlank() ? null : minutes.text().strip();
        meetings.save(meeting.withMinutes(text));
        List<ReferralRecord> agenda = referrals.findByMeetingId(meetingId);
        events.publishEvent(DataProcessed.of(meeting.minutes() == null ? AuditAction.COLLECTION : AuditAction.ALTERATION,
                user.username(), null, "wrote the minutes of the MARAC meeting of " + meeting.meetsOn())
                .aboutPeople(agenda.stream().map(ReferralRecord::personId).toList()));
    }

    /** Closes the meeting: its referrals are heard, and nothing more is added to it (actions can still be updated). */
    @Transactional
    public void close(UUID meetingId) {
        SafeShareUser user = referralService.requireCoordinator();
        MeetingRecord meeting = open(meetingId);
        meetings.save(meeting.closedAt(clock.instant()));
        List<ReferralRecord> agenda = referrals.findByMeetingId(meetingId);
        agenda.forEach(r -> referrals.save(r.heard()));
        if (!agenda.isEmpty()) {
            events.publishEvent(DataProcessed.of(AuditAction.ALTERATION, user.username(), null,
                    "closed the MARAC meeting of " + meeting.meetsOn() + "; " + agenda.size() + " referral(s) heard")
                    .aboutPeople(agenda.stream().map(ReferralRecord::personId).toList()));
        }
    }

    // ---- The agreement ----

    /** The caller accepts the meeting's confidentiality agreement, themselves, at the start of the meeting. */
    @Transactional
    public void accept(UUID meetingId) {
        SafeShareUser user = identity.current();
        MeetingRecord meeting = find(meetingId);
        AttendeeRecord me = attendees.findByMeetingId(meetingId).stream()
                .filter(a -> user.username().equals(a.username())).findFirst()
                .orElseThrow(() -> new NotFoundException("You are not an attendee of this meeting"));
        acceptFor(meeting, me, user);
    }

    /** The coordinator records the acceptance of an attendee who has no SafeShare account (given in the room). */
    @Transactional
    public void recordAcceptance(UUID meetingId, UUID attendeeId) {
        SafeShareUser user = referralService.requireCoordinator();
        MeetingRecord meeting = find(meetingId);
        AttendeeRecord attendee = attendee(meetingId, attendeeId);
        if (attendee.username() != null) {
            throw new ConflictException(attendee.name() + " has a SafeShare account and accepts the agreement themselves,"
                    + " when they open the meeting.");
        }
        acceptFor(meeting, attendee, user);
    }

    private void acceptFor(MeetingRecord meeting, AttendeeRecord attendee, SafeShareUser by) {
        if (meeting.closed()) {
            throw new ConflictException("This meeting is closed.");
        }
        if (!today().equals(meeting.meetsOn())) {
            throw new ConflictException("The confidentiality agreement is accepted at the start of the meeting, on "
                    + DAY.format(meeting.meetsOn()) + ", not before or after it.");
        }
        if (!attendee.hasAccepted(meeting.agreementVersion())) {
            attendees.save(attendee.accepted(meeting.agreementVersion(), clock.instant(), by.username()));
        }
    }

    // ---- The meeting as the caller may see it ----

    @Transactional
    public MeetingView view(UUID meetingId) {
        SafeShareUser user = identity.current();
        MeetingRecord meeting = find(meetingId);
        List<AttendeeRecord> list = attendees.findByMeetingId(meetingId);
        AttendeeRecord me = list.stream().filter(a -> user.username().equals(a.username())).findFirst().orElse(null);
        boolean coordinator = user.has(Role.MARAC_COORDINATOR);
        if (me == null && !coordinator) {
            throw new NotFoundException("No such meeting");
        }
        int version = meeting.agreementVersion();
        boolean allAccepted = !list.isEmpty() && list.stream().allMatch(a -> a.hasAccepted(version));
        Optional<String> withheld = ConfidentialityGate.withheld(me, coordinator, list, version);
        List<ReferralRecord> agenda = referrals.findByMeetingId(meetingId);
        List<CaseInformation> cases = null;
        String minutes = null;
        if (withheld.isEmpty()) {
            // The gate lets this caller into the meeting; the firewall decides, case by case, whether
            // anything may be shared into it (every attendee must have accepted the agreement).
            List<ReferralRecord> shown = new ArrayList<>();
            Set<String> refusals = new LinkedHashSet<>();
            for (ReferralRecord r : agenda) {
                Firewall.MaracSharing decision = firewall.decideMaracSharing(r.caseId(), r.personId(), meeting.recipient(),
                        allAccepted);
                if (decision.permitted()) {
                    shown.add(r);
                } else {
                    refusals.addAll(decision.reasons());
                }
            }
            if (shown.size() < agenda.size()) {
                int held = agenda.size() - shown.size();
                withheld = Optional.of("Under the safeguarding protocol, " + held + (held == 1 ? " case" : " cases")
                        + " on the agenda may not be shared into this meeting yet: " + String.join(" ", refusals));
            }
            if (!shown.isEmpty() || agenda.isEmpty()) {
                cases = caseInformation(shown, actions.findByMeetingId(meetingId));
            }
            if (shown.size() == agenda.size()) {
                minutes = SensitiveText.valueOf(meeting.minutes());
            }
            for (ReferralRecord r : shown) {
                events.publishEvent(new DataProcessed(AuditAction.DISCLOSURE, user.username(), r.caseId(), List.of(r.personId()),
                        "MARAC confidentiality agreement v" + version + " accepted at " + me.acceptedAt(), meeting.recipient(),
                        "case information from " + r.caseReference() + " shown in the MARAC meeting to " + me.name() + " ("
                                + me.agency().label() + (me.organisation() == null ? "" : ", " + me.organisation()) + ")"));
            }
        }
        return new MeetingView(meeting.id(), meeting.meetsOn(), meeting.area(), meeting.chair(), meeting.status(),
                new Agreement(version, meetings.agreementText(version)), list.stream().map(a -> view(a, version)).toList(),
                me == null ? null : view(me, version), coordinator, allAccepted, agenda.size(), cases != null,
                withheld.orElse(null), cases, minutes);
    }

    private List<CaseInformation> caseInformation(List<ReferralRecord> agenda, List<ActionRecord> allActions) {
        LocalDate today = today();
        List<CaseInformation> list = new ArrayList<>();
        for (ReferralRecord r : agenda) {
            RiskSummary risk = RiskSummary.open(r.riskSummary());
            List<ActionView> actions = allActions.stream().filter(a -> a.referralId().equals(r.id()))
                    .map(a -> new ActionView(a.id(), a.referralId(), SensitiveText.valueOf(a.description()), a.ownerAgency(),
                            a.ownerAgency().label(), a.owner(), a.dueOn(), a.status(),
                            a.status() == ActionStatus.OPEN && a.dueOn().isBefore(today)))
                    .toList();
            list.add(new CaseInformation(r.id(), r.caseId(), r.personId(), r.caseReference(), SensitiveText.valueOf(r.personName()),
                    r.criterion(), MaracReferrals.criteria(r), r.repeatReferral(), risk.grade(), risk.yesCount(),
                    risk.raisedByJudgement(), risk.concern(), risk.immigrationFactors(), r.incidentAt(), r.referredBy(),
                    r.referredAt(), actions));
        }
        return list;
    }

    private void requireCaseInformation(SafeShareUser user, MeetingRecord meeting) {
        List<AttendeeRecord> list = attendees.findByMeetingId(meeting.id());
        AttendeeRecord me = list.stream().filter(a -> user.username().equals(a.username())).findFirst().orElse(null);
        Optional<String> withheld = ConfidentialityGate.withheld(me, true, list, meeting.agreementVersion());
        if (withheld.isPresent()) {
            throw new ForbiddenException(withheld.get());
        }
    }

    private MeetingRecord find(UUID id) {
        return meetings.findById(id).orElseThrow(() -> new NotFoundException("No such meeting"));
    }

    private MeetingRecord open(UUID id) {
        MeetingRecord meeting = find(id);
        if (meeting.closed()) {
            throw new ConflictException("This meeting is closed: nothing more can be added to it.");
        }
        return meeting;
    }

    private AttendeeRecord attendee(UUID meetingId, UUID attendeeId) {
        return attendees.findById(attendeeId).filter(a -> a.meetingId().equals(meetingId))
                .orElseThrow(() -> new NotFoundException("No such attendee of this meeting"));
    }

    private LocalDate today() {
        return LocalDate.ofInstant(clock.instant(), UK);
    }

    private MeetingSummary summary(MeetingRecord m) {
        List<AttendeeRecord> list = attendees.findByMeetingId(m.id());
        int accepted = (int) list.stream().filter(a -> a.hasAccepted(m.agreementVersion())).count();
        return new MeetingSummary(m.id(), m.meetsOn(), m.area(), m.chair(), m.status(), list.size(), accepted,
                referrals.findByMeetingId(m.id()).size());
    }

    static AttendeeView view(AttendeeRecord a, int agreementVersion) {
        return new AttendeeView(a.id(), a.name(), a.agency(), a.agency().label(), a.organisation(), a.username(),
                a.hasAccepted(agreementVersion), a.acceptedAt(), a.acceptedVersion(), a.acceptanceRecordedBy());
    }
}
