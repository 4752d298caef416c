package uk.safeshare.cases.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;
import java.util.function.Function;
import java.util.function.Supplier;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import uk.safeshare.cases.CaseLookup;
import uk.safeshare.cases.CaseViews.CaseSummary;
import uk.safeshare.cases.CaseViews.CaseView;
import uk.safeshare.cases.CaseViews.HistoryEntry;
import uk.safeshare.cases.CaseViews.PersonOnCase;
import uk.safeshare.cases.CaseViews.PersonInCase;
import uk.safeshare.cases.CaseViews.PersonView;
import uk.safeshare.cases.CaseViews.VictimIncident;
import uk.safeshare.cases.CrimeType;
import uk.safeshare.cases.KnownChildren;
import uk.safeshare.identity.Identity;
import uk.safeshare.identity.SafeShareUser;
import uk.safeshare.identity.TeamId;
import uk.safeshare.shared.audit.AuditAction;
import uk.safeshare.shared.audit.DataProcessed;

/**
 * Everything that shows a case or a person. Each view is need-to-know checked and audited as a
 * consultation (read-write transactions: the audit entry is written with the read).
 */
@Service
public class CaseQueries {

    private static final int LIST_LIMIT = 200;

    private final CaseFileRepository cases;
    private final PersonRecordRepository people;
    private final CaseAccess access;
    private final HistoryLog history;
    private final ApplicationEventPublisher events;
    private final Identity identity;
    private final org.springframework.jdbc.core.simple.JdbcClient jdbc;

    /** The providers, resolved once: asking the bean factory on every sharing request cost a few per cent of its CPU. */
    private final org.springframework.util.function.SingletonSupplier<List<KnownChildren>> resolvedChildren;
    private final Clock clock;
    private final PersonWithCaseReader personWithCase;

    CaseQueries(CaseFileRepository cases, PersonRecordRepository people, CaseAccess access, HistoryLog history,
                ApplicationEventPublisher events, Identity identity, org.springframework.jdbc.core.simple.JdbcClient jdbc,
                ObjectProvider<KnownChildren> knownChildren, Clock clock, PersonWithCaseReader personWithCase) {
        this.personWithCase = personWithCase;
        // Singletons: the same for the context's life, so resolved on first use (not at start-up, where they may not exist yet).
        this.resolvedChildren = org.springframework.util.function.SingletonSupplier.of(() -> knownChildren.orderedStream().toList());
        this.clock = clock;
        this.jdbc = jdbc;
        this.cases = cases;
        this.people = people;
        this.access = access;
        this.history = history;
        this.events = events;
        this.identity = identity;
    }

    @Transactional
    public List<CaseSummary> myTeamsCases() {
        SafeShareUser user = identity.current();
        if (user.teamId() == null) {
            return List.of();
        }
        List<CaseSummary> list = cases.findByTeam(user.teamId().value(), LIST_LIMIT).stream()
                .map(c -> new CaseSummary(c.id(), c.reference(), c.crimeTypeSet(), c.occurredAt(), c.area(),
                        people.countByCaseId(c.id()), c.updatedAt()))
                .toList();
        events.publishEvent(DataProcessed.of(AuditAction.CONSULTATION, user.username(), null,
                "listed " + list.size() + " cases of team " + user.teamId()));
        return list;
    }

    @Transactional
    public CaseLookup<CaseView> caseFile(UUID caseId) {
        return withAccess(caseId, "viewed case", c -> {
            List<PersonView> persons = people.findByCaseId(c.id()).stream().map(PersonRecord::view).toList();
            String teamName = identity.team(new TeamId(c.teamId())).map(Identity.TeamView::name).orElse("");
            return new Shown<>(new CaseView(c.id(), c.reference(), c.teamId(), teamName, c.crimeTypeSet(), c.occurredAt(),
                    c.area(), c.summary(), c.createdBy(), c.createdAt(), c.updatedAt(), c.version(), persons),
                    persons.stream().map(PersonView::id).toList());
        });
    }

    @Transactional
    public CaseLookup<PersonView> person(UUID caseId, UUID personId) {
        return withAccess(caseId, "viewed a person", c -> people.findById(personId)
                .filter(p -> p.caseId().equals(c.id()))
                .map(p -> new Shown<>(p.view(), List.of(p.id())))
                .orElse(null));
    }

    /** Need-to-know checked, but audited by the module that uses the person (see {@link uk.safeshare.cases.Cases#personOnCase}). */
    @Transactional
    public CaseLookup<PersonOnCase> personOnCase(UUID caseId, UUID personId) {
        return withAccess(caseId, null, c -> people.findById(personId)
                .filter(p -> p.caseId().equals(c.id()))
                .map(p -> new Shown<>(new PersonOnCase(p.id(), c.id(), c.reference(), c.teamId(), c.crimeTypeSet(),
                        c.occurredAt(), p.role(), p.givenName(), p.familyName(), p.dateOfBirth(),
                        p.view().ethnicitySelfDefined()), List.of(p.id())))
                .orElse(null));
    }

    /** Whether another module knows the person to be a child today, whatever the case says (see {@link KnownChildren}). */
    private boolean knownChild(UUID personId) {
        LocalDate today = LocalDate.ofInstant(clock.instant(), ZoneId.of("Europe/London"));
        return resolvedChildren.obtain().stream().anyMatch(k -> k.knownAsChild(personId, today));
    }

    /** See {@link uk.safeshare.cases.Cases#personForSharingDecision}: no need-to-know check, no audit here. */
    @Transactional(readOnly = true)
    public java.util.Optional<PersonInCase> personForSharingDecision(UUID caseId, UUID personId) {
        return personWithCase.read(caseId, personId).map(this::inCase);
    }

