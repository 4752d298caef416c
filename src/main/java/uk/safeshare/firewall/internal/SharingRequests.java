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
import uk.safeshare.firewall.internal.SharingCommands.RequestToShare;
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
import uk.safeshare.shared.validation.CommandValidator;

/**
 * The use cases of sharing requests: ask (the protocol in force decides at once), review, record
 * the disclosure once its obligations are met, and meet the obligations owed. Every use case is one
 * transaction that takes the request's row lock before changing it and publishes its audit event
 * last. Need-to-know: a request is seen by the case's team (others only under break-glass, which
 * the cases module checks and audits) and by the data protection officer, who reviews for the force.
 */
@Service
public class SharingRequests {

    static final ZoneId UK = ZoneId.of("Europe/London");
    private static final int QUEUE_LIMIT = 200;

    /** Obligations met by someone saying so; the others are met by recording the disclosure or by reviews. */
    static final Set<Obligation> MET_BY_HAND = EnumSet.of(Obligation.TELL_PERSON_WHAT_AND_WHY,
            Obligation.OFFER_SPECIALIST_REFERRAL, Obligation.NOTIFY_NRM, Obligation.NOTIFY_NRM_ANONYMOUSLY,
            Obligation.TELL_LOCAL_AUTHORITY);

    private final SharingRepository repository;
    private final ProtocolStore protocols;
    private final Cases cases;
    private final Identity identity;
    private final CommandValidator validator;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final SharingViews views;
    private final Reviewing reviewing;
    private final uk.safeshare.pathways.PersonSupport personSupport;

    SharingRequests(SharingRepository repository, ProtocolStore protocols, Cases cases, Identity identity,
                    CommandValidator validator, ApplicationEventPublisher events, Clock clock, SharingViews views,
                    Reviewing reviewing, uk.safeshare.pathways.PersonSupport personSupport) {
        this.personSupport = personSupport;
        this.reviewing = reviewing;
        this.repository = repository;
        this.protocols = protocols;
        this.cases = cases;
        this.identity = identity;
        this.validator = validator;
        this.events = events;
        this.clock = clock;
        this.views = views;
    }

    // ---- Asking ----

