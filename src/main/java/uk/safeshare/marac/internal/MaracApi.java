package uk.safeshare.marac.internal;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import uk.safeshare.marac.MaracAgency;
import uk.safeshare.shared.statistics.OdsWriter;
import uk.safeshare.marac.MaracCommands.ActionUpdate;
import uk.safeshare.marac.MaracCommands.AgendaEntry;
import uk.safeshare.marac.MaracCommands.Minutes;
import uk.safeshare.marac.MaracCommands.NewAction;
import uk.safeshare.marac.MaracCommands.NewAttendee;
import uk.safeshare.marac.MaracCommands.ScheduleMeeting;
import uk.safeshare.marac.MaracViews.MeetingSummary;
import uk.safeshare.marac.MaracViews.MeetingView;
import uk.safeshare.marac.MaracViews.ReferralStatus;
import uk.safeshare.marac.MaracViews.ReferralSummary;

@RestController
@RequestMapping("/api/v1/marac")
@Tag(name = "MARAC", description = "Referrals, meetings, attendees, the confidentiality agreement, actions and minutes."
        + " A meeting's case information is returned only to an attendee who has accepted its confidentiality agreement.")
class MaracApi {

    private final MaracReferrals referrals;
    private final MeetingScheduling scheduling;
    private final MeetingAttendance attendance;
    private final MeetingAgenda agenda;
    private final MeetingCases cases;

    private final MaracSummaries summaries;

    MaracApi(MaracReferrals referrals, MeetingScheduling scheduling, MeetingAttendance attendance, MeetingAgenda agenda,
             MeetingCases cases, MaracSummaries summaries) {
        this.referrals = referrals;
        this.scheduling = scheduling;
        this.attendance = attendance;
        this.agenda = agenda;
        this.cases = cases;
        this.summaries = summaries;
    }

    @GetMapping("/summary")
    @Operation(summary = "The quarterly MARAC summary for the steering group (quarter like 2026-Q4; counts of 1 to 4,"
            + " and any that would reveal one, shown as [c])")
    MaracQuarterlySummary summary(@RequestParam(required = false) String quarter) {
        return summaries.summary(quarter);
    }

    @GetMapping(value = "/summary.csv", produces = "text/csv")
    @Operation(summary = "The quarterly MARAC summary as CSV (quarter, table, category, count)")
    ResponseEntity<String> summaryCsv(@RequestParam(required = false) String quarter) {
        return csv(summaries.summary(quarter));
    }

    @GetMapping(value = "/summary.ods", produces = OdsWriter.MIME_TYPE)
    @Operation(summary = "The quarterly MARAC summary as an OpenDocument spreadsheet (a cover sheet, then one table per sheet)")
    ResponseEntity<byte[]> summaryOds(@RequestParam(required = false) String quarter) {
        return ods(summaries.summary(quarter));
    }

    static ResponseEntity<byte[]> ods(MaracQuarterlySummary summary) {
        return ResponseEntity.ok()
                .header("Content-Disposition", "attachment; filename=\"marac-summary-" + summary.quarter() + ".ods\"")
                .contentType(MediaType.parseMediaType(OdsWriter.MIME_TYPE))
                .body(summary.ods());
    }

    static ResponseEntity<String> csv(MaracQuarterlySummary summary) {
        return ResponseEntity.ok()
                .header("Content-Disposition", "attachment; filename=\"marac-summary-" + summary.quarter() + ".csv\"")
                .contentType(MediaType.parseMediaType("text/csv; charset=UTF-8"))
                .body(summary.csv());
    }

    record Agency(String code, String label) {
    }

    @GetMapping("/agencies")
    @Operation(summary = "The MARAC agencies (immigration enforcement is not one and is refused)")
    List<Agency> agencies() {
        return Arrays.stream(MaracAgency.values()).map(a -> new Agency(a.name(), a.label())).toList();
    }

    @GetMapping("/referrals")
    @Operation(summary = "MARAC referrals by status, oldest first; DUE is the queue to build agendas from (audited)")
    List<ReferralSummary> referrals(@RequestParam(defaultValue = "DUE") ReferralStatus status) {
        return referrals.list(status);
    }

    @GetMapping("/meetings")
    @Operation(summary = "Meetings, newest first (no case information)")
    List<MeetingSummary> meetings() {
        return scheduling.all();
    }

    @GetMapping("/attending")
    @Operation(summary = "The meetings the caller is an attendee of")
    List<MeetingSummary> attending() {
        return scheduling.attending();
    }

