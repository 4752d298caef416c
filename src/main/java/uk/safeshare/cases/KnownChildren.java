package uk.safeshare.cases;

import java.time.LocalDate;
import java.util.UUID;

/**
 * A module that knows a person on a case to be a child even where the case does not say so (no date
 * of birth recorded, or one that is wrong): the tracker of young people at risk. The cases module asks
 * every such module when it gives a person to a decision ({@link CaseViews.PersonInCase#knownChild()}),
 * so that a child is decided as a child. Implementations answer from SafeShare's own records only.
 */
public interface KnownChildren {

    /** Whether the person is known to be under 18 on that day. */
    boolean knownAsChild(UUID personId, LocalDate on);
}