    /** Records a request to share and decides it at once under the protocol in force. Returns the request's id. */
    @Transactional(noRollbackFor = ForbiddenException.class)
    public UUID request(RequestToShare command) {
        SafeShareUser user = identity.current();
        if (!user.hasAny(Role.OFFICER, Role.CASEWORKER)) {
            throw new ForbiddenException("Only officers and caseworkers ask to share information about a person.");
        }
        check(command);
        PersonInCase found = switch (cases.personInCase(command.caseId(), command.personId())) {
            case CaseLookup.Found<PersonInCase> f -> f.value();
            case CaseLookup.NeedsBreakGlass<PersonInCase> g -> throw new ForbiddenException("Case " + g.reference()
                    + " belongs to another team. Open it from its case page and give a break-glass reason first.");
            case CaseLookup.Missing<PersonInCase> m -> throw new NotFoundException(
                    "There is no person " + command.personId() + " on case " + command.caseId() + ".");
        };
        PersonView person = found.person();
        Instant now = clock.instant();
        SharingFacts facts = new SharingFacts(person.role(), isChild(person.dateOfBirth(), now) || found.knownChild(), found.crimeTypes(),
                command.recipient(), command.purpose(), command.pathwayStage(), person.statusBasis(),
                person.statusEvidence(), Boolean.TRUE.equals(command.suspectedOfOtherOffence()), command.suspicion(), command.consent(),
                command.dataCategories(), command.lawfulBasis(), command.justification(), Boolean.TRUE.equals(command.threatToLife()),
                false, false);
        ProtocolEngine engine = protocols.current();
        Decision decision = engine.decide(facts);
        boolean immigration = engine.protocol().settings().isImmigrationEnforcement(command.recipient())
                || command.purpose() == Purpose.IMMIGRATION_STATUS_CHECK;
        Profile profile = new Profile(person.ethnicitySelfDefined(), person.ethnicityObserved(), person.nationality());
        StoredForm.StoredDecision stored = StoredForm.StoredDecision.of(decision);
        RequestRow row = new RequestRow(UUID.randomUUID(), found.person().caseId(), person.id(), found.teamId(),
                found.caseReference(), user.username(), now, command.recipient(), command.recipientName(),
                command.purpose(), immigration, repository.seal(new Sealed(StoredForm.Facts.of(facts), profile)),
                decision.kind(), stored.reviewer(), stored.emergency(), repository.seal(stored),
                decision.protocol().id(), decision.protocol().contentHash(), Status.after(decision), now);
        repository.insert(row);
        repository.insertObligations(row.id(), decision.obligations());
        if (immigration) {
            events.publishEvent(monitoring(row, facts, profile, switch (decision) {
                case Decision.Prohibited p -> ImmigrationEnforcementRequestDecided.Outcome.PROHIBITED;
                case Decision.ReferForReview r -> ImmigrationEnforcementRequestDecided.Outcome.REFERRED_FOR_REVIEW;
                case Decision.PermittedWithObligations p -> ImmigrationEnforcementRequestDecided.Outcome.PERMITTED;
            }, now));
        }
        events.publishEvent(DataProcessed.of(AuditAction.COLLECTION, user.username(), row.caseId(),
                        "asked to share information about a person on case " + row.caseReference() + " with "
                                + recipient(row) + " (" + command.purpose().name() + "); decision: "
                                + decision.kind().label() + (stored.emergency() ? " in an emergency" : "")
                                + " under protocol " + decision.protocol())
                .aboutPeople(List.of(row.personId())));
        return row.id();
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
        SharingFacts facts = new SharingFacts(person.role(), isChild(person.dateOfBirth(), now) || found.knownChild(), found.crimeTypes(),
                Recipient.MARAC, Purpose.SAFEGUARDING, uk.safeshare.firewall.protocol.PathwayStage.SAFEGUARDING_AND_SUPPORT,
                person.statusBasis(), person.statusEvidence(), false, null, uk.safeshare.firewall.protocol.Consent.NOT_ASKED,
                MARAC_CATEGORIES, LawfulBasis.LAW_ENFORCEMENT_NECESSITY,
                "Case information shown to the meeting " + meeting + " so that the agencies attending can plan the"
                        + " person's safety", false, everyAttendeeAccepted, false);
        ProtocolEngine engine = protocols.current();
        Decision decision = engine.decide(facts);
        RequestRow row = repository.forPerson(caseId, personId).stream()
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
                    Status.after(decision), now);
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
        LocalDate reviewOn = LocalDate.ofInstant(now, UK).plusDays(retentionDays);
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

    private void check(RequestToShare command) {
        validator.validate(command);
        Map<String, String> errors = new LinkedHashMap<>();
        if (Boolean.TRUE.equals(command.suspectedOfOtherOffence()) && command.suspicion() == null) {
            errors.put("suspicion", "Describe what the person is suspected of, so that the reviewer can weigh it");
        }
        if (!Boolean.TRUE.equals(command.suspectedOfOtherOffence()) && command.suspicion() != null) {
            errors.put("suspicion", "Only describe a suspicion when the person is suspected of an offence");
        }
        if (command.recipient() == Recipient.OTHER && command.recipientName() == null) {
            errors.put("recipientName", "Name the organisation the information would go to");
        }
        if (!errors.isEmpty()) {
            throw new InvalidRequestException(String.join("; ", errors.values()), errors);
        }
    }

    static boolean isChild(LocalDate dateOfBirth, Instant at) {
        return dateOfBirth != null && Period.between(dateOfBirth, LocalDate.ofInstant(at, UK)).getYears() < 18;
    }

    // ---- Seeing ----

    @Transactional(noRollbackFor = ForbiddenException.class)
    public RequestView get(UUID id) {
        SafeShareUser user = identity.current();
        RequestRow row = readable(user, id);
        RequestView view = views.of(row, user);
        events.publishEvent(DataProcessed.of(AuditAction.CONSULTATION, user.username(), row.caseId(),
                "viewed a sharing request on case " + row.caseReference()).aboutPeople(List.of(row.personId())));
        return view;
    }

    @Transactional(noRollbackFor = ForbiddenException.class)
    public List<RequestSummary> forPerson(UUID caseId, UUID personId) {
        SafeShareUser user = identity.current();
        switch (cases.person(caseId, personId)) {
            case CaseLookup.Found<PersonView> f -> { }
            case CaseLookup.NeedsBreakGlass<PersonView> g -> throw new ForbiddenException("Case " + g.reference()
                    + " belongs to another team. Open it from its case page and give a break-glass reason first.");
            case CaseLookup.Missing<PersonView> m -> throw new NotFoundException(
                    "There is no person " + personId + " on case " + caseId + ".");
        }
        List<RequestSummary> list = repository.forPerson(caseId, personId).stream().map(SharingViews::summary).toList();
        events.publishEvent(DataProcessed.of(AuditAction.CONSULTATION, user.username(), caseId,
                "listed " + list.size() + " sharing requests about a person").aboutPeople(List.of(personId)));
        return list;
    }

