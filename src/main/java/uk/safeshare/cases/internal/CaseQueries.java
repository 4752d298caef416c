package uk.safeshare.cases.internal;

import java.util.List;
import java.util.UUID;
import java.util.function.Function;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import uk.safeshare.cases.CaseLookup;
import uk.safeshare.cases.CaseViews.CaseSummary;
import uk.safeshare.cases.CaseViews.CaseView;
import uk.safeshare.cases.CaseViews.HistoryEntry;
import uk.safeshare.cases.CaseViews.PersonOnCase;
import uk.safeshare.cases.CaseViews.PersonView;
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

    CaseQueries(CaseFileRepository cases, PersonRecordRepository people, CaseAccess access, HistoryLog history,
                ApplicationEventPublisher events, Identity identity) {
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
                        c.occurredAt(), p.role(), p.givenName(), p.familyName(), p.dateOfBirth()), List.of(p.id())))
                .orElse(null));
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
        SafeShareUser user = identity.current();
        CaseFile caseFile = cases.findById(caseId).orElse(null);
        if (caseFile == null) {
            return new CaseLookup.Missing<>();
        }
        CaseAccess.Grant grant = access.grantFor(user, caseFile);
        if (grant == CaseAccess.Grant.NONE) {
            events.publishEvent(DataProcessed.of(AuditAction.ACCESS_DENIED, user.username(), caseFile.id(),
                    "asked to see case " + caseFile.reference() + " outside their team without break-glass"));
            return new CaseLookup.NeedsBreakGlass<>(caseFile.id(), caseFile.reference());
        }
        Shown<T> shown = show.apply(caseFile);
        if (shown == null) {
            return new CaseLookup.Missing<>();
        }
        if (what == null) {
            return new CaseLookup.Found<>(shown.value());
        }
        String details = what + " " + caseFile.reference() + (grant == CaseAccess.Grant.BREAK_GLASS ? " (under break-glass)" : "");
        events.publishEvent(DataProcessed.of(AuditAction.CONSULTATION, user.username(), caseFile.id(), details)
                .aboutPeople(shown.personIds()));
        return new CaseLookup.Found<>(shown.value());
    }
}
