package uk.safeshare.firewall.internal;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import uk.safeshare.cases.CaseLookup;
import uk.safeshare.cases.CaseViews.PersonInCase;
import uk.safeshare.cases.CaseViews.PersonView;
import uk.safeshare.cases.Cases;
import uk.safeshare.firewall.Firewall;
import uk.safeshare.firewall.ImmigrationEnforcementRequestDecided;
import uk.safeshare.firewall.internal.Sharing.Capacity;
import uk.safeshare.firewall.internal.Sharing.ObligationStatus;
import uk.safeshare.firewall.internal.Sharing.RequestSummary;
import uk.safeshare.firewall.internal.Sharing.RequestView;
import uk.safeshare.firewall.internal.Sharing.ReviewKind;
import uk.safeshare.firewall.internal.Sharing.ReviewQueue;
import uk.safeshare.firewall.internal.Sharing.Status;
import uk.safeshare.firewall.internal.Sharing.Verdict;
import uk.safeshare.firewall.internal.SharingCommands.Disclosure;
import uk.safeshare.firewall.internal.SharingCommands.ObligationMet;
import uk.safeshare.firewall.DisclosedForReferral;
import uk.safeshare.firewall.internal.SharingCommands.Review;
import uk.safeshare.firewall.internal.SharingRepository.DisclosureRow;
import uk.safeshare.firewall.internal.SharingRepository.Profile;
import uk.safeshare.firewall.internal.SharingRepository.RequestRow;
import uk.safeshare.firewall.internal.SharingRepository.ReviewRow;
import uk.safeshare.firewall.internal.SharingRepository.Sealed;
import uk.safeshare.firewall.protocol.DataCategory;
import uk.safeshare.firewall.protocol.LawfulBasis;
import uk.safeshare.firewall.protocol.Decision;
import uk.safeshare.firewall.protocol.Obligation;
import uk.safeshare.firewall.protocol.ProtocolEngine;
import uk.safeshare.firewall.protocol.Purpose;
import uk.safeshare.firewall.protocol.Recipient;
import uk.safeshare.firewall.protocol.SharingFacts;
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

/**
 * Sharing a case into a MARAC meeting: decided by the protocol in force (recipient MARAC, purpose
 * safeguarding) and, when permitted and every attendee has accepted the agreement, disclosed at once.
 */
@Service
class SharingIntoMarac {

    private final SharingRepository repository;
    private final SharingQueries queries;
    private final ProtocolStore protocols;
    private final Cases cases;
    private final Identity identity;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final Reviewing reviewing;
    private final SharingRequests requests;

    private final uk.safeshare.rights.ProcessingRestrictions restrictions;

    SharingIntoMarac(SharingRepository repository, SharingQueries queries, ProtocolStore protocols, Cases cases, Identity identity,
                    ApplicationEventPublisher events, Clock clock, Reviewing reviewing, SharingRequests requests,
                    uk.safeshare.rights.ProcessingRestrictions restrictions) {
        this.restrictions = restrictions;
        this.reviewing = reviewing;
        this.repository = repository;
        this.queries = queries;
        this.protocols = protocols;
        this.cases = cases;
        this.identity = identity;
        this.events = events;
        this.clock = clock;
        this.requests = requests;
    }

    /** What is shown of a case in a MARAC meeting: who the person is, their risk and the incident. */
    static final Set<DataCategory> MARAC_CATEGORIES = EnumSet.of(DataCategory.IDENTITY, DataCategory.VULNERABILITY,
            DataCategory.OFFENCE_DETAILS);

