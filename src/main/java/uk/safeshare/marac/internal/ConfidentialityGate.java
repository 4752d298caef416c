package uk.safeshare.marac.internal;

import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Who may see a meeting's case information (the people referred, their risk, the actions and the
 * minutes). Plain Java, decided by the server for the pages and the API alike:
 * <ul>
 *   <li>only an attendee of the meeting, and only once they have accepted the confidentiality
 *       agreement the meeting is held under, at this meeting (an acceptance at an earlier meeting
 *       does not count);</li>
 *   <li>the MARAC coordinator's own view is what is presented to the room, so it shows case
 *       information only once every attendee recorded as present has accepted the agreement
 *       (the safeguarding protocol's rule for sharing into a MARAC).</li>
 * </ul>
 */
final class ConfidentialityGate {

    private ConfidentialityGate() {
    }

    /** Empty when case information may be shown to this caller; otherwise why not, in words they can act on. */
    static Optional<String> withheld(AttendeeRecord me, boolean coordinator, List<AttendeeRecord> attendees, int agreementVersion) {
        if (me == null) {
            return Optional.of(coordinator
                    ? "You are not recorded as an attendee of this meeting. Add yourself as an attendee and accept the"
                      + " confidentiality agreement to see case information."
                    : "You are not an attendee of this meeting.");
        }
        if (!me.hasAccepted(agreementVersion)) {
            return Optional.of("You have not accepted this meeting’s confidentiality agreement. Case information is shown"
                    + " only after you accept it at the start of the meeting.");
        }
        if (coordinator) {
            List<AttendeeRecord> waiting = attendees.stream().filter(a -> !a.hasAccepted(agreementVersion)).toList();
            if (!waiting.isEmpty()) {
                return Optional.of(waiting.size() + (waiting.size() == 1 ? " attendee has" : " attendees have")
                        + " not accepted the confidentiality agreement ("
                        + waiting.stream().map(AttendeeRecord::name).collect(Collectors.joining(", "))
                        + "). Case information is not shown to the meeting until every attendee present has accepted it,"
                        + " or those who have not have been removed from the attendance list.");
            }
        }
        return Optional.empty();
    }
}
