package uk.safeshare.pathways.internal;

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
import uk.safeshare.pathways.ThirdPartyReporting;
import uk.safeshare.pathways.ThirdPartyReporting.SubmitReport;
import uk.safeshare.pathways.ThirdPartyReporting.Triage;
import uk.safeshare.pathways.internal.PathwaysForms.ReportForm;
import uk.safeshare.pathways.internal.PathwaysForms.TriageForm;
import uk.safeshare.shared.ForbiddenException;
import uk.safeshare.shared.InvalidRequestException;
import uk.safeshare.shared.validation.CommandValidator;
import uk.safeshare.shared.web.FormErrors;
import uk.safeshare.shared.web.FormSubmission;
/** Third-party reports: partners submit them for a victim who does not want to be identified yet; police triage them. */
@Controller
class ThirdPartyReportPages {

    private final ThirdPartyReports reports;
    private final Identity identity;
    private final CommandValidator validator;

    ThirdPartyReportPages(ThirdPartyReports reports, Identity identity, CommandValidator validator) {
        this.reports = reports;
        this.identity = identity;
        this.validator = validator;
    }

    @GetMapping("/third-party-reports")
    String thirdPartyReports(Model model) {
        model.addAttribute("reports", reports.list());
        model.addAttribute("isPartner", identity.current().has(Role.PARTNER));
        return "pathways/third-party-reports";
    }

    @GetMapping("/third-party-reports/new")
    String newThirdPartyReport(Model model) {
        requirePartner();
        model.addAttribute("form", new ReportForm());
        return "pathways/third-party-form";
    }

    @PostMapping("/third-party-reports")
    String submitThirdPartyReport(@ModelAttribute("form") ReportForm form, BindingResult errors, RedirectAttributes flash) {
        requirePartner();
        SubmitReport command = form.toCommand(errors);
        FormErrors.check(validator, command, errors, PathwaysForms.REPORT_FIELDS);
        return FormSubmission.handle(errors, PathwaysForms.REPORT_FIELDS, () -> "pathways/third-party-form",
                () -> FormSubmission.done(flash, "Report sent to the police", "/third-party-reports/" + reports.submit(command)));
    }

    @GetMapping("/third-party-reports/{id}")
    String thirdPartyReport(@PathVariable UUID id, Model model) {
        model.addAttribute("report", reports.get(id));
        model.addAttribute("isPartner", identity.current().has(Role.PARTNER));
        model.addAttribute("form", new TriageForm());
        model.addAttribute("triageStatuses", new ThirdPartyReporting.Status[]{ThirdPartyReporting.Status.TRIAGED,
                ThirdPartyReporting.Status.BECAME_CASE, ThirdPartyReporting.Status.CLOSED});
        return "pathways/third-party-report";
    }

    @PostMapping("/third-party-reports/{id}/triage")
    String triage(@PathVariable UUID id, @ModelAttribute("form") TriageForm form, BindingResult errors, Model model,
                  RedirectAttributes flash) {
        return FormSubmission.handle(errors, java.util.Map.of("status", new FormErrors.Field("status", "What happens next"),
                "victimConsentedToACase", new FormErrors.Field("victimConsentedToACase", "Consent"),
                "note", new FormErrors.Field("note", "Note")), () -> {
            model.addAttribute("report", reports.get(id));
            model.addAttribute("isPartner", false);
            model.addAttribute("triageStatuses", new ThirdPartyReporting.Status[]{ThirdPartyReporting.Status.TRIAGED,
                    ThirdPartyReporting.Status.BECAME_CASE, ThirdPartyReporting.Status.CLOSED});
            return "pathways/third-party-report";
        }, () -> {
            Triage command = new Triage(form.getStatus(), form.getNote(), form.isVictimConsentedToACase());
            validator.validate(command);
            var report = reports.triage(id, command);
            return report.caseId() == null ? FormSubmission.done(flash, "Report triaged", "/third-party-reports/" + id)
                    : FormSubmission.done(flash, "Case opened from the report", "/cases/" + report.caseId());
        });
    }

    private void requirePartner() {
        if (!identity.current().has(Role.PARTNER)) {
            throw new ForbiddenException("Third-party reports are made by partner organisations");
        }
    }
}
