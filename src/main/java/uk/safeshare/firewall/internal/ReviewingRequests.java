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
import uk.safeshare.shared.validation.CommandValidator;

/**
 * Reviews: before sharing, by the capacities the decision names (one refusal refuses, all approvals
 * permit; the status change is the request model's), and after an emergency disclosure.
 */
@Service
class ReviewingRequests {

    private final SharingRepository repository;
    private final Cases cases;
    private final Identity identity;
    private final CommandValidator validator;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final SharingViews views;
    private final Reviewing reviewing;
    private final SharingRequests requests;

    ReviewingRequests(SharingRepository repository, Cases cases, Identity identity,
                    CommandValidator validator, ApplicationEventPublisher events, Clock clock, SharingViews views,
                    Reviewing reviewing, SharingRequests requests) {
        this.reviewing = reviewing;
        this.repository = repository;
        this.cases = cases;
        this.identity = identity;
        this.validator = validator;
        this.events = events;
        this.clock = clock;
        this.views = views;
        this.requests = requests;
    }

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
        RequestState state = new RequestState(row.status());
        if (state.mayBeReviewed() instanceof RequestState.Rejected(String reason)) {
            throw new ConflictException(reason);
        }
        Capacity capacity = capacityFor(user, row, ReviewKind.PRIOR, command.capacity());
        Instant now = clock.instant();
        repository.insertReview(row.id(), new ReviewRow(ReviewKind.PRIOR, capacity, user.username(), now,
                command.verdict(), command.reasons().strip()));
        Status status = state.afterPriorReview(command.verdict(), !reviewing.outstanding(row, ReviewKind.PRIOR).isEmpty());
        if (status == Status.REFUSED) {
            repository.disclosureObligationsNotNeeded(row.id());
        }
        if (status != row.status()) {
            repository.updateStatus(row.id(), status, now);
            if (row.immigrationEnforcement()) {
                Sealed sealed = repository.open(row);
                events.publishEvent(AskingToShare.monitoring(row, sealed.facts().toFacts(), sealed.profile(),
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
