package uk.safeshare.marac.internal;

import java.util.UUID;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import uk.safeshare.marac.MaracCommands.ScheduleMeeting;
import uk.safeshare.marac.MaracViews.MeetingStatus;
import uk.safeshare.marac.MaracViews.MeetingView;
import uk.safeshare.marac.internal.MaracForms.MeetingForm;
import uk.safeshare.shared.validation.CommandValidator;
import uk.safeshare.shared.web.FormErrors;
import uk.safeshare.shared.web.Confirmation;
import uk.safeshare.shared.web.FormSubmission;

/**
 * The MARAC pages: the coordinator's referral queue and meetings, scheduling and closing them, and the meeting
 * page that every attendee opens (showing case information only as the server's confidentiality gate allows).
 * Who attends is {@link MeetingAttendancePages}, what the meeting records {@link MeetingRecordPages}, the
 * quarterly summary {@link MaracSummaryPages}.
 */
@Controller
@RequestMapping("/marac")
class MaracPages {

    private final MaracReferrals referrals;
    private final MeetingScheduling scheduling;
    private final MeetingCases cases;
    private final CommandValidator validator;

    MaracPages(MaracReferrals referrals, MeetingScheduling scheduling, MeetingCases cases, CommandValidator validator) {
        this.scheduling = scheduling;
        this.cases = cases;
        this.referrals = referrals;
        this.validator = validator;
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

    /** Closing cannot be undone, so the button leads here first (the GOV.UK pattern for a destructive action). */
    @GetMapping("/meetings/{meetingId}/closure")
    String confirmClose(@PathVariable UUID meetingId, Model model) {
        MeetingView meeting = coordinated(cases, meetingId);
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
    static MeetingView coordinated(MeetingCases cases, UUID meetingId) {
        MeetingView meeting = cases.show(meetingId);
        if (!meeting.coordinator()) {
            throw new uk.safeshare.shared.ForbiddenException("Only the meeting's coordinator can do this");
        }
        return meeting;
    }
}
