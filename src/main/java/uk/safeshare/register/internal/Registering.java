package uk.safeshare.register.internal;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import uk.safeshare.identity.Identity;
import uk.safeshare.identity.OrganisationId;
import uk.safeshare.identity.OrganisationKind;
import uk.safeshare.identity.Role;
import uk.safeshare.identity.SafeShareUser;
import uk.safeshare.register.NameScreening;
import uk.safeshare.register.RecipientCategory;
import uk.safeshare.register.Register;
import uk.safeshare.register.RegisterCommands.CategoryChange;
import uk.safeshare.register.RegisterCommands.OrganisationDetails;
import uk.safeshare.register.RegisteredOrganisation;
import uk.safeshare.register.RegisteredOrganisation.SharingAgreement;
import uk.safeshare.shared.ConflictException;
import uk.safeshare.shared.ForbiddenException;
import uk.safeshare.shared.InvalidRequestException;
import uk.safeshare.shared.NotFoundException;
import uk.safeshare.shared.audit.AuditAction;
import uk.safeshare.shared.audit.DataProcessed;
import uk.safeshare.shared.validation.CommandValidator;

/**
 * The register's use cases: read and search it, register and keep an organisation's details
 * (administrators and caseworkers), set its category (the data protection officer only), and the
 * queue of names typed because an organisation was not in the register. Every change is audited.
 */
@Service
class Registering implements Register {

    static final String HOME_OFFICE_ONLY = "This name names immigration enforcement or another part of the Home Office,"
            + " so the organisation can only be in the category IMMIGRATION_ENFORCEMENT or OTHER_HOME_OFFICE";

    private final RegisterStore store;
    private final Identity identity;
    private final CommandValidator validator;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    Registering(RegisterStore store, Identity identity, CommandValidator validator, ApplicationEventPublisher events, Clock clock) {
        this.store = store;
        this.identity = identity;
        this.validator = validator;
        this.events = events;
        this.clock = clock;
    }

    // ---- Reading, for every module ----

    @Override
    @Transactional(readOnly = true)
    public Optional<RegisteredOrganisation> find(UUID id) {
        return id == null ? Optional.empty() : store.find(id);
    }

    @Override
    @Transactional(readOnly = true)
    public List<RegisteredOrganisation> search(String text) {
        return list(text, false);
    }

    @Transactional(readOnly = true)
    public List<RegisteredOrganisation> list(String text, boolean includeInactive) {
        String wanted = NameScreening.normalise(text);
        return store.all().stream()
                .filter(o -> includeInactive || o.active())
                .filter(o -> wanted.isEmpty() || found(o, wanted))
                .toList();
    }

    /** A search finds an organisation by any part of its name or any alias, and by an alias or acronym typed whole. */
    private static boolean found(RegisteredOrganisation o, String wanted) {
        List<String> names = new ArrayList<>(o.aliases());
        names.add(o.name());
        return names.stream().anyMatch(n -> NameScreening.normalise(n).contains(wanted) || NameScreening.matches(wanted, n));
    }

    @Override
    @Transactional(readOnly = true)
    public Screening screen(String typedName) {
        List<String> known = new ArrayList<>(NameScreening.HOME_OFFICE_NAMES);
        known.addAll(store.namesIn(List.copyOf(RecipientCategory.HOME_OFFICE)));
        return NameScreening.firstMatch(typedName, known).map(m -> new Screening(true, m)).orElse(Screening.clear());
    }

    @Override
    @Transactional
    public Screening noteUnregisteredName(String typedName) {
        Screening screening = screen(typedName);
        String normalised = NameScreening.normalise(typedName);
        if (!normalised.isEmpty()) {
            store.noteUnregistered(typedName.strip(), truncate(normalised), screening.immigrationEnforcement()
                    ? RecipientCategory.IMMIGRATION_ENFORCEMENT : RecipientCategory.OTHER, clock.instant());
        }
        return screening;
    }

    // ---- Keeping details: administrators and caseworkers ----

    @Transactional
    public RegisteredOrganisation create(OrganisationDetails details) {
        SafeShareUser user = requireKeeper();
        check(details, null);
        Instant now = clock.instant();
        // A Home Office name is registered as immigration enforcement at once, never as anything else;
        // any other new organisation is OTHER (decided most cautiously) until the DPO sets its category.
        boolean homeOffice = namesHomeOffice(details);
        RegisteredOrganisation o = build(UUID.randomUUID(), details,
                homeOffice ? RecipientCategory.IMMIGRATION_ENFORCEMENT : RecipientCategory.OTHER,
                homeOffice ? "screening" : null, homeOffice ? now : null, 0);
        store.insert(o, now);
        audit(user, "registered the organisation " + o.name() + " (category " + o.category().name()
                + (homeOffice ? ", because its name names the Home Office" : ", until the data protection officer sets it") + ")", null);
        return store.find(o.id()).orElseThrow();
    }

    @Transactional
    public RegisteredOrganisation update(UUID id, OrganisationDetails details) {
        SafeShareUser user = requireKeeper();
        RegisteredOrganisation current = store.lock(id).orElseThrow(() -> new NotFoundException("No organisation " + id));
        check(details, id);
        if (namesHomeOffice(details) && !current.category().isHomeOffice()) {
            throw new InvalidRequestException(details.aliases().stream().anyMatch(NameScreening::namesHomeOffice)
                    ? "aliases" : "name", HOME_OFFICE_ONLY + ". Ask the data protection officer to change the category first.");
        }
        Instant now = clock.instant();
        store.updateDetails(build(id, details, current.category(), current.categorySetBy(), current.categorySetAt(),
                current.version()), now);
        audit(user, "changed the register entry of " + details.name(), null);
        return store.find(id).orElseThrow();
    }

