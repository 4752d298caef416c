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
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import uk.safeshare.marac.MaracCommands.ActionUpdate;
import uk.safeshare.marac.MaracCommands.AgendaEntry;
import uk.safeshare.marac.MaracCommands.Minutes;
import uk.safeshare.marac.MaracCommands.NewAction;
import uk.safeshare.marac.MaracViews.ActionStatus;
import uk.safeshare.marac.MaracViews.MeetingView;
import uk.safeshare.marac.internal.MaracForms.ActionForm;
import uk.safeshare.marac.internal.MaracForms.MinutesForm;
import uk.safeshare.shared.ForbiddenException;
import uk.safeshare.shared.InvalidRequestException;
import uk.safeshare.shared.validation.CommandValidator;
import uk.safeshare.shared.web.FormErrors;
import uk.safeshare.shared.web.FormSubmission;

/** What a MARAC meeting records: sharing its cases, its agenda, the actions agreed and the minutes. */
@Controller
@RequestMapping("/marac")
class MeetingRecordPages {

    private final MeetingAgenda agenda;
    private final MeetingCases cases;
    private final CommandValidator validator;

    MeetingRecordPages(MeetingAgenda agenda, MeetingCases cases, CommandValidator validator) {
        this.agenda = agenda;
        this.cases = cases;
        this.validator = validator;
    }

    @PostMapping("/meetings/{meetingId}/sharing")
    String share(@PathVariable UUID meetingId, RedirectAttributes flash) {
        int shown = cases.recordSharing(meetingId);
        flash.addFlashAttribute("success", shown == 0 ? "The safeguarding protocol does not permit sharing the cases yet"
                : shown + (shown == 1 ? " case" : " cases") + " shared with the meeting under the safeguarding protocol");
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

    /** A page that shows or changes case information: only when the gate allows the caller to see it. */
    private MeetingView shownTo(UUID meetingId) {
        MeetingView meeting = cases.show(meetingId);
        if (!meeting.caseInformationShown()) {
            throw new ForbiddenException(meeting.caseInformationWithheld());
        }
        return meeting;
    }
}
