package uk.safeshare.firewall.internal;

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
 * Seeing sharing requests: one request, a person's requests, the review queue; and the need-to-know
 * check every use case makes before it touches a request. Asking, reviewing, disclosing and sharing
 * into MARAC are their own use cases ({@link AskingToShare}, {@link ReviewingRequests},
 * {@link Disclosing}, {@link SharingIntoMarac}). Every use case is one
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
    private final SharingQueries queries;
    private final Cases cases;
    private final Identity identity;
    private final ApplicationEventPublisher events;
    private final SharingViews views;
    private final Reviewing reviewing;

    SharingRequests(SharingRepository repository, SharingQueries queries, Cases cases, Identity identity,
                    ApplicationEventPublisher events, SharingViews views,
                    Reviewing reviewing) {
        this.reviewing = reviewing;
        this.repository = repository;
        this.queries = queries;
        this.cases = cases;
        this.identity = identity;
        this.events = events;
        this.views = views;
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
            case CaseLookup.NeedsBreakGlass<PersonView> g -> // never the case reference: a refusal tells nothing of another team's case
                    throw new ForbiddenException("That case belongs to another team. Open it from its case page and give a break-glass reason first.");
            case CaseLookup.Missing<PersonView> m -> throw new NotFoundException(
                    "There is no person " + personId + " on case " + caseId + ".");
        }
        List<RequestSummary> list = queries.forPerson(caseId, personId).stream().map(SharingViews::summary).toList();
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
        for (RequestRow row : queries.withStatus(Status.AWAITING_REVIEW, teamFilter(user), QUEUE_LIMIT)) {
            if (!reviewing.reviewable(user, row, ReviewKind.PRIOR).isEmpty()) {
                awaiting.add(SharingViews.summary(row));
            }
        }
        List<RequestSummary> emergencies = new ArrayList<>();
        for (RequestRow row : queries.emergenciesAwaitingRetrospectiveReview(teamFilter(user), QUEUE_LIMIT)) {
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
            case CaseLookup.NeedsBreakGlass<PersonView> g -> // never the case reference: a refusal tells nothing of another team's case
                    throw new ForbiddenException("That case belongs to another team. Open it from its case page and give a break-glass reason first.");
            case CaseLookup.Missing<PersonView> m -> throw new NotFoundException("No sharing request " + id);
        };
    }

    private boolean owes(RequestRow row, Obligation obligation) {
        return reviewing.owes(row, obligation);
    }

    static String recipient(RequestRow row) {
        return row.recipient().label() + (row.recipientName() == null ? "" : ": " + row.recipientName());
    }

    static String labels(Set<DataCategory> categories) {
        return categories.stream().sorted().map(DataCategory::label).collect(Collectors.joining("; "));
    }
}
