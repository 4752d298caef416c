package uk.safeshare.cases.internal;

import java.util.List;
import java.util.UUID;
import org.springframework.stereotype.Component;
import uk.safeshare.cases.CaseCommands.PersonDetails;
import uk.safeshare.cases.CaseCommands.ReportDetails;
import uk.safeshare.cases.CaseLookup;
import uk.safeshare.cases.CaseViews.CaseView;
import uk.safeshare.cases.CaseViews.PersonOnCase;
import uk.safeshare.cases.CaseViews.PersonInCase;
import uk.safeshare.cases.CaseViews.PersonView;
import uk.safeshare.cases.CaseViews.VictimIncident;
import uk.safeshare.cases.Cases;

@Component
class CasesFacade implements Cases {

    private final ReportRecording reports;
    private final PersonRecording persons;
    private final CaseQueries queries;
    private final CaseSearch search;

    CasesFacade(ReportRecording reports, PersonRecording persons, CaseQueries queries, CaseSearch search) {
        this.search = search;
        this.reports = reports;
        this.persons = persons;
        this.queries = queries;
    }

    @Override
    public UUID openCase(ReportDetails details) {
        return reports.open(details);
    }

    @Override
    public UUID addPerson(UUID caseId, PersonDetails details) {
        return persons.add(caseId, details);
    }

    @Override
    public List<uk.safeshare.cases.CaseSearchHit> find(String text) {
        return search.search(new CaseSearch.Query(text, null, null));
    }

    @Override
    public CaseLookup<CaseView> caseFile(UUID caseId) {
        return queries.caseFile(caseId);
    }

    @Override
    public CaseLookup<PersonView> person(UUID caseId, UUID personId) {
        return queries.person(caseId, personId);
    }

    @Override
    public CaseLookup<PersonOnCase> personOnCase(UUID caseId, UUID personId) {
        return queries.personOnCase(caseId, personId);
    }

    @Override
    public CaseLookup<List<VictimIncident>> domesticAbuseIncidentsOf(UUID caseId, UUID personId) {
        return queries.domesticAbuseIncidentsOf(caseId, personId);
    }

    @Override
    public CaseLookup<PersonInCase> personInCase(UUID caseId, UUID personId) {
        return queries.personInCase(caseId, personId);
    }

    @Override
    public java.util.Optional<PersonInCase> personForSharingDecision(UUID caseId, UUID personId) {
        return queries.personForSharingDecision(caseId, personId);
    }
}
