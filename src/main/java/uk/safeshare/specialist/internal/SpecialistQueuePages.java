package uk.safeshare.specialist.internal;

import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import uk.safeshare.identity.Identity;
import uk.safeshare.identity.Role;
import uk.safeshare.shared.validation.CommandValidator;
import uk.safeshare.shared.web.DateInput;
import uk.safeshare.shared.web.FormErrors;
import uk.safeshare.shared.web.FormSubmission;
import uk.safeshare.specialist.SpecialistQueueViews.Entry;
import uk.safeshare.specialist.SpecialistQueueViews.Reassign;
import uk.safeshare.specialist.SpecialistQueueViews.RecordAdvice;

/** The queue page and one person's page: take, record advice, hand back, close; supervisors reassign. */
@Controller
class SpecialistQueuePages {

    static final Map<String, FormErrors.Field> ADVICE_FIELDS = Map.of(
            "advice", new FormErrors.Field("advice", "Advice given"), "givenOn", new FormErrors.Field("givenDay", "Day given"));
    static final Map<String, FormErrors.Field> REASSIGN_FIELDS = Map.of("username", new FormErrors.Field("username", "Caseworker"));

    private final SpecialistQueue queue;
    private final Identity identity;
    private final CommandValidator validator;

    SpecialistQueuePages(SpecialistQueue queue, Identity identity, CommandValidator validator) {
        this.validator = validator;
        this.queue = queue;
        this.identity = identity;
    }

    @GetMapping("/specialist-queue")
    String queue(Model model) {
        model.addAttribute("entries", queue.teamQueue());
        model.addAttribute("supervisor", identity.current().has(Role.SUPERVISOR));
        return "specialist/queue";
    }

    @GetMapping("/specialist-queue/people/{personId}")
    String entry(@PathVariable UUID personId, Model model) {
        model.addAttribute("form", new AdviceForm());
        model.addAttribute("reassignForm", new ReassignForm());
        return show(personId, model);
    }

    private String show(UUID personId, Model model) {
        var me = identity.current();
        model.addAttribute("detail", queue.entry(personId));
        model.addAttribute("caseworker", me.has(Role.CASEWORKER));
        model.addAttribute("supervisor", me.has(Role.SUPERVISOR));
        model.addAttribute("caseworkers", me.has(Role.SUPERVISOR) ? queue.caseworkersOfMyTeam() : java.util.List.of());
        return "specialist/entry";
    }

    @PostMapping("/specialist-queue/people/{personId}/take")
    String take(@PathVariable UUID personId, RedirectAttributes flash) {
        Entry e = queue.take(personId);
        return FormSubmission.done(flash, "You have taken " + e.personName(), "/specialist-queue/people/" + personId);
    }

    @PostMapping("/specialist-queue/people/{personId}/advice")
    String advice(@PathVariable UUID personId, @ModelAttribute("form") AdviceForm form, BindingResult errors, Model model,
                  RedirectAttributes flash) {
        LocalDate on = DateInput.read(form.getGivenDay(), form.getGivenMonth(), form.getGivenYear(), errors, "givenDay",
                "The day you gave the advice", true);
        RecordAdvice command = new RecordAdvice(form.getAdvice(), on);
        FormErrors.check(validator, command, errors, ADVICE_FIELDS);
        return FormSubmission.handle(errors, ADVICE_FIELDS, () -> {
            model.addAttribute("reassignForm", new ReassignForm());
            return show(personId, model);
        }, () -> {
            Entry e = queue.recordAdvice(personId, command);
            return FormSubmission.done(flash, "Advice to " + e.personName() + " recorded", "/specialist-queue/people/" + personId);
        });
    }

    @PostMapping("/specialist-queue/people/{personId}/hand-back")
    String handBack(@PathVariable UUID personId, RedirectAttributes flash) {
        Entry e = queue.handBack(personId);
        return FormSubmission.done(flash, e.personName() + " is back in the queue", "/specialist-queue");
    }

    @PostMapping("/specialist-queue/people/{personId}/close")
    String close(@PathVariable UUID personId, RedirectAttributes flash) {
        Entry e = queue.close(personId);
        return FormSubmission.done(flash, e.personName() + "'s entry is closed", "/specialist-queue");
    }

    @PostMapping("/specialist-queue/people/{personId}/reassignment")
    String reassign(@PathVariable UUID personId, @ModelAttribute("reassignForm") ReassignForm form, BindingResult errors, Model model,
                    RedirectAttributes flash) {
        if (form.getUsername() == null || form.getUsername().isBlank()) {
            errors.rejectValue("username", "required", "Choose a caseworker");
        }
        return FormSubmission.handle(errors, REASSIGN_FIELDS, () -> {
            model.addAttribute("form", new AdviceForm());
            return show(personId, model);
        }, () -> {
            Entry e = queue.reassign(personId, new Reassign(form.getUsername()));
            return FormSubmission.done(flash, e.personName() + " is now with " + e.heldByName(), "/specialist-queue/people/" + personId);
        });
    }

    /** The advice form: what was advised and the day, as GOV.UK date boxes. */
    public static final class AdviceForm {
        private String advice;
        private String givenDay;
        private String givenMonth;
        private String givenYear;

        public String getAdvice() {
            return advice;
        }

        public void setAdvice(String advice) {
            this.advice = advice;
        }

        public String getGivenDay() {
            return givenDay;
        }

        public void setGivenDay(String givenDay) {
            this.givenDay = givenDay;
        }

        public String getGivenMonth() {
            return givenMonth;
        }

        public void setGivenMonth(String givenMonth) {
            this.givenMonth = givenMonth;
        }

        public String getGivenYear() {
            return givenYear;
        }

        public void setGivenYear(String givenYear) {
            this.givenYear = givenYear;
        }
    }

    /** The supervisor's choice of caseworker. */
    public static final class ReassignForm {
        private String username;

        public String getUsername() {
            return username;
        }

        public void setUsername(String username) {
            this.username = username;
        }
    }
}
