package uk.safeshare.cases.internal;

import java.util.List;
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
import uk.safeshare.cases.CaseCommands.BreakGlassReason;
import uk.safeshare.cases.CaseCommands.PersonDetails;
import uk.safeshare.cases.CaseCommands.ReportDetails;
import uk.safeshare.cases.CaseLookup;
import uk.safeshare.cases.CaseViews.CaseView;
import uk.safeshare.cases.CaseViews.PersonView;
import uk.safeshare.cases.CrimeType;
import uk.safeshare.cases.ObservedEthnicity;
import uk.safeshare.cases.PersonRole;
import uk.safeshare.cases.SafeContactMethod;
import uk.safeshare.cases.SelfDefinedEthnicity;
import uk.safeshare.cases.StatusBasis;
import uk.safeshare.cases.Vulnerability;
import uk.safeshare.cases.internal.CaseForms.PersonForm;
import uk.safeshare.cases.internal.CaseForms.ReportForm;
import uk.safeshare.shared.InvalidRequestException;
import uk.safeshare.shared.IsoCodes;
import uk.safeshare.shared.NotFoundException;
import uk.safeshare.shared.web.FormErrors;

/** The case-working pages: my team's cases, a case, its people, their history and break-glass. */
@Controller
@RequestMapping("/cases")
class CasePages {

    private final ReportRecording reports;
    private final PersonRecording persons;
    private final CaseQueries queries;
    private final BreakGlass breakGlass;
    private final uk.safeshare.shared.validation.CommandValidator validator;

    CasePages(ReportRecording reports, PersonRecording persons, CaseQueries queries, BreakGlass breakGlass,
              uk.safeshare.shared.validation.CommandValidator validator) {
        this.validator = validator;
        this.reports = reports;
        this.persons = persons;
        this.queries = queries;
        this.breakGlass = breakGlass;
    }

    @ModelAttribute
    void vocabulary(Model model) {
        model.addAttribute("crimeTypes", CrimeType.values());
        model.addAttribute("roles", PersonRole.values());
        model.addAttribute("statusBases", StatusBasis.values());
        model.addAttribute("selfDefined", SelfDefinedEthnicity.values());
        model.addAttribute("observed", ObservedEthnicity.values());
        model.addAttribute("contactMethods", SafeContactMethod.values());
        model.addAttribute("vulnerabilityFlags", Vulnerability.values());
    }

    @GetMapping
    String list(Model model) {
        model.addAttribute("cases", queries.myTeamsCases());
        return "cases/list";
    }

    @GetMapping("/new")
    String newCase(Model model) {
        model.addAttribute("form", new ReportForm());
        return "cases/report-form";
    }

    @PostMapping
    String create(@ModelAttribute("form") ReportForm form, BindingResult errors, RedirectAttributes flash) {
        ReportDetails command = form.toCommand(errors);
        FormErrors.check(validator, command, errors, CaseForms.REPORT_FIELDS);
        if (errors.hasErrors()) {
            return "cases/report-form";
        }
        try {
            UUID id = reports.open(command);
            flash.addFlashAttribute("success", "Case opened");
            return "redirect:/cases/" + id;
        } catch (InvalidRequestException e) {
            FormErrors.apply(e, errors, CaseForms.REPORT_FIELDS);
            return "cases/report-form";
        }
    }

    @GetMapping("/{caseId}")
    String show(@PathVariable UUID caseId, Model model) {
        return switch (queries.caseFile(caseId)) {
            case CaseLookup.Found<CaseView> found -> {
                model.addAttribute("case", found.value());
                yield "cases/case";
            }
            case CaseLookup.NeedsBreakGlass<CaseView> glass -> "redirect:/cases/" + caseId + "/break-glass";
            case CaseLookup.Missing<CaseView> missing -> throw new NotFoundException("No case");
        };
    }

    @GetMapping("/{caseId}/edit")
    String edit(@PathVariable UUID caseId, Model model) {
        CaseView view = found(queries.caseFile(caseId), caseId);
        model.addAttribute("case", view);
        model.addAttribute("form", ReportForm.of(view));
        return "cases/report-form";
    }

    @PostMapping("/{caseId}")
    String update(@PathVariable UUID caseId, @ModelAttribute("form") ReportForm form, BindingResult errors, Model model,
                  RedirectAttributes flash) {
        ReportDetails command = form.toCommand(errors);
        FormErrors.check(validator, command, errors, CaseForms.REPORT_FIELDS);
        if (!errors.hasErrors()) {
            try {
                reports.revise(caseId, form.version, command);
                flash.addFlashAttribute("success", "Case updated");
                return "redirect:/cases/" + caseId;
            } catch (InvalidRequestException e) {
                FormErrors.apply(e, errors, CaseForms.REPORT_FIELDS);
            }
        }
        model.addAttribute("case", found(queries.caseFile(caseId), caseId));
        return "cases/report-form";
    }

    @GetMapping("/{caseId}/history")
    String history(@PathVariable UUID caseId, Model model) {
        model.addAttribute("entries", found(queries.caseHistory(caseId), caseId));
        model.addAttribute("caseId", caseId);
        model.addAttribute("subject", "case");
        return "cases/history";
    }