    /** The requests awaiting a review the caller can give, and the emergency disclosures they must review afterwards. */
    @Transactional
    public ReviewQueue queue() {
        SafeShareUser user = identity.current();
        if (!user.hasAny(Role.SUPERVISOR, Role.DPO)) {
            throw new ForbiddenException("Only supervisors and the data protection officer review sharing requests.");
        }
        List<RequestSummary> awaiting = new ArrayList<>();
        for (RequestRow row : repository.withStatus(Status.AWAITING_REVIEW, teamFilter(user), QUEUE_LIMIT)) {
            if (!reviewing.reviewable(user, row, ReviewKind.PRIOR).isEmpty()) {
                awaiting.add(SharingViews.summary(row));
            }
        }
        List<RequestSummary> emergencies = new ArrayList<>();
        for (RequestRow row : repository.emergenciesAwaitingRetrospectiveReview(teamFilter(user), QUEUE_LIMIT)) {
            if (!reviewing.reviewable(user, row, ReviewKind.RETROSPECTIVE).isEmpty()) {
                emergencies.add(SharingViews.summary(row));
            }
        }
        List<UUID> people = new ArrayList<>();
        awaiting.forEach(s -> people.add(s.personId()));
        emergencies.forEach(s -> people.add(s.personId()));
        events.publishEvent(DataProcessed.of(AuditAction.CONSULTATION, user.username(), null,
                "viewed the sharing review queue (" + awaiting.size() + " awaiting review, " + emergencies.size()
                        + " emergency disclosures)").aboutPeople(people.stream().distinct().toList()));
        return new ReviewQueue(awaiting, emergencies);
    }

    /** The data protection officer reviews for the whole force; a supervisor for their own team. */
    private static UUID teamFilter(SafeShareUser user) {
        if (user.has(Role.DPO)) {
            return null;
        }
        return user.teamId() == null ? new UUID(0, 0) : user.teamId().value();
    }

    // ---- Reviewing ----

    /** A review before sharing, by a capacity the decision names. One refusal refuses; all approvals permit. */
    @Transactional
    public RequestView review(UUID id, Review command) {
        SafeShareUser user = identity.current();
        if (!user.hasAny(Role.SUPERVISOR, Role.DPO)) {
            throw new ForbiddenException("Only supervisors and the data protection officer review sharing requests.");
        }
        validator.validate(command);
        if (command.verdict().kind() != ReviewKind.PRIOR) {
            throw new InvalidRequestException("verdict", "Before sharing, the decision is APPROVE or REFUSE");
        }
        RequestRow row = repository.lock(id).orElseThrow(() -> new NotFoundException("No sharing request " + id));
        if (row.status() != Status.AWAITING_REVIEW) {
            throw new ConflictException("This request is not awaiting review: it is " + row.status().label().toLowerCase(Locale.ROOT) + ".");
        }
        Capacity capacity = capacityFor(user, row, ReviewKind.PRIOR, command.capacity());
        Instant now = clock.instant();
        repository.insertReview(row.id(), new ReviewRow(ReviewKind.PRIOR, capacity, user.username(), now,
                command.verdict(), command.reasons().strip()));
        Status status = row.status();
        if (command.verdict() == Verdict.REFUSE) {
            status = Status.REFUSED;
            repository.disclosureObligationsNotNeeded(row.id());
        } else if (reviewing.outstanding(row, ReviewKind.PRIOR).isEmpty()) {
            status = Status.PERMITTED;
        }
        if (status != row.status()) {
            repository.updateStatus(row.id(), status, now);
            if (row.immigrationEnforcement()) {
                Sealed sealed = repository.open(row);
                events.publishEvent(monitoring(row, sealed.facts().toFacts(), sealed.profile(),
                        status == Status.REFUSED ? ImmigrationEnforcementRequestDecided.Outcome.REFUSED_ON_REVIEW
                                : ImmigrationEnforcementRequestDecided.Outcome.APPROVED_ON_REVIEW, now));
            }
        }
        events.publishEvent(DataProcessed.of(AuditAction.ALTERATION, user.username(), row.caseId(),
                        "reviewed a sharing request on case " + row.caseReference() + " as " + capacity.label().toLowerCase(Locale.ROOT)
                                + ": " + command.verdict().label().toLowerCase(Locale.ROOT)
                                + (status != row.status() ? "; the request is now " + status.label().toLowerCase(Locale.ROOT) : ""))
                .because(command.reasons().strip())
                .aboutPeople(List.of(row.personId())));
        return views.of(repository.find(id).orElseThrow(), user);
    }

