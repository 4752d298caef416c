package uk.safeshare.marac.internal;

import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import uk.safeshare.cases.CaseLookup;
import uk.safeshare.cases.CaseViews.PersonOnCase;
import uk.safeshare.cases.CaseViews.VictimIncident;
import uk.safeshare.cases.Cases;
import uk.safeshare.identity.Identity;
import uk.safeshare.identity.Role;
import uk.safeshare.identity.SafeShareUser;
import uk.safeshare.marac.MaracCriteria;
import uk.safeshare.marac.MaracViews.ReferralStatus;
import uk.safeshare.marac.MaracViews.ReferralSummary;
import uk.safeshare.marac.ReferralCriterion;
import uk.safeshare.risk.MaracCriteriaRecorder;
import uk.safeshare.risk.RiskAssessmentCompleted;
import uk.safeshare.risk.RiskGrade;
import uk.safeshare.shared.ForbiddenException;
import uk.safeshare.shared.audit.AuditAction;
import uk.safeshare.shared.audit.DataProcessed;
import uk.safeshare.shared.crypto.SensitiveText;

/**
 * MARAC referrals. Made automatically when a risk assessment is completed and meets a criterion
 * (high risk on the checklist or on professional judgement, potential escalation, repeat), in the
 * same transaction as the assessment; listed for the MARAC coordinator as "referral due".
 */
@Service
public class MaracReferrals {

    private final MaracReferralRepository referrals;
    private final Cases cases;
    private final JdbcClient jdbc;
    private final ApplicationEventPublisher events;
    private final Identity identity;
    private final Clock clock;
    private final MaracCriteriaRecorder criteriaRecorder;

    MaracReferrals(MaracReferralRepository referrals, Cases cases, JdbcClient jdbc, ApplicationEventPublisher events,
              Identity identity, Clock clock, MaracCriteriaRecorder criteriaRecorder) {
        this.criteriaRecorder = criteriaRecorder;
        this.referrals = referrals;
        this.cases = cases;
        this.jdbc = jdbc;
        this.events = events;
        this.identity = identity;
        this.clock = clock;
    }

    @EventListener
    @Transactional(propagation = Propagation.MANDATORY)
    public void on(RiskAssessmentCompleted completed) {
        if (!(cases.personOnCase(completed.caseId(), completed.personId()) instanceof CaseLookup.Found<PersonOnCase> found)
                || !(cases.domesticAbuseIncidentsOf(completed.caseId(), completed.personId())
                        instanceof CaseLookup.Found<List<VictimIncident>> matched)) {
            return; // the assessor has just been through need-to-know for this person; nothing else reaches here
        }
        PersonOnCase person = found.value();
        Instant incidentAt = person.occurredAt();
        Set<UUID> samePerson = new HashSet<>();
        samePerson.add(person.personId());
        matched.value().forEach(i -> samePerson.add(i.personId()));
        Set<ReferralCriterion> criteria = MaracCriteria.criteria(completed.grade() == RiskGrade.HIGH,
                completed.raisedByJudgement(), matched.value().stream().map(VictimIncident::occurredAt).toList(), incidentAt,
                lastReferralOf(samePerson));
        // The assessment's result names every criterion met, whether or not a referral is made now.
        criteriaRecorder.recordMaracCriteria(completed.assessmentId(), criteria.stream()
                .map(c -> c.label() + " (" + c.description() + ")").toList());
        if (criteria.isEmpty() || referrals.countOpenFor(person.personId()) > 0) {
            return;
        }
        ReferralCriterion criterion = criteria.iterator().next();
        RiskSummary summary = new RiskSummary(completed.grade(), completed.checklistGrade(), completed.yesCount(),
                completed.raisedByJudgement(), completed.concern(), completed.immigrationFactorsPresent());
        ReferralRecord saved = referrals.save(new ReferralRecord(UUID.randomUUID(), person.caseId(), person.personId(),
                completed.assessmentId(), person.caseReference(), SensitiveText.of(person.fullName()), criterion,
                criteria.stream().map(Enum::name).collect(Collectors.joining(",")), criteria.contains(ReferralCriterion.REPEAT),
                summary.seal(), incidentAt, ReferralStatus.DUE, null, completed.completedBy(), clock.instant(),
                person.ethnicitySelfDefined() == null ? null : SensitiveText.of(person.ethnicitySelfDefined().name()), null));
        events.publishEvent(DataProcessed.of(AuditAction.COLLECTION, completed.completedBy(), person.caseId(),
                        "referred a victim on case " + person.caseReference() + " to MARAC (" + criterion.label().toLowerCase()
                                + (saved.repeatReferral() ? ", repeat" : "") + ")")
                .aboutPeople(List.of(person.personId())));
    }

    /** The coordinator's queue: referrals not yet on an agenda, oldest first. Audited as a consultation. */
    @Transactional
    public List<ReferralSummary> due() {
        return list(ReferralStatus.DUE);
    }

    @Transactional
    public List<ReferralSummary> list(ReferralStatus status) {
        SafeShareUser user = requireCoordinator();
        List<ReferralSummary> list = referrals.findByStatus(status.name()).stream().map(MaracReferrals::summary).toList();
        events.publishEvent(DataProcessed.of(AuditAction.CONSULTATION, user.username(), null,
                        "listed MARAC referrals with status " + status.name() + " (" + list.size() + ")")
                .aboutPeople(list.stream().map(ReferralSummary::personId).distinct().toList()));
        return list;
    }

    private Optional<Instant> lastReferralOf(Set<UUID> personIds) {
        return jdbc.sql("SELECT MAX(referred_at) FROM marac_referral WHERE person_id IN (:ids)")
                .param("ids", personIds)
                .query((rs, n) -> rs.getObject(1, OffsetDateTime.class)).list().stream()
                .filter(java.util.Objects::nonNull).findFirst().map(OffsetDateTime::toInstant);
    }

    SafeShareUser requireCoordinator() {
        SafeShareUser user = identity.current();
        if (!user.has(Role.MARAC_COORDINATOR)) {
            throw new ForbiddenException("Only the MARAC coordinator manages MARAC referrals and meetings.");
        }
        return user;
    }

    static ReferralSummary summary(ReferralRecord r) {
        return new ReferralSummary(r.id(), r.caseId(), r.personId(), r.caseReference(), SensitiveText.valueOf(r.personName()),
                r.criterion(), criteria(r), r.repeatReferral(), r.status(), r.meetingId(), r.referredBy(), r.referredAt());
    }

    static List<ReferralCriterion> criteria(ReferralRecord r) {
        return Arrays.stream(r.criteria().split(",")).filter(s -> !s.isBlank()).map(ReferralCriterion::valueOf).toList();
    }
}
