package uk.safeshare.cases;

import java.util.UUID;
import uk.safeshare.cases.CaseCommands.PersonDetails;
import uk.safeshare.cases.CaseCommands.ReportDetails;
import uk.safeshare.cases.CaseViews.CaseView;
import uk.safeshare.cases.CaseViews.PersonOnCase;
import uk.safeshare.cases.CaseViews.PersonView;

/** What other modules may ask of cases. Every call acts as, and is checked and audited for, the current user. */
public interface Cases {

    UUID openCase(ReportDetails details);

    UUID addPerson(UUID caseId, PersonDetails details);

    CaseLookup<CaseView> caseFile(UUID caseId);

    CaseLookup<PersonView> person(UUID caseId, UUID personId);

    /**
     * A person on a case, need-to-know checked like {@link #person} (a refusal is audited here), for a
     * module that records or shows something about them. It is not audited as a view here: the
     * caller audits what it does with the person as part of its own use case.
     */
    CaseLookup<PersonOnCase> personOnCase(UUID caseId, UUID personId);
}
