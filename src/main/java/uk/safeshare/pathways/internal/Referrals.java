package uk.safeshare.pathways.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.json.JsonMapper;
import uk.safeshare.cases.CaseLookup;
import uk.safeshare.cases.CaseViews.CaseView;
import uk.safeshare.cases.CaseViews.PersonView;
import uk.safeshare.cases.Cases;
import uk.safeshare.cases.CrimeType;
import uk.safeshare.cases.PersonRole;
import uk.safeshare.cases.Vulnerability;
import uk.safeshare.identity.Identity;
import uk.safeshare.identity.SafeShareUser;
import uk.safeshare.pathways.ReferralCommands.Basis;
import uk.safeshare.pathways.ReferralCommands.MakeReferral;
import uk.safeshare.pathways.ReferralCommands.ReferralView;
import uk.safeshare.pathways.ReferralCommands.SharedField;
import uk.safeshare.pathways.ReferralCommands.Status;
import uk.safeshare.pathways.Specialism;
import uk.safeshare.shared.ForbiddenException;
import uk.safeshare.shared.ConflictException;
import uk.safeshare.shared.InvalidRequestException;
import uk.safeshare.shared.IsoCodes;
import uk.safeshare.shared.NotFoundException;
import uk.safeshare.shared.audit.AuditAction;
import uk.safeshare.shared.audit.DataProcessed;
import uk.safeshare.shared.crypto.SensitiveText;
import uk.safeshare.shared.validation.CommandValidator;

/**
 * Police referring a victim or witness to a specialist organisation with their consent. The
 * referral carries a copy of only the consented fields; sending it is a disclosure, audited with
 * its recipient.
 */
@Service
public class Referrals {

    static final Duration RESPONSE_TIME = Duration.ofDays(3);

    private final ReferralRepository referrals;
    private final SupportServiceRepository services;
    private final ReferralNotes notes;
    private final Cases cases;
    private final CommandValidator validator;
    private final ApplicationEventPublisher events;
    private final Identity identity;
    private final JsonMapper json;
    private final Clock clock;

    Referrals(ReferralRepository referrals, SupportServiceRepository services, ReferralNotes notes, Cases cases,
              CommandValidator validator, ApplicationEventPublisher events, Identity identity, JsonMapper json, Clock clock) {
        this.referrals = referrals;
        this.services = services;
        this.notes = notes;
        this.cases = cases;
        this.validator = validator;
        this.events = events;
        this.identity = identity;
        this.json = json;
        this.clock = clock;
    }

    @Transactional
    public UUID refer(UUID caseId, UUID personId, MakeReferral command) {
        SafeShareUser user = identity.current();
        validator.validate(command);
        checkConsent(command);
        PersonView person = found(cases.person(caseId, personId));
        CaseView caseFile = found(cases.caseFile(caseId));
        if (person.role() == PersonRole.SUSPECT) {
            throw new InvalidRequestException("personId", "Referrals are for victims and witnesses, not suspects");
        }
        SupportServiceRow service = services.findById(command.supportServiceId())
                .orElseThrow(() -> new InvalidRequestException("supportServiceId", "Choose an organisation from the directory"));
        if (!service.active()) {
            throw new InvalidRequestException("supportServiceId", service.name() + " is not taking referrals (inactive in the directory)");
        }
        Set<Specialism> uncovered = command.needs().stream().filter(n -> !service.view().covers(n)).collect(Collectors.toSet());
        if (!uncovered.isEmpty()) {
            throw new InvalidRequestException("needs", service.name() + " does not offer "
                    + uncovered.stream().map(Specialism::label).sorted().collect(Collectors.joining(", ")));
        }
        Instant now = clock.instant();
        String reference = "REF-" + now.atZone(ZoneOffset.UTC).getYear() + "-" + String.format("%06d", referrals.nextReferenceNumber());
        Map<String, String> shared = sharedDetails(command.sharedFields(), person, caseFile);
        ReferralRow saved = referrals.save(new ReferralRow(UUID.randomUUID(), reference, caseId, personId, service.id(),
                service.organisationId(), SensitiveText.of(ReferralRow.join(command.needs())), Status.SENT, command.basis(),
                command.consentGivenBy().trim(), command.consentGivenAt(), command.consentMethod(),
                ReferralRow.join(command.sharedFields()), null, command.intermediary(),
                SensitiveText.of(json.writeValueAsString(shared)), null, null, now.plus(RESPONSE_TIME), user.username(), now, now,
                null));
        notes.add(saved.id(), user.username(), Status.SENT, null, now);
        events.publishEvent(new uk.safeshare.pathways.ReferralSent(saved.id(), reference, service.organisationId(), service.name(),
                service.id()));
        events.publishEvent(new DataProcessed(AuditAction.DISCLOSURE, user.username(), caseId, List.of(personId),
                "with consent given by " + command.consentGivenBy().trim() + " (" + command.consentMethod().label().toLowerCase() + ")",
                service.name(), "referral " + reference + " shared " + String.join(", ", shared.keySet())));
        return saved.id();
    }

