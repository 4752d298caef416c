package uk.safeshare.pathways.internal;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.UUID;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import uk.safeshare.cases.CaseLookup;
import uk.safeshare.cases.Cases;
import uk.safeshare.cases.CrimeType;
import uk.safeshare.identity.Identity;
import uk.safeshare.identity.OrganisationKind;
import uk.safeshare.identity.Role;
import uk.safeshare.pathways.DirectoryCommands.DirectoryQuery;
import uk.safeshare.pathways.ReferralCommands;
import uk.safeshare.pathways.ReferralCommands.MakeReferral;
import uk.safeshare.pathways.ReferralCommands.UpdateReferral;
import uk.safeshare.pathways.Specialism;
import uk.safeshare.pathways.ThirdPartyReporting;
import uk.safeshare.pathways.ThirdPartyReporting.SubmitReport;
import uk.safeshare.pathways.ThirdPartyReporting.Triage;
import uk.safeshare.pathways.internal.PathwaysForms.ReferralForm;
import uk.safeshare.pathways.internal.PathwaysForms.ReportForm;
import uk.safeshare.pathways.internal.PathwaysForms.ServiceForm;
import uk.safeshare.pathways.internal.PathwaysForms.TriageForm;
import uk.safeshare.pathways.internal.PathwaysForms.UpdateForm;
import uk.safeshare.shared.ForbiddenException;
import uk.safeshare.shared.InvalidRequestException;
import uk.safeshare.shared.IsoCodes;
import uk.safeshare.shared.NotFoundException;
import uk.safeshare.shared.validation.CommandValidator;
import uk.safeshare.shared.web.FormErrors;

/** Pages for the directory, referrals, the partner portal and third-party reports. */
@Controller
class PathwaysPages {

    private final Directory directory;
    private final Referrals referrals;
    private final PartnerPortal portal;
    private final ThirdPartyReports reports;
    private final Cases cases;
    private final Identity identity;
    private final CommandValidator validator;

    PathwaysPages(Directory directory, Referrals referrals, PartnerPortal portal, ThirdPartyReports reports, Cases cases,
                  Identity identity, CommandValidator validator) {
        this.directory = directory;
        this.referrals = referrals;
        this.portal = portal;
        this.reports = reports;
        this.cases = cases;
        this.identity = identity;
        this.validator = validator;
    }

    @ModelAttribute
    void vocabulary(Model model) {
        model.addAttribute("specialismList", Specialism.values());
        model.addAttribute("crimeTypeList", CrimeType.values());
        model.addAttribute("consentMethods", ReferralCommands.ConsentMethod.values());
        model.addAttribute("sharedFieldList", ReferralCommands.SharedField.values());
        model.addAttribute("languageNames", IsoCodes.languages());
    }

    // ---- Directory ----

    @GetMapping("/directory")
    String directory(@RequestParam(required = false) Specialism need, @RequestParam(required = false) String language,
                     @RequestParam(required = false) String area, @RequestParam(required = false) String text, Model model) {
        model.addAttribute("services", directory.search(new DirectoryQuery(need, language, area, text, editor())));
        model.addAttribute("query", new DirectoryQuery(need, language, area, text, false));
        model.addAttribute("canEdit", editor());
        return "pathways/directory";
    }

    @GetMapping("/directory/{id}")
    String service(@PathVariable UUID id, Model model) {
        model.addAttribute("service", directory.get(id));
        model.addAttribute("canEdit", editor());
        return "pathways/service";
    }

    @GetMapping("/directory/new")
    String newService(Model model) {
        model.addAttribute("form", new ServiceForm());
        return serviceForm(model, null);
    }

    @PostMapping("/directory")
    String addService(@ModelAttribute("form") ServiceForm form, BindingResult errors, Model model, RedirectAttributes flash) {
        try {
            var created = directory.create(form.toCommand());
            flash.addFlashAttribute("success", created.name() + " added to the directory");
            return "redirect:/directory/" + created.id();
        } catch (InvalidRequestException e) {
            FormErrors.apply(e, errors, PathwaysForms.SERVICE_FIELDS);
            return serviceForm(model, null);
        }
    }