    /** A review after an emergency disclosure, by a supervisor and by the data protection officer. */
    @Transactional
    public RequestView reviewEmergency(UUID id, Review command) {
        SafeShareUser user = identity.current();
        if (!user.hasAny(Role.SUPERVISOR, Role.DPO)) {
            throw new ForbiddenException("Only supervisors and the data protection officer review emergency disclosures.");
        }
        validator.validate(command);
        if (command.verdict().kind() != ReviewKind.RETROSPECTIVE) {
            throw new InvalidRequestException("verdict", "After an emergency disclosure, the decision is JUSTIFIED or NOT_JUSTIFIED");
        }
        RequestRow row = repository.lock(id).orElseThrow(() -> new NotFoundException("No sharing request " + id));
        if (!row.emergency() || !owes(row, Obligation.RETROSPECTIVE_REVIEW)) {
            throw new ConflictException("This request has no emergency disclosure awaiting review.");
        }
        Capacity capacity = capacityFor(user, row, ReviewKind.RETROSPECTIVE, command.capacity());
        Instant now = clock.instant();
        repository.insertReview(row.id(), new ReviewRow(ReviewKind.RETROSPECTIVE, capacity, user.username(), now,
                command.verdict(), command.reasons().strip()));
        if (reviewing.outstanding(row, ReviewKind.RETROSPECTIVE).isEmpty()) {
            String by = repository.reviews(row.id()).stream().filter(r -> r.kind() == ReviewKind.RETROSPECTIVE)
                    .map(r -> r.capacity().label() + " " + r.reviewedBy() + ": " + r.verdict().label().toLowerCase(Locale.ROOT))
                    .collect(Collectors.joining("; "));
            repository.meet(row.id(), Obligation.RETROSPECTIVE_REVIEW, user.username(), now, by);
        }
        repository.updateStatus(row.id(), row.status(), now);
        events.publishEvent(DataProcessed.of(AuditAction.ALTERATION, user.username(), row.caseId(),
                        "reviewed an emergency disclosure on case " + row.caseReference() + " as "
                                + capacity.label().toLowerCase(Locale.ROOT) + ": " + command.verdict().label().toLowerCase(Locale.ROOT))
                .because(command.reasons().strip())
                .aboutPeople(List.of(row.personId())));
        return views.of(repository.find(id).orElseThrow(), user);
    }

    private Capacity capacityFor(SafeShareUser user, RequestRow row, ReviewKind kind, Capacity asked) {
        if (user.username().equals(row.requestedBy())) {
            throw new ForbiddenException("You asked for this sharing, so someone else must review it.");
        }
        if (repository.reviews(row.id()).stream().anyMatch(r -> r.kind() == kind && r.reviewedBy().equals(user.username()))) {
            throw new ConflictException("You have already reviewed this request. Any other review it needs must be given by someone else.");
        }
        Set<Capacity> can = reviewing.reviewable(user, row, kind);
        if (asked != null) {
            if (!can.contains(asked)) {
                throw new ForbiddenException("You cannot review this request as " + asked.label().toLowerCase(Locale.ROOT) + ".");
            }
            return asked;
        }
        if (can.isEmpty()) {
            Set<Capacity> outstanding = reviewing.outstanding(row, kind);
            String who = outstanding.stream().map(c -> c == Capacity.DPO ? "the data protection officer"
                    : "a supervisor of the case's team").collect(Collectors.joining(" and "));
            throw new ForbiddenException("This request must be reviewed by " + who + ".");
        }
        return can.iterator().next();
    }

    // ---- Disclosing ----

