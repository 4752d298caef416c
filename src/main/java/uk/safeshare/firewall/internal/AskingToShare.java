package uk.safeshare.firewall.internal;

import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import uk.safeshare.cases.CaseLookup;
import uk.safeshare.cases.CaseViews.PersonInCase;
import uk.safeshare.cases.CaseViews.PersonView;
import uk.safeshare.cases.Cases;
import uk.safeshare.firewall.ImmigrationEnforcementRequestDecided;
import uk.safeshare.firewall.SharingRequestProhibited;
import uk.safeshare.firewall.ProtocolReading;
import uk.safeshare.firewall.internal.Sharing.Status;
import uk.safeshare.firewall.internal.SharingCommands.RequestToShare;
import uk.safeshare.firewall.internal.SharingRepository.Profile;
import uk.safeshare.firewall.internal.SharingRepository.RequestRow;
import uk.safeshare.firewall.internal.SharingRepository.Sealed;
import uk.safeshare.firewall.protocol.Decision;
import uk.safeshare.firewall.protocol.ProtocolEngine;
import uk.safeshare.firewall.protocol.Purpose;
import uk.safeshare.firewall.protocol.SharingFacts;
import uk.safeshare.identity.Identity;
import uk.safeshare.identity.Role;
import uk.safeshare.identity.SafeShareUser;
import uk.safeshare.shared.ForbiddenException;
import uk.safeshare.shared.InvalidRequestException;
import uk.safeshare.shared.NotFoundException;
import uk.safeshare.shared.audit.AuditAction;
import uk.safeshare.shared.audit.DataProcessed;
import uk.safeshare.shared.validation.CommandValidator;

/**
 * Asking to share: the request is recorded and decided at once under the protocol in force, on
 * facts SafeShare holds. The person's role, age and status come from the case records; the
 * recipient's category from the register ({@link Recipients}), never from what the requester types.
 */
@Service
class AskingToShare {

    private final SharingRepository repository;
    private final ProtocolStore protocols;
    private final Cases cases;
    private final Identity identity;
    private final CommandValidator validator;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final Recipients recipients;
    private final SharingViews views;
    /**
     * The adoption module's reading check (empty where that module is absent), resolved on first use: asking the bean
     * factory on every request costs more than the check itself, and the bean does not change.
     */
    private final org.springframework.util.function.SingletonSupplier<java.util.Optional<ProtocolReading>> reading;

    private final uk.safeshare.rights.ProcessingRestrictions restrictions;

    AskingToShare(SharingRepository repository, ProtocolStore protocols, Cases cases, Identity identity,
                  CommandValidator validator, ApplicationEventPublisher events, Clock clock, Recipients recipients,
                  SharingViews views, org.springframework.beans.factory.ObjectProvider<ProtocolReading> reading,
                  uk.safeshare.rights.ProcessingRestrictions restrictions) {
        this.views = views;
        this.reading = org.springframework.util.function.SingletonSupplier.of(() -> java.util.Optional.ofNullable(reading.getIfAvailable()));
        this.restrictions = restrictions;
        this.repository = repository;
        this.protocols = protocols;
        this.cases = cases;
        this.identity = identity;
        this.validator = validator;
        this.events = events;
        this.clock = clock;
        this.recipients = recipients;
    }

    /** Records a request to share and decides it at once under the protocol in force. Returns the request's id. */
    @Transactional(noRollbackFor = ForbiddenException.class)
    public UUID request(RequestToShare command) {
        return decide(command).row().id();
    }

    /**
     * As {@link #request}, and the request as the API answers it, in the same transaction: the answer is
     * built from what was just decided and stored, not read back in a second transaction, and the
     * collection's audit entry covers it (the requester sees only what they have just recorded).
     */
    @Transactional(noRollbackFor = ForbiddenException.class)
    public Sharing.RequestView requestAndShow(RequestToShare command) {
        Decided decided = decide(command);
        return views.ofNew(decided.row(), decided.facts(), decided.decision());
    }

    private record Decided(RequestRow row, SharingFacts facts, Decision decision) {
    }