    // ---- The category: the data protection officer only ----

    @Transactional
    public RegisteredOrganisation setCategory(UUID id, CategoryChange change) {
        SafeShareUser user = identity.current();
        if (!user.has(Role.DPO)) {
            throw new ForbiddenException("Only the data protection officer sets an organisation's category.");
        }
        validator.validate(change);
        RegisteredOrganisation current = store.lock(id).orElseThrow(() -> new NotFoundException("No organisation " + id));
        List<String> names = new ArrayList<>(current.aliases());
        names.add(current.name());
        if (!change.category().isHomeOffice() && names.stream().anyMatch(n -> screen(n).immigrationEnforcement())) {
            throw new InvalidRequestException("category", HOME_OFFICE_ONLY);
        }
        if (change.category() == current.category() && current.categorySetBy() != null) {
            throw new ConflictException("The organisation is already in the category " + change.category().name() + ".");
        }
        store.setCategory(id, current.category(), change.category(), change.reason().strip(), user.username(), clock.instant());
        audit(user, "set the category of " + current.name() + " from " + current.category().name() + " to "
                + change.category().name(), change.reason().strip());
        return store.find(id).orElseThrow();
    }

    List<RegisterStore.CategoryChange> history(UUID id) {
        return store.categoryChanges(id);
    }

    // ---- The queue of names to register: the data protection officer ----

    @Transactional(readOnly = true)
    public List<RegisterStore.UnregisteredName> unregisteredNames() {
        requireDpo();
        return store.unregisteredNames();
    }

    @Transactional
    public void resolveUnregisteredName(String normalised) {
        SafeShareUser user = requireDpo();
        if (store.resolveUnregistered(normalised, user.username(), clock.instant()) == 0) {
            throw new NotFoundException("No name '" + normalised + "' is waiting to be registered.");
        }
        audit(user, "took the name '" + normalised + "' off the queue of organisations to register", null);
    }

    // ---- The directory's entries ----

    @Override
    @Transactional
    public RegisteredOrganisation keepDirectoryEntry(UUID id, String name, String contactRoutes, boolean active,
                                                     UUID accountOrganisationId) {
        if (screen(name).immigrationEnforcement()) {
            throw new InvalidRequestException("name", HOME_OFFICE_ONLY + ", and is never a specialist organisation in the directory.");
        }
        Instant now = clock.instant();
        Optional<RegisteredOrganisation> current = store.lock(id);
        store.idByName(name).filter(other -> !other.equals(id)).ifPresent(other -> {
            throw new InvalidRequestException("name", "There is already an organisation called " + name.strip() + " in the register");
        });
        if (current.isEmpty()) {
            store.insert(new RegisteredOrganisation(id, name.strip(), List.of(), RecipientCategory.SPECIALIST_ORGANISATION,
                    "directory", now, active, contactRoutes, null, accountOrganisationId, null, now, 0), now);
        } else {
            RegisteredOrganisation o = current.get();
            store.updateDetails(new RegisteredOrganisation(id, name.strip(), o.aliases(), o.category(), o.categorySetBy(),
                    o.categorySetAt(), active, contactRoutes, o.webhookUrl(), accountOrganisationId, o.agreement(), now,
                    o.version()), now);
        }
        return store.find(id).orElseThrow();
    }

    // ---- Helpers ----

    private boolean namesHomeOffice(OrganisationDetails details) {
        return screen(details.name()).immigrationEnforcement()
                || details.aliases().stream().anyMatch(a -> screen(a).immigrationEnforcement());
    }

    private void check(OrganisationDetails details, UUID self) {
        validator.validate(details);
        Map<String, String> errors = new LinkedHashMap<>();
        store.idByName(details.name()).filter(other -> !other.equals(self))
                .ifPresent(other -> errors.put("name", "There is already an organisation called " + details.name()));
        if (details.accountOrganisationId() != null) {
            boolean partner = identity.organisation(new OrganisationId(details.accountOrganisationId()))
                    .map(o -> o.kind() == OrganisationKind.PARTNER).orElse(false);
            if (!partner) {
                errors.put("accountOrganisationId", "Link only to a partner organisation that has SafeShare accounts");
            }
        }
        if (!errors.isEmpty()) {
            throw new InvalidRequestException(String.join("; ", errors.values()), errors);
        }
    }

    private static RegisteredOrganisation build(UUID id, OrganisationDetails d, RecipientCategory category, String setBy,
                                                Instant setAt, long version) {
        SharingAgreement agreement = d.agreementReference() == null ? null : new SharingAgreement(d.agreementReference(),
                d.agreementPurposes(), d.agreementDataCategories(), d.agreementLawfulBasis(), d.agreementReviewOn(),
                d.agreementDocumentUrl());
        return new RegisteredOrganisation(id, d.name(), d.aliases(), category, setBy, setAt, d.active(), d.contactRoutes(),
                d.webhookUrl(), d.accountOrganisationId(), agreement, null, version);
    }

    private SafeShareUser requireKeeper() {
        SafeShareUser user = identity.current();
        if (!user.hasAny(Role.ADMIN, Role.CASEWORKER, Role.DPO)) {
            throw new ForbiddenException("Only administrators, caseworkers and the data protection officer keep the register.");
        }
        return user;
    }

    private SafeShareUser requireDpo() {
        SafeShareUser user = identity.current();
        if (!user.has(Role.DPO)) {
            throw new ForbiddenException("Only the data protection officer works the queue of organisations to register.");
        }
        return user;
    }

    private void audit(SafeShareUser user, String details, String reason) {
        events.publishEvent(DataProcessed.of(AuditAction.ALTERATION, user.username(), null, details).because(reason));
    }

    private static String truncate(String s) {
        return s.length() > 200 ? s.substring(0, 200) : s;
    }
}
