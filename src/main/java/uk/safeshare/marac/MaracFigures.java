package uk.safeshare.marac;

import java.util.List;

/** Counts of MARAC meetings, for governance reporting. Nothing about a person or a case. */
public interface MaracFigures {

    /** Meetings held (dated today or earlier), by the quarter they met in (like 2026-Q3), oldest first. */
    List<QuarterMeetings> meetingsByQuarter();

    /**
     * @param everyAttendeeAccepted meetings with attendees, every one of whom accepted that meeting's
     *                              confidentiality agreement
     */
    record QuarterMeetings(String quarter, long meetings, long everyAttendeeAccepted) {
    }
}