    @GetMapping("/{caseId}/people/new")
    String newPerson(@PathVariable UUID caseId, Model model) {
        model.addAttribute("case", found(queries.caseFile(caseId), caseId));
        model.addAttribute("form", PersonForm.blank());
        addCodes(model);
        return "cases/person-form";
    }

    @PostMapping("/{caseId}/people")
    String addPerson(@PathVariable UUID caseId, @ModelAttribute("form") PersonForm form, BindingResult errors, Model model,
                     RedirectAttributes flash) {
        PersonDetails command = form.toCommand(errors);
        FormErrors.check(validator, command, errors, CaseForms.PERSON_FIELDS);
        if (!errors.hasErrors()) {
            try {
                persons.add(caseId, command);
                flash.addFlashAttribute("success", command.role().label() + " added");
                return "redirect:/cases/" + caseId;
            } catch (InvalidRequestException e) {
                FormErrors.apply(e, errors, CaseForms.PERSON_FIELDS);
            }
        }
        model.addAttribute("case", found(queries.caseFile(caseId), caseId));
        addCodes(model);
        return "cases/person-form";
    }

    @GetMapping("/{caseId}/people/{personId}")
    String person(@PathVariable UUID caseId, @PathVariable UUID personId, Model model) {
        return switch (queries.person(caseId, personId)) {
            case CaseLookup.Found<PersonView> found -> {
                model.addAttribute("person", found.value());
                model.addAttribute("countryName", IsoCodes.countryName(found.value().nationality()));
                model.addAttribute("languageName", IsoCodes.languageName(found.value().language()));
                yield "cases/person";
            }
            case CaseLookup.NeedsBreakGlass<PersonView> glass -> "redirect:/cases/" + caseId + "/break-glass";
            case CaseLookup.Missing<PersonView> missing -> throw new NotFoundException("No person");
        };
    }

    @GetMapping("/{caseId}/people/{personId}/edit")
    String editPerson(@PathVariable UUID caseId, @PathVariable UUID personId, Model model) {
        PersonView person = found(queries.person(caseId, personId), caseId);
        model.addAttribute("person", person);
        model.addAttribute("form", PersonForm.of(person));
        model.addAttribute("case", found(queries.caseFile(caseId), caseId));
        addCodes(model);
        return "cases/person-form";
    }

    @PostMapping("/{caseId}/people/{personId}")
    String updatePerson(@PathVariable UUID caseId, @PathVariable UUID personId, @ModelAttribute("form") PersonForm form,
                        BindingResult errors, Model model, RedirectAttributes flash) {
        PersonDetails command = form.toCommand(errors);
        FormErrors.check(validator, command, errors, CaseForms.PERSON_FIELDS);
        if (!errors.hasErrors()) {
            try {
                persons.revise(caseId, personId, form.version, command);
                flash.addFlashAttribute("success", "Person updated; the previous version is kept in the history");
                return "redirect:/cases/" + caseId + "/people/" + personId;
            } catch (InvalidRequestException e) {
                FormErrors.apply(e, errors, CaseForms.PERSON_FIELDS);
            }
        }
        model.addAttribute("person", found(queries.person(caseId, personId), caseId));
        model.addAttribute("case", found(queries.caseFile(caseId), caseId));
        addCodes(model);
        return "cases/person-form";
    }

    @GetMapping("/{caseId}/people/{personId}/history")
    String personHistory(@PathVariable UUID caseId, @PathVariable UUID personId, Model model) {
        List<?> entries = found(queries.personHistory(caseId, personId), caseId);
        model.addAttribute("entries", entries);
        model.addAttribute("caseId", caseId);
        model.addAttribute("personId", personId);
        model.addAttribute("subject", "person");
        return "cases/history";
    }

    @GetMapping("/{caseId}/break-glass")
    String breakGlassForm(@PathVariable UUID caseId, Model model) {
        model.addAttribute("caseId", caseId);
        model.addAttribute("form", new BreakGlassForm());
        return "cases/break-glass";
    }

    @PostMapping("/{caseId}/break-glass")
    String breakGlass(@PathVariable UUID caseId, @ModelAttribute("form") BreakGlassForm form, BindingResult errors, Model model) {
        try {
            breakGlass.open(caseId, new BreakGlassReason(form.getReason()));
            return "redirect:/cases/" + caseId;
        } catch (InvalidRequestException e) {
            FormErrors.apply(e, errors, java.util.Map.of("reason", new FormErrors.Field("reason", "The reason")));
            model.addAttribute("caseId", caseId);
            return "cases/break-glass";
        }
    }

    public static final class BreakGlassForm {
        private String reason;

        public String getReason() {
            return reason;
        }

        public void setReason(String reason) {
            this.reason = reason;
        }
    }

    private static void addCodes(Model model) {
        model.addAttribute("countries", IsoCodes.countries());
        model.addAttribute("languages", IsoCodes.languages());
    }

    /** Pages reached from a case page: without access, send the user to give a break-glass reason first. */
    private static <T> T found(CaseLookup<T> lookup, UUID caseId) {
        return switch (lookup) {
            case CaseLookup.Found<T> f -> f.value();
            case CaseLookup.NeedsBreakGlass<T> g -> throw new uk.safeshare.shared.ForbiddenException(
                    "Case " + g.reference() + " belongs to another team. Open it from its case page and give a break-glass reason first.");
            case CaseLookup.Missing<T> m -> throw new NotFoundException("No case " + caseId);
        };
    }
}