    @GetMapping("/directory/{id}/edit")
    String editService(@PathVariable UUID id, Model model) {
        model.addAttribute("form", ServiceForm.of(directory.get(id)));
        return serviceForm(model, id);
    }

    @PostMapping("/directory/{id}")
    String updateService(@PathVariable UUID id, @ModelAttribute("form") ServiceForm form, BindingResult errors, Model model,
                         RedirectAttributes flash) {
        try {
            directory.update(id, form.toCommand());
            flash.addFlashAttribute("success", "Directory entry updated");
            return "redirect:/directory/" + id;
        } catch (InvalidRequestException e) {
            FormErrors.apply(e, errors, PathwaysForms.SERVICE_FIELDS);
            return serviceForm(model, id);
        }
    }

    private String serviceForm(Model model, UUID id) {
        model.addAttribute("serviceId", id);
        model.addAttribute("partnerOrganisations", identity.organisations().stream().filter(o -> o.kind() == OrganisationKind.PARTNER).toList());
        return "pathways/service-form";
    }

    @GetMapping("/directory/import")
    String importForm() {
        return "pathways/import";
    }

    @PostMapping("/directory/import")
    String importCsv(@RequestParam(value = "file", required = false) MultipartFile file, Model model) throws IOException {
        if (file == null || file.isEmpty()) {
            model.addAttribute("problem", "Choose a CSV file to import");
            return "pathways/import";
        }
        model.addAttribute("report", directory.importCsv(new String(file.getBytes(), StandardCharsets.UTF_8)));
        return "pathways/import";
    }

    @GetMapping(value = "/directory/export", produces = "text/csv")
    ResponseEntity<String> export() {
        return ResponseEntity.ok().header("Content-Disposition", "attachment; filename=\"specialist-organisations.csv\"")
                .contentType(MediaType.parseMediaType("text/csv; charset=UTF-8")).body(directory.exportCsv());
    }

    private boolean editor() {
        return identity.current().hasAny(Role.ADMIN, Role.CASEWORKER);
    }

    // ---- Referrals (police) ----

    @GetMapping("/cases/{caseId}/people/{personId}/referrals/new")
    String newReferral(@PathVariable UUID caseId, @PathVariable UUID personId, @RequestParam(required = false) Specialism need,
                       Model model) {
        ReferralForm form = new ReferralForm();
        if (need != null) {
            form.getNeeds().add(need);
        }
        model.addAttribute("form", form);
        return referralForm(caseId, personId, model);
    }

    @PostMapping("/cases/{caseId}/people/{personId}/referrals")
    String refer(@PathVariable UUID caseId, @PathVariable UUID personId, @ModelAttribute("form") ReferralForm form,
                 BindingResult errors, Model model, RedirectAttributes flash) {
        MakeReferral command = form.toCommand(errors);
        FormErrors.check(validator, command, errors, PathwaysForms.REFERRAL_FIELDS);
        var consent = Referrals.consentProblems(command);
        if (!consent.isEmpty()) {
            FormErrors.apply(new InvalidRequestException("Consent is incomplete", consent), errors, PathwaysForms.REFERRAL_FIELDS);
        }
        if (!errors.hasErrors()) {
            try {
                UUID id = referrals.refer(caseId, personId, command);
                flash.addFlashAttribute("success", "Referral sent");
                return "redirect:/cases/" + caseId + "/people/" + personId + "/referrals/" + id;
            } catch (InvalidRequestException e) {
                FormErrors.apply(e, errors, PathwaysForms.REFERRAL_FIELDS);
            }
        }
        return referralForm(caseId, personId, model);
    }

    private String referralForm(UUID caseId, UUID personId, Model model) {
        var person = switch (cases.person(caseId, personId)) {
            case CaseLookup.Found<uk.safeshare.cases.CaseViews.PersonView> f -> f.value();
            case CaseLookup.NeedsBreakGlass<uk.safeshare.cases.CaseViews.PersonView> g -> throw new ForbiddenException(
                    "Case " + g.reference() + " belongs to another team. Give a break-glass reason to open it first.");
            case CaseLookup.Missing<uk.safeshare.cases.CaseViews.PersonView> m -> throw new NotFoundException("No person");
        };
        model.addAttribute("person", person);
        model.addAttribute("services", directory.search(new DirectoryQuery(null, null, null, null, false)));
        return "pathways/referral-form";
    }

