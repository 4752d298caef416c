package uk.safeshare.marac.internal;

import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import uk.safeshare.identity.SafeShareUser;
import uk.safeshare.marac.MaracAgency;
import uk.safeshare.marac.MaracCommands.ActionUpdate;
import uk.safeshare.marac.MaracCommands.AgendaEntry;
import uk.safeshare.marac.MaracCommands.Minutes;
import uk.safeshare.marac.MaracCommands.NewAction;
import uk.safeshare.marac.MaracViews.ActionStatus;
import uk.safeshare.marac.MaracViews.ReferralStatus;
import uk.safeshare.shared.ConflictException;
import uk.safeshare.shared.InvalidRequestException;
import uk.safeshare.shared.NotFoundException;
import uk.safeshare.shared.audit.AuditAction;
import uk.safeshare.shared.audit.DataProcessed;
import uk.safeshare.shared.crypto.SensitiveText;
import uk.safeshare.shared.validation.CommandValidator;

/** A meeting's agenda, the actions agreed for each case on it, and its minutes (the coordinator's). */
@Service
public class MeetingAgenda {

    private final MeetingRecords records;
    private final MaracReferrals referralService;
    private final CommandValidator validator;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    MeetingAgenda(MeetingRecords records, MaracReferrals referralService, CommandValidator validator,
                  ApplicationEventPublisher events, Clock clock) {
        this.records = records;
        this.referralService = referralService;
        this.validator = validator;
        this.events = events;
        this.clock = clock;
    }

    @Transactional
    public void addToAgenda(UUID meetingId, AgendaEntry entry) {
        SafeShareUser user = referralService.requireCoordinator();
        validator.validate(entry);
        MeetingRecord meeting = records.open(meetingId);
        ReferralRecord referral = records.referrals.findById(entry.referralId())
                .orElseThrow(() -> new InvalidRequestException("referralId", "There is no such MARAC referral"));
        if (referral.status() != ReferralStatus.DUE) {
            throw new ConflictException("That referral is already on an agenda or has been heard.");
        }
        records.referrals.save(referral.listedFor(meeting.id()));
        events.publishEvent(DataProcessed.of(AuditAction.ALTERATION, user.username(), referral.caseId(),
                "listed a MARAC referral from case " + referral.caseReference() + " for the meeting of " + meeting.meetsOn())
                .aboutPeople(List.of(referral.personId())));
    }

    @Transactional
    public UUID addAction(UUID meetingId, NewAction command) {
        SafeShareUser user = referralService.requireCoordinator();
        validator.validate(command);
        MeetingRecord meeting = records.open(meetingId);
        records.requireCaseInformation(user, meeting);
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
        ReferralRecord referral = records.referrals.findById(command.referralId())
                .filter(r -> meetingId.equals(r.meetingId())).orElse(null);
        if (referral == null) {
            errors.put("referralId", "Select a case on this meeting’s agenda");
        }
        if (command.dueOn().isBefore(meeting.meetsOn())) {
            errors.put("dueOn", "The due date must be on or after the meeting (" + MeetingRecords.DAY.format(meeting.meetsOn()) + ")");
        }
        if (!errors.isEmpty()) {
            throw new InvalidRequestException(String.join("; ", errors.values()), errors);
        }
        Instant now = clock.instant();
        ActionRecord saved = records.actions.save(new ActionRecord(UUID.randomUUID(), meetingId, referral.id(),
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
        MeetingRecord meeting = records.find(meetingId);
        records.requireCaseInformation(user, meeting);
        ActionRecord action = records.actions.findById(actionId).filter(a -> a.meetingId().equals(meetingId))
                .orElseThrow(() -> new NotFoundException("No such action in this meeting"));
        records.actions.save(action.withStatus(update.status(), clock.instant()));
        ReferralRecord referral = records.referrals.findById(action.referralId()).orElseThrow();
        events.publishEvent(DataProcessed.of(AuditAction.ALTERATION, user.username(), referral.caseId(),
                "marked a MARAC action on case " + referral.caseReference() + " " + update.status().label().toLowerCase())
                .aboutPeople(List.of(referral.personId())));
    }

    @Transactional
    public void saveMinutes(UUID meetingId, Minutes minutes) {
        SafeShareUser user = referralService.requireCoordinator();
        validator.validate(minutes);
        MeetingRecord meeting = records.open(meetingId);
        records.requireCaseInformation(user, meeting);
        String text = minutes.text() == null || minutes.text().isBlank() ? null : minutes.text().strip();
        records.meetings.save(meeting.withMinutes(text));
        List<ReferralRecord> agenda = records.referrals.findByMeetingId(meetingId);
        events.publishEvent(DataProcessed.of(meeting.minutes() == null ? AuditAction.COLLECTION : AuditAction.ALTERATION,
                user.username(), null, "wrote the minutes of the MARAC meeting of " + meeting.meetsOn())
                .aboutPeople(agenda.stream().map(ReferralRecord::personId).toList()));
    }
}
