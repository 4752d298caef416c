package uk.safeshare.cases;

import java.util.UUID;
import uk.safeshare.cases.CaseCommands.PersonDetails;
import uk.safeshare.cases.CaseCommands.ReportDetails;
import uk.safeshare.cases.CaseViews.CaseView;
import uk.safeshare.cases.CaseViews.PersonView;

/** What other modules may ask of cases. Every call acts as, and is checked and audited for, the current user. */
public interface Cases {

    UUID openCase(ReportDetails details);

    UUID addPerson(UUID caseId, PersonDetails details);

    CaseLookup<CaseView> caseFile(UUID caseId);

    CaseLookup<PersonView> person(UUID caseId, UUID personId);
}
