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
import uk.safeshare.marac.MaracCommands.NewAttendee;
import uk.safeshare.marac.MaracViews.MeetingView;
import uk.safeshare.marac.internal.MaracForms.AttendeeForm;
import uk.safeshare.shared.validation.CommandValidator;
import uk.safeshare.shared.web.Confirmation;
import uk.safeshare.shared.web.FormErrors;
import uk.safeshare.shared.web.FormSubmission;

/** Who attends a MARAC meeting: the coordinator adding and removing attendees, and each accepting the confidentiality agreement. */
@Controller
@RequestMapping("/marac")
class MeetingAttendancePages {

    private final MeetingAttendance attendance;
    private final MeetingCases cases;
    private final CommandValidator validator;

    MeetingAttendancePages(MeetingAttendance attendance, MeetingCases cases, CommandValidator validator) {
        this.attendance = attendance;
        this.cases = cases;
        this.validator = validator;
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
        MeetingView meeting = MaracPages.coordinated(cases, meetingId);
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
}
