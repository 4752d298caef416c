package uk.safeshare.marac.internal;

import jakarta.servlet.http.HttpServletResponse;
import java.util.UUID;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import uk.safeshare.marac.MaracAgency;
import uk.safeshare.marac.MaracCommands.ActionUpdate;
import uk.safeshare.marac.MaracCommands.AgendaEntry;
import uk.safeshare.marac.MaracCommands.Minutes;
import uk.safeshare.marac.MaracCommands.NewAction;
import uk.safeshare.marac.MaracCommands.NewAttendee;
import uk.safeshare.marac.MaracCommands.ScheduleMeeting;
import uk.safeshare.marac.MaracViews.ActionStatus;
import uk.safeshare.marac.MaracViews.MeetingStatus;
import uk.safeshare.marac.MaracViews.MeetingView;
import uk.safeshare.marac.internal.MaracForms.ActionForm;
import uk.safeshare.marac.internal.MaracForms.AttendeeForm;
import uk.safeshare.marac.internal.MaracForms.MeetingForm;
import uk.safeshare.marac.internal.MaracForms.MinutesForm;
import uk.safeshare.shared.ForbiddenException;
import uk.safeshare.shared.InvalidRequestException;
import uk.safeshare.shared.validation.CommandValidator;
import uk.safeshare.shared.web.FormErrors;
import uk.safeshare.shared.web.Confirmation;
import uk.safeshare.shared.web.FormSubmission;

/**
 * The MARAC pages: the coordinator's referral queue and meetings, and the meeting page that every
 * attendee opens (showing case information only as the server's confidentiality gate allows).
 */
@Controller
@RequestMapping("/marac")
class MaracPages {

    private final MaracReferrals referrals;
    private final MeetingScheduling scheduling;
    private final MeetingAttendance attendance;
    private final MeetingAgenda agenda;
    private final MeetingCases cases;
    private final CommandValidator validator;

    private final MaracSummaries summaries;

    MaracPages(MaracReferrals referrals, MeetingScheduling scheduling, MeetingAttendance attendance, MeetingAgenda agenda,
               MeetingCases cases, CommandValidator validator, MaracSummaries summaries) {
        this.scheduling = scheduling;
        this.attendance = attendance;
        this.agenda = agenda;
        this.cases = cases;
        this.summaries = summaries;
        this.referrals = referrals;
        this.validator = validator;
    }

    @ModelAttribute
    void vocabulary(Model model) {
        model.addAttribute("agencies", MaracAgency.values());
        model.addAttribute("actionStatuses", ActionStatus.values());
    }

    @GetMapping
    String home(Model model) {
        model.addAttribute("due", referrals.due());
        var meetings = scheduling.all();
        model.addAttribute("meetings", meetings);
        // The soonest meeting still to be held, where a referral due can be heard.
        model.addAttribute("scheduled", meetings.stream().filter(m -> m.status() == MeetingStatus.SCHEDULED)
                .sorted(java.util.Comparator.comparing(uk.safeshare.marac.MaracViews.MeetingSummary::meetsOn)).toList());
        return "marac/home";
    }

    /** The quarterly summary; a quarter that is not one (or has not started) is a form error, answered 400. */
    @GetMapping("/summary")
    String summary(@RequestParam(required = false) String quarter, Model model, HttpServletResponse response) {
        model.addAttribute("quarter", quarter);
        try {
            MaracQuarterlySummary summary = summaries.summary(quarter);
            model.addAttribute("summary", summary);
            model.addAttribute("quarter", summary.quarter());
        } catch (InvalidRequestException e) {
            model.addAttribute("quarterError", e.fieldErrors().getOrDefault("quarter", e.getMessage()));
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
        }
        return "marac/summary";
    }

    @GetMapping("/summary.csv")
    org.springframework.http.ResponseEntity<String> summaryCsv(@RequestParam(required = false) String quarter) {
        try {
            return MaracApi.csv(summaries.summary(quarter));
        } catch (InvalidRequestException e) {
            return org.springframework.http.ResponseEntity.badRequest().contentType(org.springframework.http.MediaType.TEXT_PLAIN)
                    .body(e.fieldErrors().getOrDefault("quarter", e.getMessage()) + "\n");
        }
    }

    @GetMapping("/summary.ods")
    org.springframework.http.ResponseEntity<?> summaryOds(@RequestParam(required = false) String quarter) {
        try {
            return MaracApi.ods(summaries.summary(quarter));
        } catch (InvalidRequestException e) {
            return org.springframework.http.ResponseEntity.badRequest().contentType(org.springframework.http.MediaType.TEXT_PLAIN)
                    .body(e.fieldErrors().getOrDefault("quarter", e.getMessage()) + "\n");
        }
    }

    @GetMapping("/attending")
    String attending(Model model) {
        model.addAttribute("meetings", scheduling.attending());
        return "marac/attending";
    }

