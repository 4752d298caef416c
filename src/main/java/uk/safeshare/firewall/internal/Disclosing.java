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
 * Recording a disclosure once its obligations are met (the request model says whether it may be
 * recorded at all), and recording obligations met by hand.
 */
@Service
class Disclosing {

    private final SharingRepository repository;
    private final ProtocolStore protocols;
    private final Cases cases;
    private final Identity identity;
    private final CommandValidator validator;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final SharingViews views;
    private final Reviewing reviewing;
    private final SharingRequests requests;

    private final uk.safeshare.rights.ProcessingRestrictions restrictions;

    Disclosing(SharingRepository repository, ProtocolStore protocols, Cases cases, Identity identity,
                    CommandValidator validator, ApplicationEventPublisher events, Clock clock, SharingViews views,
                    Reviewing reviewing, SharingRequests requests, uk.safeshare.rights.ProcessingRestrictions restrictions) {
        this.restrictions = restrictions;
        this.reviewing = reviewing;
        this.repository = repository;
        this.protocols = protocols;
        this.cases = cases;
        this.identity = identity;
        this.validator = validator;
        this.events = events;
        this.clock = clock;
        this.views = views;
        this.requests = requests;
    }

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
        if (restrictions.isRestricted(row.personId())) {
            // Permitted before the restriction, but nothing is shared while it is in force (DPA 2018 s.47(2)).
            throw new uk.safeshare.shared.ConflictException("This person's record is restricted: nothing about them is shared until the restriction is lifted.");
        }
        if (new RequestState(row.status()).mayDisclose() instanceof RequestState.Rejected(String reason)) {
            throw new ConflictException(reason);
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
        LocalDate reviewOn = LocalDate.ofInstant(now, SharingRequests.UK).plusDays(retentionDays);
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
        if (row.purpose() == Purpose.SUPPORT_REFERRAL && facts.consent() != uk.safeshare.firewall.protocol.Consent.GIVEN) {
            // A support referral without consent: the referral is made now, in this transaction, by whoever
            // keeps referrals; if it cannot be made, they refuse and this disclosure is not recorded either.
            events.publishEvent(new DisclosedForReferral(row.id(), row.caseId(), row.personId(), row.organisationId(),
                    row.recipientName(), facts.justification(),
                    command.dataCategories().stream().map(Enum::name).collect(Collectors.toSet())));
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
        if (!SharingRequests.MET_BY_HAND.contains(obligation)) {
            throw new InvalidRequestException("obligation", "'" + obligation.label() + "' is met by recording the"
                    + " disclosure or by the reviews, not on its own");
        }
        if (!owes(row, obligation)) {
            throw new ConflictException("'" + obligation.label() + "' is not owed on this request.");
        }
        if (obligation == Obligation.TELL_PERSON_WHAT_AND_WHY
                && new RequestState(row.status()).mayTellPerson() instanceof RequestState.Rejected(String reason)) {
            throw new ConflictException(reason);
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