    /**
     * The referral a disclosure without consent stands for: made only by the firewall, after the
     * protocol (and any review) permitted it. The partner receives the fields matching the data
     * categories that were disclosed, and the justification is kept with the referral.
     */
    @Transactional
    public String referWithoutConsent(UUID caseId, UUID personId, UUID organisationId, String organisationName,
                                      String justification, Set<String> sharedCategories, UUID sharingRequestId) {
        SafeShareUser user = identity.current();
        // By register id (the directory entry has the same id); a request made before the register has only
        // the name it was recorded with, compared as the screening compares names.
        var service = organisationId != null ? services.findById(organisationId)
                : services.findAllOrdered().stream().filter(s -> !uk.safeshare.register.NameScreening.normalise(organisationName).isEmpty()
                        && uk.safeshare.register.NameScreening.normalise(s.name())
                        .equals(uk.safeshare.register.NameScreening.normalise(organisationName))).findFirst();
        if (service.isEmpty()) {
            throw new ConflictException((organisationName == null ? "The organisation" : organisationName) + " is not in the directory"
                    + " of specialist organisations, so no referral can be made to it: the disclosure is not recorded.");
        }
        if (!service.get().active()) {
            throw new ConflictException(service.get().name() + " is not taking referrals, so no referral can be made to it:"
                    + " the disclosure is not recorded.");
        }
        PersonView person = found(cases.person(caseId, personId));
        CaseView caseFile = found(cases.caseFile(caseId));
        Set<SharedField> fields = fieldsFor(sharedCategories);
        Instant now = clock.instant();
        String reference = "REF-" + now.atZone(ZoneOffset.UTC).getYear() + "-" + String.format("%06d", referrals.nextReferenceNumber());
        SupportServiceRow s = service.get();
        ReferralRow saved = referrals.save(new ReferralRow(UUID.randomUUID(), reference, caseId, personId, s.id(), s.organisationId(),
                SensitiveText.of(ReferralRow.join(s.view().specialisms())), Status.SENT, Basis.OVERRIDE, null, null, null,
                ReferralRow.join(fields), SensitiveText.of(justification + " (sharing request " + sharingRequestId + ")"), false,
                SensitiveText.of(json.writeValueAsString(sharedDetails(fields, person, caseFile))), null, null,
                now.plus(RESPONSE_TIME), user.username(), now, now, null));
        notes.add(saved.id(), user.username(), Status.SENT, "Made without the person's consent, as permitted by the safeguarding protocol", now);
        events.publishEvent(new uk.safeshare.pathways.ReferralSent(saved.id(), reference, s.organisationId(), s.name(), s.id()));
        return reference;
    }

    /** The referral fields that the firewall's data categories cover. */
    static Set<SharedField> fieldsFor(Set<String> categories) {
        Set<SharedField> fields = java.util.EnumSet.noneOf(SharedField.class);
        for (String category : categories) {
            switch (category) {
                case "IDENTITY" -> { fields.add(SharedField.NAME); fields.add(SharedField.DATE_OF_BIRTH); }
                case "CONTACT_DETAILS" -> fields.add(SharedField.SAFE_CONTACT);
                case "NATIONALITY" -> fields.add(SharedField.NATIONALITY);
                case "IMMIGRATION_STATUS" -> fields.add(SharedField.IMMIGRATION_STATUS);
                case "VULNERABILITY", "HEALTH" -> fields.add(SharedField.VULNERABILITIES);
                case "OFFENCE_DETAILS" -> fields.add(SharedField.CASE_SUMMARY);
                default -> { }
            }
        }
        return fields;
    }

    @Transactional
    public List<ReferralView> forPerson(UUID caseId, UUID personId) {
        found(cases.person(caseId, personId));
        Instant now = clock.instant();
        return referrals.findByPersonId(personId).stream().map(r -> view(r, now)).toList();
    }