    @GetMapping("/cases/{caseId}/people/{personId}/referrals")
    String referralsOf(@PathVariable UUID caseId, @PathVariable UUID personId, Model model) {
        model.addAttribute("referrals", referrals.forPerson(caseId, personId));
        model.addAttribute("caseId", caseId);
        model.addAttribute("personId", personId);
        return "pathways/referrals";
    }

    @GetMapping("/cases/{caseId}/people/{personId}/referrals/{referralId}")
    String referral(@PathVariable UUID caseId, @PathVariable UUID personId, @PathVariable UUID referralId, Model model) {
        model.addAttribute("referral", referrals.get(caseId, personId, referralId));
        return "pathways/referral";
    }

    // ---- Partner portal ----

    @GetMapping("/partner/referrals")
    String partnerReferrals(Model model) {
        model.addAttribute("referrals", portal.myReferrals());
        return "pathways/partner-referrals";
    }

    @GetMapping("/partner/referrals/{id}")
    String partnerReferral(@PathVariable UUID id, Model model) {
        model.addAttribute("referral", portal.referral(id));
        model.addAttribute("form", new UpdateForm());
        return "pathways/partner-referral";
    }

    @PostMapping("/partner/referrals/{id}")
    String updatePartnerReferral(@PathVariable UUID id, @ModelAttribute("form") UpdateForm form, BindingResult errors, Model model,
                                 RedirectAttributes flash) {
        try {
            UpdateReferral command = new UpdateReferral(form.getStatus(), form.getReason(), form.getNote());
            validator.validate(command);
            portal.update(id, command);
            flash.addFlashAttribute("success", "Referral updated");
            return "redirect:/partner/referrals/" + id;
        } catch (InvalidRequestException e) {
            FormErrors.apply(e, errors, java.util.Map.of("status", new FormErrors.Field("status", "Status"),
                    "reason", new FormErrors.Field("reason", "Reason or outcome"), "note", new FormErrors.Field("note", "Note")));
            model.addAttribute("referral", portal.referral(id));
            return "pathways/partner-referral";
        }
    }

    // ---- Third-party reports ----

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
        if (!errors.hasErrors()) {
            try {
                UUID id = reports.submit(command);
                flash.addFlashAttribute("success", "Report sent to the police");
                return "redirect:/third-party-reports/" + id;
            } catch (InvalidRequestException e) {
                FormErrors.apply(e, errors, PathwaysForms.REPORT_FIELDS);
            }
        }
        return "pathways/third-party-form";
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
        try {
            Triage command = new Triage(form.getStatus(), form.getNote(), form.isVictimConsentedToACase());
            validator.validate(command);
            var report = reports.triage(id, command);
            flash.addFlashAttribute("success", report.caseId() == null ? "Report triaged" : "Case opened from the report");
            return report.caseId() == null ? "redirect:/third-party-reports/" + id : "redirect:/cases/" + report.caseId();
        } catch (InvalidRequestException e) {
            FormErrors.apply(e, errors, java.util.Map.of("status", new FormErrors.Field("status", "What happens next"),
                    "victimConsentedToACase", new FormErrors.Field("victimConsentedToACase", "Consent"),
                    "note", new FormErrors.Field("note", "Note")));
            model.addAttribute("report", reports.get(id));
            model.addAttribute("isPartner", false);
            model.addAttribute("triageStatuses", new ThirdPartyReporting.Status[]{ThirdPartyReporting.Status.TRIAGED,
                    ThirdPartyReporting.Status.BECAME_CASE, ThirdPartyReporting.Status.CLOSED});
            return "pathways/third-party-report";
        }
    }

    private void requirePartner() {
        if (!identity.current().has(Role.PARTNER)) {
            throw new ForbiddenException("Third-party reports are made by partner organisations");
        }
    }
}