    private Decided decide(RequestToShare command) {
        SafeShareUser user = identity.current();
        if (!user.hasAny(Role.OFFICER, Role.CASEWORKER)) {
            throw new ForbiddenException("Only officers and caseworkers ask to share information about a person.");
        }
        check(command);
        PersonInCase found = switch (cases.personInCase(command.caseId(), command.personId())) {
            case CaseLookup.Found<PersonInCase> f -> f.value();
            case CaseLookup.NeedsBreakGlass<PersonInCase> g -> // never the case reference: a refusal tells nothing of another team's case
                    throw new ForbiddenException("That case belongs to another team. Open it from its case page and give a break-glass reason first.");
            case CaseLookup.Missing<PersonInCase> m -> throw new NotFoundException(
                    "There is no person " + command.personId() + " on case " + command.caseId() + ".");
        };
        Recipients.Resolved recipient = recipients.resolve(command.organisationId(), command.recipientName());
        PersonView person = found.person();
        Instant now = clock.instant();
        SharingFacts facts = new SharingFacts(person.role(), SharingRequests.isChild(person.dateOfBirth(), now) || found.knownChild(),
                found.crimeTypes(), recipient.category(), command.purpose(), command.pathwayStage(), person.statusBasis(),
                person.statusEvidence(), Boolean.TRUE.equals(command.suspectedOfOtherOffence()), command.suspicion(),
                command.consent(), command.dataCategories(), command.lawfulBasis(), command.justification(),
                Boolean.TRUE.equals(command.threatToLife()), false, false)
                .withProcessingRestricted(restrictions.isRestricted(person.id()));
        ProtocolEngine engine = protocols.current();
        ProtocolReading.Standing standing = readingOf(user.username(), engine.protocol().id());
        if (standing == ProtocolReading.Standing.UNREAD_BLOCKED) {
            throw new ForbiddenException("Read the safeguarding protocol in force (version " + engine.protocol().id()
                    + ") and record that you have read it, at /protocol-reading, before you ask to share.");
        }
        Decision decision = engine.decide(facts);
        // Counted for monitoring whenever the recipient is, or screens as, immigration enforcement, whether or
        // not this protocol version lists its category among those it treats as immigration enforcement.
        boolean immigration = engine.protocol().settings().isImmigrationEnforcement(recipient.category())
                || recipient.immigrationEnforcement() || command.purpose() == Purpose.IMMIGRATION_STATUS_CHECK;
        Profile profile = new Profile(person.ethnicitySelfDefined(), person.ethnicityObserved(), person.nationality());
        StoredForm.StoredDecision stored = StoredForm.StoredDecision.of(decision);
        RequestRow row = new RequestRow(UUID.randomUUID(), found.person().caseId(), person.id(), found.teamId(),
                found.caseReference(), user.username(), now, recipient.category(), recipient.name(),
                command.purpose(), immigration, repository.seal(new Sealed(StoredForm.Facts.of(facts), profile)),
                decision.kind(), stored.reviewer(), stored.emergency(), repository.seal(stored),
                decision.protocol().id(), decision.protocol().contentHash(), Status.after(decision), now,
                recipient.organisationId(), recipient.screened());
        repository.insert(row);
        repository.insertObligations(row.id(), decision.obligations());
        if (standing == ProtocolReading.Standing.UNREAD) {
            reading.obtain().orElseThrow().noteUnreadRequest(row.id(), user.username(), row.protocolId());
        }
        if (immigration) {
            events.publishEvent(monitoring(row, facts, profile, switch (decision) {
                case Decision.Prohibited p -> ImmigrationEnforcementRequestDecided.Outcome.PROHIBITED;
                case Decision.ReferForReview r -> ImmigrationEnforcementRequestDecided.Outcome.REFERRED_FOR_REVIEW;
                case Decision.PermittedWithObligations p -> ImmigrationEnforcementRequestDecided.Outcome.PERMITTED;
            }, now));
        }
        if (decision instanceof Decision.Prohibited) {
            events.publishEvent(new SharingRequestProhibited(row.id(), row.caseId(), row.personId(), row.teamId(), person.role(), now));
        }
        events.publishEvent(DataProcessed.of(AuditAction.COLLECTION, user.username(), row.caseId(),
                        "asked to share information about a person on case " + row.caseReference() + " with "
                                + SharingRequests.recipient(row) + (recipient.screened() ? " (not in the register; the name"
                                + " screens as " + recipient.screenedAs() + ")" : "") + " (" + command.purpose().name()
                                + "); decision: " + decision.kind().label() + (stored.emergency() ? " in an emergency" : "")
                                + " under protocol " + decision.protocol())
                .aboutPeople(List.of(row.personId())));
        return new Decided(row, facts, decision);
    }

    private ProtocolReading.Standing readingOf(String username, String protocolId) {
        return reading.obtain().map(r -> r.standing(username, protocolId)).orElse(ProtocolReading.Standing.READ);
    }

    private void check(RequestToShare command) {
        validator.validate(command);
        Map<String, String> errors = new LinkedHashMap<>();
        if (command.organisationId() == null && command.recipientName() == null) {
            errors.put("organisationId", "Select the organisation from the register, or name it if it is not in the register");
        }
        if (command.organisationId() != null && command.recipientName() != null) {
            errors.put("recipientName", "Name an organisation only when it is not in the register");
        }
        if (command.purpose() == Purpose.SUPPORT_REFERRAL && command.organisationId() == null && command.recipientName() != null) {
            errors.put("organisationId", "A support referral is made to an organisation in the register: select it there,"
                    + " or ask a caseworker to add it to the directory first");
        }
        if (Boolean.TRUE.equals(command.suspectedOfOtherOffence()) && command.suspicion() == null) {
            errors.put("suspicion", "Describe what the person is suspected of, so that the reviewer can weigh it");
        }
        if (!Boolean.TRUE.equals(command.suspectedOfOtherOffence()) && command.suspicion() != null) {
            errors.put("suspicion", "Only describe a suspicion when the person is suspected of an offence");
        }
        if (!errors.isEmpty()) {
            throw new InvalidRequestException(String.join("; ", errors.values()), errors);
        }
    }

    static ImmigrationEnforcementRequestDecided monitoring(RequestRow row, SharingFacts facts, Profile profile,
                                                           ImmigrationEnforcementRequestDecided.Outcome outcome, Instant at) {
        return new ImmigrationEnforcementRequestDecided(row.id(), row.personId(), at, outcome, row.recipient().name(),
                row.purpose().name(), facts.role(), facts.child(), facts.crimeTypes(), facts.statusBasis(),
                profile.ethnicitySelfDefined(), profile.ethnicityObserved(), profile.nationality(), row.emergency(),
                row.protocolId(), row.protocolHash());
    }
}
