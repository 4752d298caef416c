package uk.safeshare.marac.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.stereotype.Component;
import uk.safeshare.identity.Role;
import uk.safeshare.identity.SafeShareUser;
import uk.safeshare.marac.MaracViews.AttendeeView;
import uk.safeshare.shared.ConflictException;
import uk.safeshare.shared.ForbiddenException;
import uk.safeshare.shared.NotFoundException;

/** Finding a meeting and its attendees, shared by the meeting use cases; no case information here. */
@Component
class MeetingRecords {

    static final ZoneId UK = ZoneId.of("Europe/London");
    static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy");
    /** The roles that can hold a SafeShare account attending a MARAC. */
    static final List<Role> ATTENDING_ROLES = List.of(Role.MARAC_COORDINATOR, Role.PARTNER, Role.OFFICER, Role.CASEWORKER,
            Role.SUPERVISOR, Role.DPO);

    final MaracMeetingRepository meetings;
    final MaracAttendeeRepository attendees;
    final MaracReferralRepository referrals;
    final MaracActionRepository actions;
    private final Clock clock;

    MeetingRecords(MaracMeetingRepository meetings, MaracAttendeeRepository attendees, MaracReferralRepository referrals,
                   MaracActionRepository actions, Clock clock) {
        this.meetings = meetings;
        this.attendees = attendees;
        this.referrals = referrals;
        this.actions = actions;
        this.clock = clock;
    }

    MeetingRecord find(UUID id) {
        return meetings.findById(id).orElseThrow(() -> new NotFoundException("No such meeting"));
    }

    /** The meeting, which must still be open to be changed. */
    MeetingRecord open(UUID id) {
        MeetingRecord meeting = find(id);
        if (meeting.closed()) {
            throw new ConflictException("This meeting is closed: nothing more can be added to it.");
        }
        return meeting;
    }

    AttendeeRecord attendee(UUID meetingId, UUID attendeeId) {
        return attendees.findById(attendeeId).filter(a -> a.meetingId().equals(meetingId))
                .orElseThrow(() -> new NotFoundException("No such attendee of this meeting"));
    }

    /** The coordinator may change case information (actions, minutes) only where the gate would show it to them. */
    void requireCaseInformation(SafeShareUser user, MeetingRecord meeting) {
        List<AttendeeRecord> list = attendees.findByMeetingId(meeting.id());
        AttendeeRecord me = list.stream().filter(a -> user.username().equals(a.username())).findFirst().orElse(null);
        Optional<String> withheld = ConfidentialityGate.withheld(me, true, list, meeting.agreementVersion());
        if (withheld.isPresent()) {
            throw new ForbiddenException(withheld.get());
        }
    }

    LocalDate today() {
        return LocalDate.ofInstant(clock.instant(), UK);
    }

    static AttendeeView view(AttendeeRecord a, int agreementVersion) {
        return new AttendeeView(a.id(), a.name(), a.agency(), a.agency().label(), a.organisation(), a.username(),
                a.hasAccepted(agreementVersion), a.acceptedAt(), a.acceptedVersion(), a.acceptanceRecordedBy());
    }
}