    /**
     * Records that a permitted request was carried out. Refused unless its obligations are met: the
     * lawful basis recorded, only categories named in the request, only the minimum where that is
     * owed, nothing identifying in an anonymous notification. Telling the person may still be owed,
     * and is recorded as owed until someone says who told them.
     */
    @Transactional(noRollbackFor = ForbiddenException.class)
    public RequestView disclose(UUID id, Disclosure command) {
        SafeShareUser user = identity.current();
        if (!user.hasAny(Role.OFFICER, Role.CASEWORKER)) {
            throw new ForbiddenException("Only officers and caseworkers record a disclosure.");
        }
        validator.validate(command);
        RequestRow row = readable(user, id);
        row = repository.lock(row.id()).orElseThrow();
        if (row.status() != Status.PERMITTED) {
            throw new ConflictException(switch (row.status()) {
                case DISCLOSED -> "This disclosure has already been recorded.";
                case AWAITING_REVIEW -> "This request is still awaiting review; nothing may be shared yet.";
                default -> "This request was " + row.status().label().toLowerCase(Locale.ROOT) + "; nothing may be shared.";
            });
        }
        SharingFacts facts = repository.facts(row);
        Map<String, String> errors = new LinkedHashMap<>();
        Set<DataCategory> notNamed = EnumSet.noneOf(DataCategory.class);
        notNamed.addAll(command.dataCategories());
        notNamed.removeAll(facts.dataCategories());
        if (!notNamed.isEmpty()) {
            errors.put("dataCategories", "Only the information named in the request may be shared. Not named: "
                    + labels(notNamed) + ".");
        }
        if (owes(row, Obligation.SHARE_MINIMUM_NECESSARY) && !Boolean.TRUE.equals(command.onlyMinimumShared())) {
            errors.put("onlyMinimumShared", "Confirm that only the minimum needed for the purpose was shared");
        }
        if (owes(row, Obligation.NOTIFY_NRM_ANONYMOUSLY) && row.recipient() == Recipient.MODERN_SLAVERY_REFERRAL_MECHANISM) {
            Set<DataCategory> identifying = command.dataCategories().stream().filter(DataCategory::isIdentifying)
                    .collect(Collectors.toCollection(() -> EnumSet.noneOf(DataCategory.class)));
            if (!identifying.isEmpty()) {
                errors.put("dataCategories", "This notification is anonymous: leave out " + labels(identifying) + ".");
            }
        }
        if (Boolean.TRUE.equals(command.personAlreadyTold()) && command.howPersonWasTold() == null) {
            errors.put("howPersonWasTold", "Say how and when the person was told what is shared and why");
        }
        if (!errors.isEmpty()) {
            throw new InvalidRequestException(String.join("; ", errors.values()), errors);
        }
        Instant now = clock.instant();
        int retentionDays = protocols.engine(row.protocolId()).orElseThrow().protocol().settings().retentionDays();
        LocalDate reviewOn = LocalDate.ofInstant(now, UK).plusDays(retentionDays);
        repository.insertDisclosure(row.id(), new DisclosureRow(user.username(), now, command.lawfulBasis(),
                command.dataCategories(), reviewOn));
        String shared = labels(command.dataCategories());
        repository.meet(row.id(), Obligation.RECORD_LAWFUL_BASIS, user.username(), now, command.lawfulBasis().label());
        repository.meet(row.id(), Obligation.SHARE_ONLY_NAMED_CATEGORIES, user.username(), now, "Shared: " + shared);
        repository.meet(row.id(), Obligation.SHARE_MINIMUM_NECESSARY, user.username(), now, "Confirmed by " + user.username());
        repository.meet(row.id(), Obligation.SET_RETENTION_DATE, user.username(), now, "Review on " + reviewOn);
        if (Boolean.TRUE.equals(command.personAlreadyTold())) {
            repository.meet(row.id(), Obligation.TELL_PERSON_WHAT_AND_WHY, user.username(), now, command.howPersonWasTold());
        }
        repository.updateStatus(row.id(), Status.DISCLOSED, now);
        if (row.recipient() == Recipient.SPECIALIST_ORGANISATION && row.purpose() == Purpose.SUPPORT_REFERRAL
                && facts.consent() != uk.safeshare.firewall.protocol.Consent.GIVEN) {
            // A support referral without consent: the referral itself is made now, under this decision.
            personSupport.referAfterDisclosure(row.caseId(), row.personId(), row.recipientName(), facts.justification(),
                    command.dataCategories().stream().map(Enum::name).collect(Collectors.toSet()), row.id());
        }
        events.publishEvent(DataProcessed.of(AuditAction.DISCLOSURE, user.username(), row.caseId(),
                        "disclosed " + shared + " about a person on case " + row.caseReference() + " ("
                                + row.purpose().name() + ") on the lawful basis " + command.lawfulBasis().name()
                                + (row.emergency() ? " in an emergency" : "") + ", under protocol " + row.protocolId()
                                + " (" + row.protocolHash() + ")")
                .to(recipient(row))
                .because(facts.justification())
                .aboutPeople(List.of(row.personId())));
        return views.of(repository.find(id).orElseThrow(), user);
    }

