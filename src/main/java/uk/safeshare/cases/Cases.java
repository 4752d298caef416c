package uk.safeshare.cases;

import java.util.List;
import java.util.UUID;
import uk.safeshare.cases.CaseCommands.PersonDetails;
import uk.safeshare.cases.CaseCommands.ReportDetails;
import uk.safeshare.cases.CaseViews.CaseView;
import uk.safeshare.cases.CaseViews.PersonOnCase;
import uk.safeshare.cases.CaseViews.PersonInCase;
import uk.safeshare.cases.CaseViews.PersonView;
import uk.safeshare.cases.CaseViews.VictimIncident;

/** What other modules may ask of cases. Every call acts as, and is checked and audited for, the current user. */
public interface Cases {

    UUID openCase(ReportDetails details);

    UUID addPerson(UUID caseId, PersonDetails details);

    CaseLookup<CaseView> caseFile(UUID caseId);

    /**
     * Cases found by a reference or a person's name, as the case search finds them (need-to-know: another
     * team's case comes back with its reference only; the search is audited), for a module's picker.
     */
    List<CaseSearchHit> find(String text);

    CaseLookup<PersonView> person(UUID caseId, UUID personId);

    /**
     * A person on a case, need-to-know checked like {@link #person} (a refusal is audited here), for a
     * module that records or shows something about them. It is not audited as a view here: the
     * caller audits what it does with the person as part of its own use case.
     */
    CaseLookup<PersonOnCase> personOnCase(UUID caseId, UUID personId);

    /**
     * The domestic abuse incidents in which this person appears as a victim, across every team's
     * cases: their own case, and any other where a victim has the same given name, family name and
     * date of birth (only their own case when the date of birth is not known). Only the case, person
     * and date are returned, for the MARAC referral criteria; the matching is need-to-know checked on
     * the person's own case and audited as a combination.
     */
    CaseLookup<List<VictimIncident>> domesticAbuseIncidentsOf(UUID caseId, UUID personId);

    /**
     * A person together with what their case says that a decision about them needs (the case's
     * reference, team and crime types), need-to-know checked and audited like {@link #person}.
     */
    CaseLookup<PersonInCase> personInCase(UUID caseId, UUID personId);

    /**
     * A person and what their case says, for the firewall to decide a disclosure that another module's
     * own gate has already allowed the caller to ask for (a MARAC meeting whose attendee has accepted
     * its confidentiality agreement). Not need-to-know checked and not audited here: the firewall
     * audits the decision and any disclosure. Empty when there is no such person on the case.
     */
    java.util.Optional<PersonInCase> personForSharingDecision(UUID caseId, UUID personId);
}