    /**
     * See {@link uk.safeshare.firewall.Firewall#decideMaracSharing}. The caller has been let into the
     * meeting by the MARAC module's confidentiality gate, which is the need-to-know check here. One
     * request is kept per person, meeting, outcome and protocol version: asking again returns it.
     */
    @Transactional
    public Firewall.MaracSharing shareIntoMarac(UUID caseId, UUID personId, String meeting, boolean everyAttendeeAccepted) {
        SafeShareUser user = identity.current();
        if (meeting == null || meeting.isBlank()) {
            throw new InvalidRequestException("meeting", "Name the MARAC meeting");
        }
        PersonInCase found = cases.personForSharingDecision(caseId, personId)
                .orElseThrow(() -> new NotFoundException("There is no person " + personId + " on case " + caseId + "."));
        PersonView person = found.person();
        Instant now = clock.instant();
        SharingFacts facts = new SharingFacts(person.role(), SharingRequests.isChild(person.dateOfBirth(), now) || found.knownChild(), found.crimeTypes(),
                Recipient.MARAC, Purpose.SAFEGUARDING, uk.safeshare.firewall.protocol.PathwayStage.SAFEGUARDING_AND_SUPPORT,
                person.statusBasis(), person.statusEvidence(), false, null, uk.safeshare.firewall.protocol.Consent.NOT_ASKED,
                MARAC_CATEGORIES, LawfulBasis.LAW_ENFORCEMENT_NECESSITY,
                "Case information shown to " + MaracMeetingName.forStaff(meeting) + " so that the agencies attending can plan the"
                        + " person's safety", false, everyAttendeeAccepted, false)
                .withProcessingRestricted(restrictions.isRestricted(person.id()));
        ProtocolEngine engine = protocols.current();
        Decision decision = engine.decide(facts);
        RequestRow row = queries.forPerson(caseId, personId).stream()
                .filter(r -> r.recipient() == Recipient.MARAC && meeting.equals(r.recipientName())
                        && r.outcome() == decision.kind() && r.protocolHash().equals(decision.protocol().contentHash()))
                .findFirst().orElse(null);
        if (row == null) {
            Profile profile = new Profile(person.ethnicitySelfDefined(), person.ethnicityObserved(), person.nationality());
            StoredForm.StoredDecision stored = StoredForm.StoredDecision.of(decision);
            row = new RequestRow(UUID.randomUUID(), caseId, personId, found.teamId(), found.caseReference(), user.username(),
                    now, Recipient.MARAC, meeting, Purpose.SAFEGUARDING, false,
                    repository.seal(new Sealed(StoredForm.Facts.of(facts), profile)), decision.kind(), stored.reviewer(),
                    stored.emergency(), repository.seal(stored), decision.protocol().id(), decision.protocol().contentHash(),
                    Status.after(decision), now, null, false);
            repository.insert(row);
            repository.insertObligations(row.id(), decision.obligations());
            events.publishEvent(DataProcessed.of(AuditAction.COLLECTION, user.username(), caseId,
                            "asked to share case information about a person on case " + row.caseReference() + " with "
                                    + meeting + " (SAFEGUARDING); decision: " + decision.kind().label() + " under protocol "
                                    + decision.protocol())
                    .aboutPeople(List.of(personId)));
        }
        if (row.status() == Status.PERMITTED && everyAttendeeAccepted) {
            row = repository.lock(row.id()).orElseThrow();
            if (row.status() == Status.PERMITTED) {
                discloseToMarac(user, row, facts, meeting, now);
                row = repository.find(row.id()).orElseThrow();
            }
        }
        Decision recorded = repository.decision(row);
        return new Firewall.MaracSharing(row.id(), row.outcome().name(), row.status() == Status.DISCLOSED,
                recorded.outcomes().stream().map(uk.safeshare.firewall.protocol.RuleOutcome::reason).toList(),
                row.protocolId(), row.protocolHash());
    }

    private void discloseToMarac(SafeShareUser user, RequestRow row, SharingFacts facts, String meeting, Instant now) {
        int retentionDays = protocols.engine(row.protocolId()).orElseThrow().protocol().settings().retentionDays();
        LocalDate reviewOn = LocalDate.ofInstant(now, SharingRequests.UK).plusDays(retentionDays);
        repository.insertDisclosure(row.id(), new DisclosureRow(user.username(), now, facts.lawfulBasis(), MARAC_CATEGORIES,
                reviewOn));
        String shared = labels(MARAC_CATEGORIES);
        repository.meet(row.id(), Obligation.RECORD_LAWFUL_BASIS, user.username(), now, facts.lawfulBasis().label());
        repository.meet(row.id(), Obligation.SHARE_ONLY_NAMED_CATEGORIES, user.username(), now, "Shared: " + shared);
        repository.meet(row.id(), Obligation.SET_RETENTION_DATE, user.username(), now, "Review on " + reviewOn);
        repository.updateStatus(row.id(), Status.DISCLOSED, now);
        events.publishEvent(DataProcessed.of(AuditAction.DISCLOSURE, user.username(), row.caseId(),
                        "disclosed " + shared + " about a person on case " + row.caseReference() + " (SAFEGUARDING) into "
                                + meeting + " on the lawful basis " + facts.lawfulBasis().name() + ", under protocol "
                                + row.protocolId() + " (" + row.protocolHash() + ")")
                .to(meeting)
                .because(facts.justification())
                .aboutPeople(List.of(row.personId())));
    }

    private RequestRow readable(SafeShareUser user, UUID id) {
        return requests.readable(user, id);
    }

    private boolean owes(RequestRow row, Obligation obligation) {
        return reviewing.owes(row, obligation);
    }

    private static String labels(Set<DataCategory> categories) {
        return SharingRequests.labels(categories);
    }

    private static String recipient(RequestRow row) {
        return SharingRequests.recipient(row);
    }
}
