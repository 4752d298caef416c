package uk.safeshare.marac.internal;

import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import uk.safeshare.identity.Identity;
import uk.safeshare.identity.SafeShareUser;
import uk.safeshare.marac.MaracAgency;
import uk.safeshare.marac.MaracCommands.NewAttendee;
import uk.safeshare.shared.ConflictException;
import uk.safeshare.shared.InvalidRequestException;
import uk.safeshare.shared.NotFoundException;
import uk.safeshare.shared.validation.CommandValidator;

/** Who attends a MARAC meeting, and their acceptance of its confidentiality agreement at the start of it. */
@Service
public class MeetingAttendance {

    private final MeetingRecords records;
    private final MaracReferrals referralService;
    private final CommandValidator validator;
    private final Identity identity;
    private final Clock clock;

    MeetingAttendance(MeetingRecords records, MaracReferrals referralService, CommandValidator validator, Identity identity,
                      Clock clock) {
        this.records = records;
        this.referralService = referralService;
        this.validator = validator;
        this.identity = identity;
        this.clock = clock;
    }

    @Transactional
    public UUID addAttendee(UUID meetingId, NewAttendee command) {
        SafeShareUser user = referralService.requireCoordinator();
        validator.validate(command);
        MeetingRecord meeting = records.open(meetingId);
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
            } else if (account.get().roles().stream().noneMatch(MeetingRecords.ATTENDING_ROLES::contains)) {
                errors.put("username", account.get().displayName() + "’s roles do not allow them to attend MARAC meetings in SafeShare");
            } else if (identity.organisation(account.get().organisationId())
                    .filter(o -> MaracAgency.namesImmigrationEnforcement(o.name())).isPresent()) {
                errors.put("username", MaracAgency.IMMIGRATION_ENFORCEMENT_REFUSED);
            } else if (records.attendees.countByMeetingIdAndUsername(meetingId, command.username()) > 0) {
                errors.put("username", account.get().displayName() + " is already an attendee of this meeting");
            }
        }
        if (!errors.isEmpty()) {
            throw new InvalidRequestException(String.join("; ", errors.values()), errors);
        }
        return records.attendees.save(new AttendeeRecord(UUID.randomUUID(), meeting.id(), command.name().trim(), agency,
                command.organisation(), command.username(), null, null, null, user.username(), clock.instant(), null)).id();
    }

    /** Someone listed who is not in the meeting (did not come, or left) is taken off the attendance list. */
    @Transactional
    public void removeAttendee(UUID meetingId, UUID attendeeId) {
        referralService.requireCoordinator();
        records.open(meetingId);
        records.attendees.delete(records.attendee(meetingId, attendeeId));
    }

    /** The caller accepts the meeting's confidentiality agreement, themselves, at the start of the meeting. */
    @Transactional
    public void accept(UUID meetingId) {
        SafeShareUser user = identity.current();
        MeetingRecord meeting = records.find(meetingId);
        AttendeeRecord me = records.attendees.findByMeetingId(meetingId).stream()
                .filter(a -> user.username().equals(a.username())).findFirst()
                .orElseThrow(() -> new NotFoundException("You are not an attendee of this meeting"));
        acceptFor(meeting, me, user);
    }

    /** The coordinator records the acceptance of an attendee who has no SafeShare account (given in the room). */
    @Transactional
    public void recordAcceptance(UUID meetingId, UUID attendeeId) {
        SafeShareUser user = referralService.requireCoordinator();
        MeetingRecord meeting = records.find(meetingId);
        AttendeeRecord attendee = records.attendee(meetingId, attendeeId);
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
        if (!records.today().equals(meeting.meetsOn())) {
            throw new ConflictException("The confidentiality agreement is accepted at the start of the meeting, on "
                    + MeetingRecords.DAY.format(meeting.meetsOn()) + ", not before or after it.");
        }
        if (!attendee.hasAccepted(meeting.agreementVersion())) {
            records.attendees.save(attendee.accepted(meeting.agreementVersion(), clock.instant(), by.username()));
        }
    }
}