    @PostMapping("/meetings")
    @Operation(summary = "Schedule a meeting; the coordinator is added as its first attendee")
    ResponseEntity<MeetingView> schedule(@RequestBody ScheduleMeeting command) {
        UUID id = scheduling.schedule(command);
        return ResponseEntity.created(URI.create("/api/v1/marac/meetings/" + id)).body(cases.show(id));
    }

    @GetMapping("/meetings/{meetingId}")
    @Operation(summary = "A meeting; its case information only once the caller and every attendee have accepted its"
            + " confidentiality agreement and the cases have been shared with it (each showing audited as a disclosure to the meeting)")
    MeetingView meeting(@PathVariable UUID meetingId) {
        return cases.show(meetingId);
    }

    @PostMapping("/meetings/{meetingId}/sharing")
    @Operation(summary = "Share the cases on the agenda with the meeting: the firewall decides each (recipient MARAC) and"
            + " records the sharing request and any disclosure; the coordinator must have accepted the agreement")
    MeetingView share(@PathVariable UUID meetingId) {
        cases.recordSharing(meetingId);
        return cases.show(meetingId);
    }

    @PostMapping("/meetings/{meetingId}/acceptance")
    @Operation(summary = "Accept the meeting's confidentiality agreement, as an attendee, on the day of the meeting")
    MeetingView accept(@PathVariable UUID meetingId) {
        attendance.accept(meetingId);
        return cases.show(meetingId);
    }

    @PostMapping("/meetings/{meetingId}/attendees")
    @Operation(summary = "Add an attendee by agency; immigration enforcement is refused")
    ResponseEntity<MeetingView> addAttendee(@PathVariable UUID meetingId, @RequestBody NewAttendee command) {
        UUID id = attendance.addAttendee(meetingId, command);
        return ResponseEntity.created(URI.create("/api/v1/marac/meetings/" + meetingId + "/attendees/" + id))
                .body(cases.show(meetingId));
    }

    @DeleteMapping("/meetings/{meetingId}/attendees/{attendeeId}")
    @Operation(summary = "Take someone who is not in the meeting off the attendance list")
    ResponseEntity<Void> removeAttendee(@PathVariable UUID meetingId, @PathVariable UUID attendeeId) {
        attendance.removeAttendee(meetingId, attendeeId);
        return ResponseEntity.noContent().build();
    }

    @PostMapping("/meetings/{meetingId}/attendees/{attendeeId}/acceptance")
    @Operation(summary = "Record the acceptance of an attendee without a SafeShare account, given in the room")
    MeetingView recordAcceptance(@PathVariable UUID meetingId, @PathVariable UUID attendeeId) {
        attendance.recordAcceptance(meetingId, attendeeId);
        return cases.show(meetingId);
    }

    @PostMapping("/meetings/{meetingId}/agenda")
    @Operation(summary = "Put a due referral on the meeting's agenda")
    MeetingView addToAgenda(@PathVariable UUID meetingId, @RequestBody AgendaEntry entry) {
        agenda.addToAgenda(meetingId, entry);
        return cases.show(meetingId);
    }

    @PostMapping("/meetings/{meetingId}/actions")
    @Operation(summary = "Record an action for a case on the agenda, with the owning agency and a due date")
    ResponseEntity<MeetingView> addAction(@PathVariable UUID meetingId, @RequestBody NewAction command) {
        agenda.addAction(meetingId, command);
        return ResponseEntity.status(201).body(cases.show(meetingId));
    }

    @PutMapping("/meetings/{meetingId}/actions/{actionId}")
    @Operation(summary = "Change an action's status")
    MeetingView updateAction(@PathVariable UUID meetingId, @PathVariable UUID actionId, @RequestBody ActionUpdate update) {
        agenda.updateAction(meetingId, actionId, update);
        return cases.show(meetingId);
    }

    @PutMapping("/meetings/{meetingId}/minutes")
    @Operation(summary = "Write the meeting's minutes")
    MeetingView minutes(@PathVariable UUID meetingId, @RequestBody Minutes minutes) {
        agenda.saveMinutes(meetingId, minutes);
        return cases.show(meetingId);
    }

    @PostMapping("/meetings/{meetingId}/closure")
    @Operation(summary = "Close the meeting: its referrals are heard")
    MeetingView close(@PathVariable UUID meetingId) {
        scheduling.close(meetingId);
        return cases.show(meetingId);
    }
}