    @GetMapping("/schedule")
    String scheduleForm(Model model) {
        model.addAttribute("form", new MeetingForm());
        return "marac/meeting-form";
    }

    @PostMapping("/meetings")
    String schedule(@ModelAttribute("form") MeetingForm form, BindingResult errors, RedirectAttributes flash) {
        ScheduleMeeting command = form.toCommand(errors);
        FormErrors.check(validator, command, errors, MaracForms.MEETING_FIELDS);
        return FormSubmission.handle(errors, MaracForms.MEETING_FIELDS, () -> "marac/meeting-form",
                () -> FormSubmission.done(flash, "Meeting scheduled; you are its first attendee",
                        "/marac/meetings/" + scheduling.schedule(command)));
    }

    @GetMapping("/meetings/{meetingId}")
    String meeting(@PathVariable UUID meetingId, Model model) {
        MeetingView meeting = cases.show(meetingId);
        model.addAttribute("meeting", meeting);
        if (meeting.coordinator() && meeting.status() == MeetingStatus.SCHEDULED) {
            model.addAttribute("due", referrals.due());
        }
        return "marac/meeting";
    }

    @PostMapping("/meetings/{meetingId}/sharing")
    String share(@PathVariable UUID meetingId, RedirectAttributes flash) {
        int shown = cases.recordSharing(meetingId);
        flash.addFlashAttribute("success", shown == 0 ? "The safeguarding protocol does not permit sharing the cases yet"
                : shown + (shown == 1 ? " case" : " cases") + " shared with the meeting under the safeguarding protocol");
        return "redirect:/marac/meetings/" + meetingId;
    }

    @PostMapping("/meetings/{meetingId}/acceptance")
    String accept(@PathVariable UUID meetingId, RedirectAttributes flash) {
        attendance.accept(meetingId);
        flash.addFlashAttribute("success", "You accepted the confidentiality agreement for this meeting");
        return "redirect:/marac/meetings/" + meetingId;
    }

    @GetMapping("/meetings/{meetingId}/attendees/new")
    String attendeeForm(@PathVariable UUID meetingId, Model model) {
        model.addAttribute("meeting", cases.show(meetingId));
        model.addAttribute("form", new AttendeeForm());
        return "marac/attendee-form";
    }

    @PostMapping("/meetings/{meetingId}/attendees")
    String addAttendee(@PathVariable UUID meetingId, @ModelAttribute("form") AttendeeForm form, BindingResult errors,
                       Model model, RedirectAttributes flash) {
        NewAttendee command = form.toCommand();
        FormErrors.check(validator, command, errors, MaracForms.ATTENDEE_FIELDS);
        return FormSubmission.handle(errors, MaracForms.ATTENDEE_FIELDS, () -> {
            model.addAttribute("meeting", cases.show(meetingId));
            return "marac/attendee-form";
        }, () -> {
            attendance.addAttendee(meetingId, command);
            return FormSubmission.done(flash, command.name().trim() + " added to the attendance list", "/marac/meetings/" + meetingId);
        });
    }

    @PostMapping("/meetings/{meetingId}/attendees/{attendeeId}/acceptance")
    String recordAcceptance(@PathVariable UUID meetingId, @PathVariable UUID attendeeId, RedirectAttributes flash) {
        attendance.recordAcceptance(meetingId, attendeeId);
        flash.addFlashAttribute("success", "Acceptance recorded");
        return "redirect:/marac/meetings/" + meetingId;
    }

    @GetMapping("/meetings/{meetingId}/attendees/{attendeeId}/removal")
    String confirmRemoval(@PathVariable UUID meetingId, @PathVariable UUID attendeeId, Model model) {
        MeetingView meeting = coordinated(meetingId);
        String name = meeting.attendees().stream().filter(a -> a.id().equals(attendeeId)).findFirst()
                .orElseThrow(() -> new uk.safeshare.shared.NotFoundException("No such attendee")).name();
        return Confirmation.ask(model, "Remove an attendee", "Are you sure you want to remove " + name + "?",
                "They will no longer see this meeting’s cases.", "/marac/meetings/" + meetingId + "/attendees/" + attendeeId + "/removal",
                "Remove " + name, "/marac/meetings/" + meetingId, "MARAC, " + meeting.area());
    }

    @PostMapping("/meetings/{meetingId}/attendees/{attendeeId}/removal")
    String removeAttendee(@PathVariable UUID meetingId, @PathVariable UUID attendeeId, RedirectAttributes flash) {
        attendance.removeAttendee(meetingId, attendeeId);
        flash.addFlashAttribute("success", "Taken off the attendance list");
        return "redirect:/marac/meetings/" + meetingId;
    }