    private PersonInCase inCase(PersonWithCaseReader.PersonWithCase found) {
        PersonRecord p = found.person();
        return new PersonInCase(p.view(), found.caseReference(), found.teamId(), found.crimeTypes(), knownChild(p.id()));
    }

    /** See {@link uk.safeshare.cases.Cases#domesticAbuseIncidentsOf}. */
    @Transactional
    public CaseLookup<List<VictimIncident>> domesticAbuseIncidentsOf(UUID caseId, UUID personId) {
        return switch (personOnCase(caseId, personId)) {
            case CaseLookup.Found<PersonOnCase> found -> new CaseLookup.Found<>(matchIncidents(found.value()));
            case CaseLookup.NeedsBreakGlass<PersonOnCase> glass -> new CaseLookup.NeedsBreakGlass<>(glass.caseId(), glass.reference());
            case CaseLookup.Missing<PersonOnCase> missing -> new CaseLookup.Missing<>();
        };
    }

    private List<VictimIncident> matchIncidents(PersonOnCase person) {
        List<VictimIncident> incidents;
        if (person.dateOfBirth() == null) {
            incidents = person.role().isVictim() && person.crimeTypes().contains(CrimeType.DOMESTIC_ABUSE)
                    ? List.of(new VictimIncident(person.caseId(), person.personId(), person.occurredAt())) : List.of();
        } else {
            incidents = jdbc.sql("""
                    SELECT cf.id, p.id, cf.occurred_at FROM case_person p
                    JOIN case_file cf ON cf.id = p.case_id
                    JOIN case_crime_type ct ON ct.case_file = cf.id AND ct.crime_type = 'DOMESTIC_ABUSE'
                    WHERE LOWER(p.given_name) = LOWER(:given) AND LOWER(p.family_name) = LOWER(:family)
                      AND p.date_of_birth = :dob AND p.role IN ('VICTIM', 'VICTIM_AND_SUSPECT')
                    ORDER BY cf.occurred_at, cf.id""")
                    .param("given", person.givenName()).param("family", person.familyName()).param("dob", person.dateOfBirth())
                    .query((rs, n) -> new VictimIncident(rs.getObject(1, UUID.class), rs.getObject(2, UUID.class),
                            rs.getObject(3, java.time.OffsetDateTime.class).toInstant()))
                    .list();
        }
        events.publishEvent(DataProcessed.of(AuditAction.COMBINATION, identity.current().username(), person.caseId(),
                        "matched a victim on case " + person.caseReference() + " with " + incidents.size()
                                + " domestic abuse incident(s) across cases by name and date of birth, for the MARAC referral criteria")
                .aboutPeople(incidents.stream().map(VictimIncident::personId).distinct().toList()));
        return incidents;
    }

    /** Every sharing request starts here: one statement for the person and their case when both exist. */
    @Transactional
    public CaseLookup<PersonInCase> personInCase(UUID caseId, UUID personId) {
        return personWithCase.read(caseId, personId)
                .map(found -> withAccess(caseId, found.caseReference(), found.teamId(), "viewed a person",
                        () -> new Shown<>(inCase(found), List.of(personId))))
                // No such person on that case: the case's own look-up tells a missing case from another team's.
                .orElseGet(() -> withAccess(caseId, "viewed a person", c -> null));
    }

    @Transactional
    public CaseLookup<List<HistoryEntry>> caseHistory(UUID caseId) {
        return withAccess(caseId, "viewed the history of case", c -> new Shown<>(history.entries(c.id()), List.of()));
    }

    @Transactional
    public CaseLookup<List<HistoryEntry>> personHistory(UUID caseId, UUID personId) {
        return withAccess(caseId, "viewed the history of a person on case", c -> people.findById(personId)
                .filter(p -> p.caseId().equals(c.id()))
                .map(p -> new Shown<>(history.entries(p.id()), List.of(p.id())))
                .orElse(null));
    }

    private record Shown<T>(T value, List<UUID> personIds) {
    }

    private <T> CaseLookup<T> withAccess(UUID caseId, String what, Function<CaseFile, Shown<T>> show) {
        CaseFile caseFile = cases.findById(caseId).orElse(null);
        if (caseFile == null) {
            return new CaseLookup.Missing<>();
        }
        return withAccess(caseFile.id(), caseFile.reference(), caseFile.teamId(), what, () -> show.apply(caseFile));
    }

    private <T> CaseLookup<T> withAccess(UUID caseId, String reference, UUID teamId, String what, Supplier<Shown<T>> show) {
        SafeShareUser user = identity.current();
        CaseAccess.Grant grant = access.grantFor(user, caseId, teamId);
        if (grant == CaseAccess.Grant.NONE) {
            events.publishEvent(DataProcessed.of(AuditAction.ACCESS_DENIED, user.username(), caseId,
                    "asked to see case " + reference + " outside their team without break-glass"));
            return new CaseLookup.NeedsBreakGlass<>(caseId, reference);
        }
        Shown<T> shown = show.get();
        if (shown == null) {
            return new CaseLookup.Missing<>();
        }
        if (what == null) {
            return new CaseLookup.Found<>(shown.value());
        }
        String details = what + " " + reference + (grant == CaseAccess.Grant.BREAK_GLASS ? " (under break-glass)" : "");
        events.publishEvent(DataProcessed.of(AuditAction.CONSULTATION, user.username(), caseId, details)
                .aboutPeople(shown.personIds()));
        return new CaseLookup.Found<>(shown.value());
    }
}