    /** Records who met an obligation owed (told the person, offered a referral, notified the NRM or local authority) and how. */
    @Transactional(noRollbackFor = ForbiddenException.class)
    public RequestView meet(UUID id, Obligation obligation, ObligationMet command) {
        SafeShareUser user = identity.current();
        if (!user.roles().stream().anyMatch(Role::worksCases)) {
            throw new ForbiddenException("Only case-working staff record that an obligation was met.");
        }
        validator.validate(command);
        RequestRow row = readable(user, id);
        row = repository.lock(row.id()).orElseThrow();
        if (!MET_BY_HAND.contains(obligation)) {
            throw new InvalidRequestException("obligation", "'" + obligation.label() + "' is met by recording the"
                    + " disclosure or by the reviews, not on its own");
        }
        if (!owes(row, obligation)) {
            throw new ConflictException("'" + obligation.label() + "' is not owed on this request.");
        }
        if (obligation == Obligation.TELL_PERSON_WHAT_AND_WHY && row.status() != Status.DISCLOSED) {
            throw new ConflictException("Tell the person once the disclosure has been made, and record it then.");
        }
        Instant now = clock.instant();
        repository.meet(row.id(), obligation, user.username(), now, command.note().strip());
        repository.updateStatus(row.id(), row.status(), now);
        events.publishEvent(DataProcessed.of(AuditAction.ALTERATION, user.username(), row.caseId(),
                        "recorded that an obligation on a sharing request on case " + row.caseReference() + " was met: "
                                + obligation.name())
                .aboutPeople(List.of(row.personId())));
        return views.of(repository.find(id).orElseThrow(), user);
    }

    // ---- Helpers ----

    /** The request, if the user may see it: the case's team, the data protection officer, or break-glass (checked by cases). */
    RequestRow readable(SafeShareUser user, UUID id) {
        RequestRow row = repository.find(id).orElseThrow(() -> new NotFoundException("No sharing request " + id));
        if (user.roles().stream().noneMatch(Role::worksCases)) {
            throw new ForbiddenException("Your roles do not allow you to see sharing requests about people.");
        }
        if (user.has(Role.DPO) || user.isMemberOf(new TeamId(row.teamId()))) {
            return row;
        }
        return switch (cases.person(row.caseId(), row.personId())) {
            case CaseLookup.Found<PersonView> f -> row;
            case CaseLookup.NeedsBreakGlass<PersonView> g -> throw new ForbiddenException("Case " + g.reference()
                    + " belongs to another team. Open it from its case page and give a break-glass reason first.");
            case CaseLookup.Missing<PersonView> m -> throw new NotFoundException("No sharing request " + id);
        };
    }

    private boolean owes(RequestRow row, Obligation obligation) {
        return reviewing.owes(row, obligation);
    }

    static String recipient(RequestRow row) {
        return row.recipient().label() + (row.recipientName() == null ? "" : ": " + row.recipientName());
    }

    private static String labels(Set<DataCategory> categories) {
        return categories.stream().sorted().map(DataCategory::label).collect(Collectors.joining("; "));
    }

    private static ImmigrationEnforcementRequestDecided monitoring(RequestRow row, SharingFacts facts, Profile profile,
                                                                   ImmigrationEnforcementRequestDecided.Outcome outcome,
                                                                   Instant at) {
        return new ImmigrationEnforcementRequestDecided(row.id(), row.personId(), at, outcome, row.recipient().name(),
                row.purpose().name(), facts.role(), facts.child(), facts.crimeTypes(), facts.statusBasis(),
                profile.ethnicitySelfDefined(), profile.ethnicityObserved(), profile.nationality(), row.emergency(),
                row.protocolId(), row.protocolHash());
    }
}