    @PostMapping("/meetings/{meetingId}/agenda")
    String addToAgenda(@PathVariable UUID meetingId, @RequestParam(required = false) UUID referralId, RedirectAttributes flash) {
        try {
            agenda.addToAgenda(meetingId, new AgendaEntry(referralId));
            flash.addFlashAttribute("success", "Referral added to the agenda");
        } catch (InvalidRequestException e) {
            flash.addFlashAttribute("problem", e.getMessage());
        }
        return "redirect:/marac/meetings/" + meetingId;
    }

    @GetMapping("/meetings/{meetingId}/actions/new")
    String actionForm(@PathVariable UUID meetingId, @RequestParam(required = false) UUID referralId, Model model) {
        MeetingView meeting = shownTo(meetingId);
        ActionForm form = new ActionForm();
        form.setReferralId(referralId == null ? null : referralId.toString());
        model.addAttribute("meeting", meeting);
        model.addAttribute("form", form);
        return "marac/action-form";
    }

    @PostMapping("/meetings/{meetingId}/actions")
    String addAction(@PathVariable UUID meetingId, @ModelAttribute("form") ActionForm form, BindingResult errors, Model model,
                     RedirectAttributes flash) {
        NewAction command = form.toCommand(errors);
        FormErrors.check(validator, command, errors, MaracForms.ACTION_FIELDS);
        return FormSubmission.handle(errors, MaracForms.ACTION_FIELDS, () -> {
            model.addAttribute("meeting", shownTo(meetingId));
            return "marac/action-form";
        }, () -> {
            agenda.addAction(meetingId, command);
            return FormSubmission.done(flash, "Action recorded", "/marac/meetings/" + meetingId);
        });
    }

    @PostMapping("/meetings/{meetingId}/actions/{actionId}/status")
    String actionStatus(@PathVariable UUID meetingId, @PathVariable UUID actionId, @RequestParam(required = false) ActionStatus status,
                        RedirectAttributes flash) {
        agenda.updateAction(meetingId, actionId, new ActionUpdate(status));
        flash.addFlashAttribute("success", "Action updated");
        return "redirect:/marac/meetings/" + meetingId;
    }

    @GetMapping("/meetings/{meetingId}/minutes")
    String minutesForm(@PathVariable UUID meetingId, Model model) {
        MeetingView meeting = shownTo(meetingId);
        MinutesForm form = new MinutesForm();
        form.setText(meeting.minutes());
        model.addAttribute("meeting", meeting);
        model.addAttribute("form", form);
        return "marac/minutes-form";
    }

    @PostMapping("/meetings/{meetingId}/minutes")
    String minutes(@PathVariable UUID meetingId, @ModelAttribute("form") MinutesForm form, BindingResult errors, Model model,
                   RedirectAttributes flash) {
        Minutes command = new Minutes(form.getText());
        FormErrors.check(validator, command, errors, MaracForms.MINUTES_FIELDS);
        return FormSubmission.handle(errors, MaracForms.MINUTES_FIELDS, () -> {
            model.addAttribute("meeting", shownTo(meetingId));
            return "marac/minutes-form";
        }, () -> {
            agenda.saveMinutes(meetingId, command);
            return FormSubmission.done(flash, "Minutes saved", "/marac/meetings/" + meetingId);
        });
    }

    /** Closing cannot be undone, so the button leads here first (the GOV.UK pattern for a destructive action). */
    @GetMapping("/meetings/{meetingId}/closure")
    String confirmClose(@PathVariable UUID meetingId, Model model) {
        MeetingView meeting = coordinated(meetingId);
        return Confirmation.ask(model, "Close the meeting", "Are you sure you want to close the meeting?",
                "The referrals on its agenda are marked as heard and nothing more can be recorded for this meeting.",
                "/marac/meetings/" + meetingId + "/closure", "Close the meeting", "/marac/meetings/" + meetingId,
                "MARAC, " + meeting.area());
    }

    @PostMapping("/meetings/{meetingId}/closure")
    String close(@PathVariable UUID meetingId, RedirectAttributes flash) {
        scheduling.close(meetingId);
        flash.addFlashAttribute("success", "Meeting closed; its referrals are marked as heard");
        return "redirect:/marac/meetings/" + meetingId;
    }

    /** A confirmation page: only the meeting's coordinator may be asked. */
    private MeetingView coordinated(UUID meetingId) {
        MeetingView meeting = cases.show(meetingId);
        if (!meeting.coordinator()) {
            throw new uk.safeshare.shared.ForbiddenException("Only the meeting's coordinator can do this");
        }
        return meeting;
    }

    /** A page that shows or changes case information: only when the gate allows the caller to see it. */
    private MeetingView shownTo(UUID meetingId) {
        MeetingView meeting = cases.show(meetingId);
        if (!meeting.caseInformationShown()) {
            throw new ForbiddenException(meeting.caseInformationWithheld());
        }
        return meeting;
    }
}
