package uk.safeshare.cases;

import java.util.UUID;
import uk.safeshare.cases.CaseCommands.PersonDetails;
import uk.safeshare.cases.CaseCommands.ReportDetails;
import uk.safeshare.cases.CaseViews.CaseView;
import uk.safeshare.cases.CaseViews.PersonInCase;
import uk.safeshare.cases.CaseViews.PersonView;

/** What other modules may ask of cases. Every call acts as, and is checked and audited for, the current user. */
public interface Cases {

    UUID openCase(ReportDetails details);

    UUID addPerson(UUID caseId, PersonDetails details);

    CaseLookup<CaseView> caseFile(UUID caseId);

    CaseLookup<PersonView> person(UUID caseId, UUID personId);

    /**
     * A person together with what their case says that a decision about them needs (the case's
     * reference, team and crime types), need-to-know checked and audited like {@link #person}.
     */
    CaseLookup<PersonInCase> personInCase(UUID caseId, UUID personId);
}
