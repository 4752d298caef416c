package uk.safeshare.risk.internal;

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
import uk.safeshare.risk.Answer;
import uk.safeshare.risk.ImmigrationFactor;
import uk.safeshare.risk.RiskCommands.AssessmentDetails;
import uk.safeshare.risk.RiskGrade;
import uk.safeshare.risk.RiskQuestion;
import uk.safeshare.risk.RiskScoring;
import uk.safeshare.risk.RiskViews.Assessment;
import uk.safeshare.risk.RiskViews.History;
import uk.safeshare.shared.InvalidRequestException;
import uk.safeshare.shared.validation.CommandValidator;
import uk.safeshare.shared.web.FormErrors;

/** The risk pages, reached from a victim's page: their history, the checklist form and a result. */
@Controller
@RequestMapping("/cases/{caseId}/people/{personId}/risk-assessments")
class RiskPages {

    private final RiskAssessments assessments;
    private final CommandValidator validator;

    RiskPages(RiskAssessments assessments, CommandValidator validator) {
        this.assessments = assessments;
        this.validator = validator;
    }

    @ModelAttribute
    void vocabulary(Model model) {
        model.addAttribute("questions", RiskQuestion.values());
        model.addAttribute("factors", ImmigrationFactor.values());
        model.addAttribute("answerOptions", Answer.values());
        model.addAttribute("grades", RiskGrade.values());
        model.addAttribute("threshold", RiskScoring.HIGH_RISK_THRESHOLD);
    }

    @GetMapping
    String history(@PathVariable UUID caseId, @PathVariable UUID personId, Model model) {
        History history = assessments.history(caseId, personId);
        model.addAttribute("subject", history.subject());
        model.addAttribute("assessments", history.assessments());
        model.addAttribute("draft", history.assessments().stream().filter(a -> a.isDraft()).findFirst().orElse(null));
        return "risk/history";
    }

    @GetMapping("/new")
    String newAssessment(@PathVariable UUID caseId, @PathVariable UUID personId, Model model) {
        model.addAttribute("subject", assessments.subject(caseId, personId));
        model.addAttribute("form", new RiskForm());
        return "risk/form";
    }

    @PostMapping
    String start(@PathVariable UUID caseId, @PathVariable UUID personId, @ModelAttribute("form") RiskForm form,
                 BindingResult errors, Model model, RedirectAttributes flash) {
        AssessmentDetails command = form.toCommand(errors);
        FormErrors.check(validator, command, errors, RiskForm.FIELDS);
        if (!errors.hasErrors()) {
            try {
                UUID id = assessments.start(caseId, personId, command);
                flash.addFlashAttribute("success", command.draft() ? "Draft saved: you can come back to it" : "Risk assessment completed");
                return "redirect:/cases/" + caseId + "/people/" + personId + "/risk-assessments/" + id;
            } catch (InvalidRequestException e) {
                FormErrors.apply(e, errors, RiskForm.FIELDS);
            }
        }
        model.addAttribute("subject", assessments.subject(caseId, personId));
        return "risk/form";
    }

    @GetMapping("/{assessmentId}")
    String show(@PathVariable UUID caseId, @PathVariable UUID personId, @PathVariable UUID assessmentId, Model model) {
        Assessment found = assessments.assessment(caseId, personId, assessmentId);
        model.addAttribute("subject", found.subject());
        model.addAttribute("a", found.assessment());
        return "risk/assessment";
    }

    @GetMapping("/{assessmentId}/edit")
    String edit(@PathVariable UUID caseId, @PathVariable UUID personId, @PathVariable UUID assessmentId, Model model) {
        Assessment found = assessments.assessment(caseId, personId, assessmentId);
        if (!found.assessment().isDraft()) {
            return "redirect:/cases/" + caseId + "/people/" + personId + "/risk-assessments/" + assessmentId;
        }
        model.addAttribute("subject", found.subject());
        model.addAttribute("assessmentId", assessmentId);
        model.addAttribute("form", RiskForm.of(found.assessment()));
        return "risk/form";
    }

    @PostMapping("/{assessmentId}")
    String revise(@PathVariable UUID caseId, @PathVariable UUID personId, @PathVariable UUID assessmentId,
                  @ModelAttribute("form") RiskForm form, BindingResult errors, Model model, RedirectAttributes flash) {
        AssessmentDetails command = form.toCommand(errors);
        FormErrors.check(validator, command, errors, RiskForm.FIELDS);
        if (!errors.hasErrors()) {
            try {
                assessments.revise(caseId, personId, assessmentId, form.getVersion(), command);
                flash.addFlashAttribute("success", command.draft() ? "Draft saved: you can come back to it" : "Risk assessment completed");
                return "redirect:/cases/" + caseId + "/people/" + personId + "/risk-assessments/" + assessmentId;
            } catch (InvalidRequestException e) {
                FormErrors.apply(e, errors, RiskForm.FIELDS);
            }
        }
        model.addAttribute("subject", assessments.subject(caseId, personId));
        model.addAttribute("assessmentId", assessmentId);
        return "risk/form";
    }
}
