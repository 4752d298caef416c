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
import uk.safeshare.firewall.internal.SharingRepository.RequestRow;
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
        SharingRepository.Sealed sealed = repository.open(row);
        SharingFacts facts = sealed.facts().toFacts();
        Decision decision = repository.decision(row);
        List<RuleView> rules = decision.outcomes().stream()
                .map(o -> new RuleView(o.ruleId(), RuleSet.standard().find(o.ruleId()).map(Rule::title).orElse(o.ruleId()),
                        o.effect(), o.reason(), o.source(), o.reviewer()))
                .toList();
        DecisionView decisionView = new DecisionView(decision.kind(), label(decision), row.reviewer(), row.emergency(),
                new ProtocolRef(row.protocolId(), row.protocolHash()), rules);
        List<ObligationView> obligations = repository.obligations(row.id()).stream()
                .map(o -> new ObligationView(o.obligation(), o.obligation().label(), o.kind(), o.status(), o.metBy(),
                        o.metAt(), o.note()))
                .toList();
        List<ReviewView> reviews = repository.reviews(row.id()).stream()
                .map(r -> new ReviewView(r.kind(), r.capacity(), r.reviewedBy(), r.reviewedAt(), r.verdict(), r.reasons()))
                .toList();
        DisclosureView disclosure = repository.disclosure(row.id())
                .map(d -> new DisclosureView(d.disclosedBy(), d.disclosedAt(), d.lawfulBasis(), d.dataCategories(),
                        d.retentionReviewOn()))
                .orElse(null);
        Set<Capacity> prior = reviewing.outstanding(row, ReviewKind.PRIOR);
        Set<Capacity> retrospective = reviewing.outstanding(row, ReviewKind.RETROSPECTIVE);
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