    @Transactional
    public ReferralView get(UUID caseId, UUID personId, UUID referralId) {
        found(cases.person(caseId, personId));
        ReferralRow row = referrals.findById(referralId).filter(r -> r.personId().equals(personId))
                .orElseThrow(() -> new NotFoundException("No referral " + referralId));
        return view(row, clock.instant());
    }

    private ReferralView view(ReferralRow r, Instant now) {
        String serviceName = services.findById(r.supportServiceId()).map(SupportServiceRow::name).orElse("");
        return new ReferralView(r.id(), r.reference(), r.caseId(), r.personId(), r.supportServiceId(), serviceName, r.needSet(),
                r.status(), r.basis(), r.consentGivenBy(), r.consentGivenAt(), r.consentMethod(), r.sharedFieldSet(),
                SensitiveText.valueOf(r.overrideJustification()), r.intermediary(), r.declineReason(),
                SensitiveText.valueOf(r.outcome()), r.respondBy(), r.overdueAt(now), r.createdBy(), r.createdAt(), r.updatedAt(),
                notes.of(r.id()));
    }

    /** Consent must be complete and consistent; an override is a firewall decision, not a form field. */
    private static void checkConsent(MakeReferral c) {
        Map<String, String> errors = consentProblems(c);
        if (!errors.isEmpty()) {
            throw new InvalidRequestException(String.join("; ", errors.values()), errors);
        }
    }

    static Map<String, String> consentProblems(MakeReferral c) {
        Map<String, String> errors = new LinkedHashMap<>();
        if (c.basis() == Basis.OVERRIDE) {
            errors.put("basis", "A referral without consent is a sharing request: ask to share information with the organisation "
                    + "for a support referral from the person's page, so the safeguarding protocol decides it");
        } else {
            if (c.consentGivenBy() == null || c.consentGivenBy().isBlank()) {
                errors.put("consentGivenBy", "Enter who gave consent");
            }
            if (c.consentGivenAt() == null) {
                errors.put("consentGivenAt", "Enter when consent was given");
            }
            if (c.consentMethod() == null) {
                errors.put("consentMethod", "Select how consent was given");
            }
            if (c.sharedFields().isEmpty()) {
                errors.put("sharedFields", "Select what the person agreed may be shared");
            }
            if (c.overrideJustification() != null && !c.overrideJustification().isBlank()) {
                errors.put("overrideJustification", "A referral made with consent has no override justification: the two contradict each other");
            }
        }
        return errors;
    }

    /** Exactly the consented fields, as the partner will read them. */
    static Map<String, String> sharedDetails(Set<SharedField> fields, PersonView p, CaseView c) {
        Map<String, String> out = new LinkedHashMap<>();
        for (SharedField field : SharedField.values()) {
            if (!fields.contains(field)) {
                continue;
            }
            switch (field) {
                case NAME -> out.put(field.label(), p.fullName());
                case DATE_OF_BIRTH -> out.put(field.label(), p.dateOfBirth() == null ? "Not known" : p.dateOfBirth().toString());
                case SAFE_CONTACT -> out.put(field.label(), p.safeContactMethod().label()
                        + (p.safeContactDetails() == null ? "" : ": " + p.safeContactDetails()));
                case LANGUAGE -> out.put(field.label(), (p.language() == null ? "Not known" : IsoCodes.languageName(p.language()))
                        + (p.interpreterNeeded() ? ", interpreter needed" : ""));
                case NATIONALITY -> out.put(field.label(), p.nationality() == null ? "Not known" : IsoCodes.countryName(p.nationality()));
                case IMMIGRATION_STATUS -> out.put(field.label(), p.statusBasis().label());
                case VULNERABILITIES -> out.put(field.label(), p.vulnerabilities().isEmpty() ? "None recorded"
                        : p.vulnerabilities().stream().map(Vulnerability::label).sorted().collect(Collectors.joining(", ")));
                case CASE_SUMMARY -> out.put(field.label(), c.crimeTypes().stream().map(CrimeType::label).collect(Collectors.joining(", "))
                        + " in " + c.area() + ". " + c.summary());
            }
        }
        return out;
    }

    private static <T> T found(CaseLookup<T> lookup) {
        return switch (lookup) {
            case CaseLookup.Found<T> f -> f.value();
            case CaseLookup.NeedsBreakGlass<T> g -> throw new ForbiddenException("Case " + g.reference()
                    + " belongs to another team. Give a break-glass reason to open it first.");
            case CaseLookup.Missing<T> m -> throw new NotFoundException("No such case or person");
        };
    }
}
