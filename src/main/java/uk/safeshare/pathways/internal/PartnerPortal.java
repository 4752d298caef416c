package uk.safeshare.pathways.internal;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;
import uk.safeshare.identity.Identity;
import uk.safeshare.identity.Role;
import uk.safeshare.identity.SafeShareUser;
import uk.safeshare.pathways.ReferralCommands.PartnerReferralView;
import uk.safeshare.pathways.ReferralCommands.Status;
import uk.safeshare.pathways.ReferralCommands.UpdateReferral;
import uk.safeshare.shared.ForbiddenException;
import uk.safeshare.shared.InvalidRequestException;
import uk.safeshare.shared.NotFoundException;
import uk.safeshare.shared.audit.AuditAction;
import uk.safeshare.shared.audit.DataProcessed;
import uk.safeshare.shared.crypto.SensitiveText;
import uk.safeshare.shared.validation.CommandValidator;

/**
 * What a partner organisation's staff can do: see the referrals sent to their own organisation
 * (only the consented details) and move them through their lifecycle. Another organisation's
 * referral does not exist for them: 404, and the attempt is audited.
 */
@Service
public class PartnerPortal {

    private static final TypeReference<java.util.LinkedHashMap<String, String>> MAP = new TypeReference<>() {
    };

    private final ReferralRepository referrals;
    private final SupportServiceRepository services;
    private final ReferralNotes notes;
    private final CommandValidator validator;
    private final ApplicationEventPublisher events;
    private final Identity identity;
    private final JsonMapper json;
    private final Clock clock;

    PartnerPortal(ReferralRepository referrals, SupportServiceRepository services, ReferralNotes notes,
                  CommandValidator validator, ApplicationEventPublisher events, Identity identity, JsonMapper json, Clock clock) {
        this.referrals = referrals;
        this.services = services;
        this.notes = notes;
        this.validator = validator;
        this.events = events;
        this.identity = identity;
        this.json = json;
        this.clock = clock;
    }

    @Transactional
    public List<PartnerReferralView> myReferrals() {
        SafeShareUser user = partner();
        Instant now = clock.instant();
        List<ReferralRow> rows = referrals.findByOrganisationId(user.organisationId().value());
        events.publishEvent(DataProcessed.of(AuditAction.CONSULTATION, user.username(), null,
                "partner listed " + rows.size() + " referrals to their organisation"));
        return rows.stream().map(r -> view(r, now, false)).toList();
    }

    // The refusal of someone else's referral is audited, so a NotFoundException must not roll the entry back.
    @Transactional(noRollbackFor = NotFoundException.class)
    public PartnerReferralView referral(UUID id) {
        SafeShareUser user = partner();
        ReferralRow row = own(user, id);
        events.publishEvent(new DataProcessed(AuditAction.CONSULTATION, user.username(), row.caseId(), List.of(row.personId()),
                null, null, "partner viewed referral " + row.reference()));
        return view(row, clock.instant(), true);
    }

    @Transactional(noRollbackFor = NotFoundException.class)
    public PartnerReferralView update(UUID id, UpdateReferral command) {
        SafeShareUser user = partner();
        validator.validate(command);
        ReferralRow row = own(user, id);
        Instant now = clock.instant();
        ReferralRow next = row;
        if (command.status() != null && command.status() != row.status()) {
            checkTransition(row.status(), command);
            next = referrals.save(row.moveTo(command.status(), trim(command.reason()), trim(command.reason()), now));
            events.publishEvent(new uk.safeshare.pathways.ReferralStatusChanged(next.id(), next.reference(),
                    next.supportServiceId(), next.status().name()));
        } else if (command.note() == null || command.note().isBlank()) {
            throw new InvalidRequestException("note", "Choose a new status or write a note");
        } else if (row.status() == Status.CLOSED || row.status() == Status.DECLINED) {
            throw new InvalidRequestException("note", "This referral is " + row.status().label().toLowerCase() + "; notes can no longer be added");
        }
        notes.add(row.id(), user.username(), next.status(), command.note(), now);
        events.publishEvent(new DataProcessed(AuditAction.ALTERATION, user.username(), row.caseId(), List.of(row.personId()),
                null, null, "partner updated referral " + row.reference() + " to " + next.status()));
        return view(next, now, true);
    }

    private static void checkTransition(Status from, UpdateReferral command) {
        Status to = command.status();
        boolean allowed = switch (from) {
            case SENT -> to == Status.ACCEPTED || to == Status.DECLINED;
            case ACCEPTED -> to == Status.IN_PROGRESS || to == Status.CLOSED;
            case IN_PROGRESS -> to == Status.CLOSED;
            case DECLINED, CLOSED -> false;
        };
        if (!allowed) {
            throw new InvalidRequestException("status", "A referral that is " + from.label().toLowerCase()
                    + " cannot be marked " + to.label().toLowerCase());
        }
        if ((to == Status.DECLINED || to == Status.CLOSED) && (command.reason() == null || command.reason().isBlank())) {
            throw new InvalidRequestException("reason", to == Status.DECLINED ? "Give the reason for declining"
                    : "Record the outcome before closing the referral");
        }
    }

    private SafeShareUser partner() {
        SafeShareUser user = identity.current();
        if (!user.has(Role.PARTNER)) {
            throw new ForbiddenException("The partner portal is for partner organisations' staff");
        }
        return user;
    }

    private ReferralRow own(SafeShareUser user, UUID id) {
        ReferralRow row = referrals.findById(id).orElse(null);
        if (row == null || row.organisationId() == null || !row.organisationId().equals(user.organisationId().value())) {
            // Someone else's referral must look exactly like one that does not exist; the attempt is recorded.
            events.publishEvent(DataProcessed.of(AuditAction.ACCESS_DENIED, user.username(), null,
                    "partner asked for referral " + id + " which is not sent to their organisation"));
            throw new NotFoundException("No referral " + id);
        }
        return row;
    }

    private PartnerReferralView view(ReferralRow r, Instant now, boolean withDetails) {
        Map<String, String> details = withDetails ? json.readValue(r.sharedDetails().value(), MAP) : Map.of();
        String serviceName = services.findById(r.supportServiceId()).map(SupportServiceRow::name).orElse("");
        return new PartnerReferralView(r.id(), r.reference(), serviceName, r.needSet(), r.status(), details, r.intermediary(),
                r.declineReason(), SensitiveText.valueOf(r.outcome()), r.createdAt(), r.respondBy(), r.overdueAt(now),
                withDetails ? notes.of(r.id()) : List.of(),
                // The partner's contact at the police: the referrer's name, as staff names are shown to partners elsewhere.
                identity.user(r.createdBy()).map(u -> u.displayName()).orElse(r.createdBy()));
    }

    private static String trim(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }
}
