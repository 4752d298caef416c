package uk.safeshare.marac.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import uk.safeshare.firewall.Firewall;
import uk.safeshare.identity.Identity;
import uk.safeshare.identity.Role;
import uk.safeshare.identity.SafeShareUser;
import uk.safeshare.marac.MaracViews.ActionStatus;
import uk.safeshare.marac.MaracViews.ActionView;
import uk.safeshare.marac.MaracViews.Agreement;
import uk.safeshare.marac.MaracViews.CaseInformation;
import uk.safeshare.marac.MaracViews.MeetingView;
import uk.safeshare.shared.ConflictException;
import uk.safeshare.shared.ForbiddenException;
import uk.safeshare.shared.NotFoundException;
import uk.safeshare.shared.audit.AuditAction;
import uk.safeshare.shared.audit.DataProcessed;
import uk.safeshare.shared.crypto.SensitiveText;

/**
 * Showing the cases on a meeting's agenda. Two use cases, kept apart:
 * <ul>
 *   <li>{@link #recordSharing}: a command of the coordinator's, once every attendee has accepted the
 *       agreement: for each case on the agenda the firewall decides (recipient MARAC), records the
 *       sharing request and, when it permits, the disclosure to the meeting. The answer is kept here.</li>
 *   <li>{@link #show}: a query. Case information is shown only where {@link ConfidentialityGate} lets the
 *       caller in, every attendee listed has still accepted, and the firewall permitted the sharing.
 *       It changes nothing but the audit log: each showing is audited as a disclosure to the meeting,
 *       naming the attendee and their agency.</li>
 * </ul>
 */
@Service
public class MeetingCases {

    private final MeetingRecords records;
    private final MaracReferrals referralService;
    private final JdbcClient jdbc;
    private final ApplicationEventPublisher events;
    private final Identity identity;
    private final Clock clock;
    private final Firewall firewall;

    MeetingCases(MeetingRecords records, MaracReferrals referralService, JdbcClient jdbc, ApplicationEventPublisher events,
                 Identity identity, Clock clock, Firewall firewall) {
        this.records = records;
        this.referralService = referralService;
        this.jdbc = jdbc;
        this.events = events;
        this.identity = identity;
        this.clock = clock;
        this.firewall = firewall;
    }

    /** The firewall's answer for one case on the agenda, as last recorded for this meeting. */
    record Sharing(UUID referralId, UUID requestId, boolean permitted, String reasons) {
    }

    /**
     * Asks the firewall, for every case on the agenda, whether it may be shared into the meeting, and
     * records its answer. The coordinator must be an attendee who has accepted the agreement; the
     * firewall itself refuses while any attendee listed has not.
     *
     * @return how many of the cases on the agenda may now be shown
     */
    @Transactional
    public int recordSharing(UUID meetingId) {
        SafeShareUser user = referralService.requireCoordinator();
        MeetingRecord meeting = records.open(meetingId);
        List<AttendeeRecord> list = records.attendees.findByMeetingId(meetingId);
        AttendeeRecord me = list.stream().filter(a -> user.username().equals(a.username())).findFirst().orElse(null);
        if (me == null || !me.hasAccepted(meeting.agreementVersion())) {
            throw new ForbiddenException(ConfidentialityGate.withheld(me, true, list, meeting.agreementVersion()).orElseThrow());
        }
        List<ReferralRecord> agenda = records.referrals.findByMeetingId(meetingId);
        if (agenda.isEmpty()) {
            throw new ConflictException("There is no case on this meeting’s agenda to share.");
        }
        boolean allAccepted = list.stream().allMatch(a -> a.hasAccepted(meeting.agreementVersion()));
        OffsetDateTime now = clock.instant().atOffset(ZoneOffset.UTC);
        int permitted = 0;
        for (ReferralRecord r : agenda) {
            Firewall.MaracSharing decision = firewall.decideMaracSharing(r.caseId(), r.personId(), meeting.recipient(),
                    allAccepted);
            jdbc.sql("DELETE FROM marac_case_sharing WHERE meeting_id = ? AND referral_id = ?").params(meetingId, r.id()).update();
            jdbc.sql("""
                            INSERT INTO marac_case_sharing (meeting_id, referral_id, sharing_request_id, permitted, reasons,
                            decided_by, decided_at) VALUES (?, ?, ?, ?, ?, ?, ?)""")
                    .params(meetingId, r.id(), decision.requestId(), decision.permitted(),
                            String.join("\n", decision.reasons()), user.username(), now)
                    .update();
            permitted += decision.permitted() ? 1 : 0;
        }
        return permitted;
    }

