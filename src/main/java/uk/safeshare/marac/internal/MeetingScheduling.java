package uk.safeshare.marac.internal;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import uk.safeshare.identity.Identity;
import uk.safeshare.identity.OrganisationKind;
import uk.safeshare.identity.SafeShareUser;
import uk.safeshare.marac.MaracAgency;
import uk.safeshare.marac.MaracCommands.ScheduleMeeting;
import uk.safeshare.marac.MaracViews.MeetingStatus;
import uk.safeshare.marac.MaracViews.MeetingSummary;
import uk.safeshare.shared.InvalidRequestException;
import uk.safeshare.shared.audit.AuditAction;
import uk.safeshare.shared.audit.DataProcessed;
import uk.safeshare.shared.validation.CommandValidator;

/** Scheduling and closing MARAC meetings, and the lists of them (no case information). */
@Service
public class MeetingScheduling {

    private final MeetingRecords records;
    private final MaracReferrals referralService;
    private final CommandValidator validator;
    private final ApplicationEventPublisher events;
    private final Identity identity;
    private final Clock clock;

    MeetingScheduling(MeetingRecords records, MaracReferrals referralService, CommandValidator validator,
                      ApplicationEventPublisher events, Identity identity, Clock clock) {
        this.records = records;
        this.referralService = referralService;
        this.validator = validator;
        this.events = events;
        this.identity = identity;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public List<MeetingSummary> all() {
        referralService.requireCoordinator();
        return records.meetings.findRecent().stream().map(this::summary).toList();
    }

    @Transactional(readOnly = true)
    public List<MeetingSummary> attending() {
        return records.meetings.findAttendedBy(identity.current().username()).stream().map(this::summary).toList();
    }

    @Transactional
    public UUID schedule(ScheduleMeeting command) {
        SafeShareUser user = referralService.requireCoordinator();
        validator.validate(command);
        if (command.meetsOn().isBefore(records.today())) {
            throw new InvalidRequestException("meetsOn", "The meeting date must be today or in the future");
        }
        if (command.meetsOn().isAfter(records.today().plusYears(2))) {
            throw new InvalidRequestException("meetsOn", "The meeting date must be within the next two years");
        }
        Instant now = clock.instant();
        MeetingRecord meeting = records.meetings.save(new MeetingRecord(UUID.randomUUID(), command.meetsOn(),
                command.area().trim(), command.chair().trim(), records.meetings.currentAgreementVersion(),
                MeetingStatus.SCHEDULED, null, user.username(), now, null, null));
        var organisation = identity.organisation(user.organisationId());
        records.attendees.save(new AttendeeRecord(UUID.randomUUID(), meeting.id(), user.displayName(),
                organisation.filter(o -> o.kind() == OrganisationKind.FORCE).isPresent() ? MaracAgency.POLICE : MaracAgency.OTHER,
                organisation.map(Identity.OrganisationView::name).orElse(null), user.username(), null, null, null,
                user.username(), now, null));
        return meeting.id();
    }

    /** Closes the meeting: its referrals are heard, and nothing more is added to it (actions can still be updated). */
    @Transactional
    public void close(UUID meetingId) {
        SafeShareUser user = referralService.requireCoordinator();
        MeetingRecord meeting = records.open(meetingId);
        records.meetings.save(meeting.closedAt(clock.instant()));
        List<ReferralRecord> agenda = records.referrals.findByMeetingId(meetingId);
        agenda.forEach(r -> records.referrals.save(r.heard()));
        if (!agenda.isEmpty()) {
            events.publishEvent(DataProcessed.of(AuditAction.ALTERATION, user.username(), null,
                    "closed the MARAC meeting of " + meeting.meetsOn() + "; " + agenda.size() + " referral(s) heard")
                    .aboutPeople(agenda.stream().map(ReferralRecord::personId).toList()));
        }
    }

    private MeetingSummary summary(MeetingRecord m) {
        List<AttendeeRecord> list = records.attendees.findByMeetingId(m.id());
        int accepted = (int) list.stream().filter(a -> a.hasAccepted(m.agreementVersion())).count();
        return new MeetingSummary(m.id(), m.meetsOn(), m.area(), m.chair(), m.status(), list.size(), accepted,
                records.referrals.findByMeetingId(m.id()).size());
    }
}
