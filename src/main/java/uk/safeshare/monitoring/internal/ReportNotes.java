package uk.safeshare.monitoring.internal;

import static uk.safeshare.monitoring.internal.ReportBuilder.NATIONALITY_GROUPS;

import java.util.List;
import uk.safeshare.monitoring.internal.Statistics.Note;

/** The notes printed under a quarter's tables: what each figure counts and how it was protected. */
final class ReportNotes {

    private ReportNotes() {
    }

    static List<Note> notes(Quarter quarter, int threshold) {
        return List.of(
                new Note(1, "Requests involving immigration enforcement: every request to share information about a person that "
                        + "the force's safeguarding protocol decided, where the recipient was immigration enforcement or the "
                        + "purpose was to check the person's immigration status, whether it was allowed or not. Each request "
                        + "counts once, in the quarter in which it was made."),
                new Note(2, "Outcome as it stood on " + Quarter.longDate(quarter.cutOffDay()) + " (the end of the month after "
                        + "the quarter). 'Prohibited' and 'Permitted' were decided by the protocol at once; 'Approved on review' "
                        + "and 'Refused on review' were referred to a supervisor or the data protection officer and settled by "
                        + "them; 'Awaiting review' were still unsettled then. Later reviews do not change these figures."),
                new Note(3, Releases.suppressionRule(threshold)),
                new Note(4, "Crime type: the crime types recorded on the case. A case with more than one is counted once, "
                        + "under 'Two or more crime types'."),
                new Note(5, "Self-defined ethnicity is the person's own answer in the 18+1 categories of the 2011 census, shown "
                        + "here in their broad groups; officer-observed ethnicity uses the police IC codes. Both are kept, "
                        + "neither replaces the other. 'Not recorded': the question was not asked or not answered."),
                new Note(6, "Nationality: ISO 3166-1. Up to " + NATIONALITY_GROUPS + " nationalities with at least "
                        + threshold + " requests in the quarter are shown, largest first; all others are counted together."),
                new Note(7, "Checks of police systems for immigration purposes: the requests in Table 1 whose purpose was to "
                        + "check the person's immigration status."),
                new Note(8, "Live immigration markers: the number of live immigration markers on police systems at the end "
                        + "of the quarter, as counted and recorded by the force's analysts. [x] where none was recorded."),
                new Note(9, "Third-party reports: crimes reported by partner organisations for victims who are not ready to be "
                        + "identified, counted in the quarter in which they were received."));
    }
}