    /** The meeting as the caller may see it. */
    @Transactional
    public MeetingView show(UUID meetingId) {
        SafeShareUser user = identity.current();
        MeetingRecord meeting = records.find(meetingId);
        List<AttendeeRecord> list = records.attendees.findByMeetingId(meetingId);
        AttendeeRecord me = list.stream().filter(a -> user.username().equals(a.username())).findFirst().orElse(null);
        boolean coordinator = user.has(Role.MARAC_COORDINATOR);
        if (me == null && !coordinator) {
            throw new NotFoundException("No such meeting");
        }
        int version = meeting.agreementVersion();
        boolean allAccepted = !list.isEmpty() && list.stream().allMatch(a -> a.hasAccepted(version));
        Optional<String> withheld = ConfidentialityGate.withheld(me, coordinator, list, version);
        List<ReferralRecord> agenda = records.referrals.findByMeetingId(meetingId);
        List<CaseInformation> cases = null;
        String minutes = null;
        if (withheld.isEmpty() && !allAccepted) {
            // The firewall's sharing into a MARAC rests on every attendee listed having accepted; an attendee
            // added since, who has not, stops the showing until they accept or are taken off the list.
            withheld = Optional.of("Not every attendee of this MARAC meeting has accepted its confidentiality agreement,"
                    + " so no case on the agenda may be shown yet.");
        } else if (withheld.isEmpty()) {
            Map<UUID, Sharing> sharing = sharingFor(meetingId);
            List<ReferralRecord> shown = new ArrayList<>();
            Set<String> refusals = new LinkedHashSet<>();
            int undecided = 0;
            for (ReferralRecord r : agenda) {
                Sharing s = sharing.get(r.id());
                if (s == null) {
                    undecided++;
                } else if (s.permitted()) {
                    shown.add(r);
                } else {
                    refusals.addAll(List.of(s.reasons().split("\n")));
                }
            }
            List<String> why = new ArrayList<>();
            if (undecided > 0) {
                why.add(undecided + (undecided == 1 ? " case" : " cases") + " on the agenda "
                        + (undecided == 1 ? "has" : "have") + " not been shared with the meeting yet: the coordinator"
                        + " shares the cases once every attendee has accepted the agreement.");
            }
            if (!refusals.isEmpty()) {
                why.add("Under the safeguarding protocol, some cases on the agenda may not be shared into this meeting: "
                        + String.join(" ", refusals));
            }
            withheld = why.isEmpty() ? Optional.empty() : Optional.of(String.join(" ", why));
            if (!shown.isEmpty() || agenda.isEmpty()) {
                cases = caseInformation(shown, records.actions.findByMeetingId(meetingId));
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
                new Agreement(version, records.meetings.agreementText(version)),
                list.stream().map(a -> MeetingRecords.view(a, version)).toList(),
                me == null ? null : MeetingRecords.view(me, version), coordinator, allAccepted, agenda.size(), cases != null,
                withheld.orElse(null), cases, minutes);
    }

    private Map<UUID, Sharing> sharingFor(UUID meetingId) {
        return jdbc.sql("SELECT referral_id, sharing_request_id, permitted, reasons FROM marac_case_sharing WHERE meeting_id = ?")
                .param(meetingId)
                .query((rs, n) -> new Sharing(rs.getObject(1, UUID.class), rs.getObject(2, UUID.class), rs.getBoolean(3),
                        rs.getString(4)))
                .list().stream().collect(Collectors.toMap(Sharing::referralId, s -> s));
    }

    private List<CaseInformation> caseInformation(List<ReferralRecord> agenda, List<ActionRecord> allActions) {
        LocalDate today = records.today();
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
}
