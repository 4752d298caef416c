package uk.safeshare.firewall.internal;

import java.util.List;
import java.util.Set;
import org.springframework.stereotype.Component;
import uk.safeshare.firewall.internal.Sharing.Capacity;
import uk.safeshare.firewall.internal.Sharing.DecisionView;
import uk.safeshare.firewall.internal.Sharing.DisclosureView;
import uk.safeshare.firewall.internal.Sharing.FromRecords;
import uk.safeshare.firewall.internal.Sharing.ObligationView;
import uk.safeshare.firewall.internal.Sharing.ProtocolRef;
import uk.safeshare.firewall.internal.Sharing.RequestSummary;
import uk.safeshare.firewall.internal.Sharing.RequestView;
import uk.safeshare.firewall.internal.Sharing.ReviewKind;
import uk.safeshare.firewall.internal.Sharing.ReviewView;
import uk.safeshare.firewall.internal.Sharing.RuleView;
import uk.safeshare.firewall.internal.Sharing.ObligationStatus;
import uk.safeshare.firewall.internal.SharingRepository.DisclosureRow;
import uk.safeshare.firewall.internal.SharingRepository.ObligationRow;
import uk.safeshare.firewall.internal.SharingRepository.RequestRow;
import uk.safeshare.firewall.internal.SharingRepository.ReviewRow;
import uk.safeshare.firewall.protocol.Obligation;
import uk.safeshare.firewall.protocol.Decision;
import uk.safeshare.firewall.protocol.Rule;
import uk.safeshare.firewall.protocol.RuleSet;
import uk.safeshare.firewall.protocol.SharingFacts;
import uk.safeshare.identity.SafeShareUser;

/** Turns stored requests into what the API and the pages show. */
@Component
class SharingViews {

    private final SharingRepository repository;
    private final Reviewing reviewing;

    SharingViews(SharingRepository repository, Reviewing reviewing) {
        this.repository = repository;
        this.reviewing = reviewing;
    }

    RequestView of(RequestRow row, SafeShareUser viewer) {
        List<ObligationRow> owed = repository.obligations(row.id());
        return of(row, repository.open(row).facts().toFacts(), repository.decision(row), owed, repository.reviews(row.id()),
                repository.disclosure(row.id()).orElse(null),
                reviewing.outstanding(row, ReviewKind.PRIOR),
                reviewing.outstanding(row, ReviewKind.RETROSPECTIVE));
    }

    /**
     * A request just made, from what its transaction has in hand rather than read back: the facts and
     * decision as stored (through their stored form), its obligations all owed, no review or disclosure yet.
     */
    RequestView ofNew(RequestRow row, SharingFacts decidedOn, Decision decision) {
        List<ObligationRow> owed = decision.obligations().stream().sorted()
                .map(o -> new ObligationRow(o, o.kind(), ObligationStatus.OWED, null, null, null))
                .toList();
        Set<Capacity> prior = row.status() == Sharing.Status.AWAITING_REVIEW && row.reviewer() != null
                ? java.util.EnumSet.copyOf(Capacity.needed(row.reviewer())) : java.util.EnumSet.noneOf(Capacity.class);
        Set<Capacity> retrospective = row.emergency() && decision.obligations().contains(Obligation.RETROSPECTIVE_REVIEW)
                ? java.util.EnumSet.allOf(Capacity.class) : java.util.EnumSet.noneOf(Capacity.class);
        return of(row, StoredForm.Facts.of(decidedOn).toFacts(), StoredForm.StoredDecision.of(decision).toDecision(), owed,
                List.of(), null, prior, retrospective);
    }

    private RequestView of(RequestRow row, SharingFacts facts, Decision decision, List<ObligationRow> owed,
                           List<ReviewRow> reviewRows, DisclosureRow disclosed, Set<Capacity> prior,
                           Set<Capacity> retrospective) {
        List<RuleView> rules = decision.outcomes().stream()
                .map(o -> new RuleView(o.ruleId(), RuleSet.standard().find(o.ruleId()).map(Rule::title).orElse(o.ruleId()),
                        o.effect(), o.reason(), o.source(), o.reviewer()))
                .toList();
        DecisionView decisionView = new DecisionView(decision.kind(), label(decision), row.reviewer(), row.emergency(),
                new ProtocolRef(row.protocolId(), row.protocolHash()), rules);
        List<ObligationView> obligations = owed.stream()
                .map(o -> new ObligationView(o.obligation(), o.obligation().label(), o.kind(), o.status(), o.metBy(),
                        o.metAt(), o.note()))
                .toList();
        List<ReviewView> reviews = reviewRows.stream()
                .map(r -> new ReviewView(r.kind(), r.capacity(), r.reviewedBy(), r.reviewedAt(), r.verdict(), r.reasons()))
                .toList();
        DisclosureView disclosure = disclosed == null ? null : new DisclosureView(disclosed.disclosedBy(),
                disclosed.disclosedAt(), disclosed.lawfulBasis(), disclosed.dataCategories(), disclosed.retentionReviewOn());
        return new RequestView(row.id(), row.caseId(), row.caseReference(), row.personId(), row.requestedBy(),
                row.requestedAt(), row.recipient(), row.recipientName(), row.purpose(), facts.stage(),
                facts.dataCategories(), facts.lawfulBasis(), facts.consent(), facts.justification(),
                facts.suspectedOfNonImmigrationOffence(), facts.suspicion().isEmpty() ? null : facts.suspicion(),
                facts.threatToLife(),
                new FromRecords(facts.role(), facts.child(), facts.crimeTypes(), facts.statusBasis(),
                        facts.evidence().isEmpty() ? null : facts.evidence()),
                decisionView, row.status(), row.immigrationEnforcement(), obligations, reviews, prior, retrospective,
                disclosure);
    }

    /** What the given user may do with the request now, for the page. */
    record Allowed(Set<Capacity> review, Set<Capacity> reviewAfterEmergency) {
    }

    Allowed allowed(RequestRow row, SafeShareUser viewer) {
        return new Allowed(reviewing.reviewable(viewer, row, ReviewKind.PRIOR),
                reviewing.reviewable(viewer, row, ReviewKind.RETROSPECTIVE));
    }

    static RequestSummary summary(RequestRow row) {
        return new RequestSummary(row.id(), row.caseId(), row.caseReference(), row.personId(), row.requestedBy(),
                row.requestedAt(), row.recipient(), row.purpose(), row.outcome(), row.reviewer(), row.emergency(),
                row.status());
    }

    static String label(Decision decision) {
        return switch (decision) {
            case Decision.Prohibited p -> "Sharing is prohibited";
            case Decision.PermittedWithObligations p when p.emergency() -> "Permitted at once in an emergency";
            case Decision.PermittedWithObligations p -> "Permitted with obligations";
            case Decision.ReferForReview r -> "Referred for review by " + r.reviewer().label().toLowerCase(java.util.Locale.ROOT);
        };
    }
}
