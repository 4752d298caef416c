package uk.safeshare.pathways.internal;

import java.util.UUID;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import uk.safeshare.cases.CaseLookup;
import uk.safeshare.cases.Cases;
import uk.safeshare.pathways.DirectoryCommands.DirectoryQuery;
import uk.safeshare.pathways.ReferralCommands.MakeReferral;
import uk.safeshare.pathways.Specialism;
import uk.safeshare.pathways.internal.PathwaysForms.ReferralForm;
import uk.safeshare.shared.ForbiddenException;
import uk.safeshare.shared.InvalidRequestException;
import uk.safeshare.shared.NotFoundException;
import uk.safeshare.shared.validation.CommandValidator;
import uk.safeshare.shared.web.FormErrors;
import uk.safeshare.shared.web.FormSubmission;
/** Pages where police refer a victim or witness to a specialist organisation, and see the person's referrals. */
@Controller
class ReferralPages {

    private final Directory directory;
    private final Referrals referrals;
    private final Cases cases;
    private final CommandValidator validator;
    private final uk.safeshare.firewall.Firewall firewall;

    ReferralPages(Directory directory, Referrals referrals, Cases cases, CommandValidator validator,
                  uk.safeshare.firewall.Firewall firewall) {
        this.firewall = firewall;
        this.directory = directory;
        this.referrals = referrals;
        this.cases = cases;
        this.validator = validator;
    }

    @GetMapping("/cases/{caseId}/people/{personId}/referrals/new")
    String newReferral(@PathVariable UUID caseId, @PathVariable UUID personId, @RequestParam(required = false) Specialism need,
                       @RequestParam(required = false) UUID sharingRequest, Model model) {
        ReferralForm form = new ReferralForm();
        form.setSharingRequest(sharingRequest);
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
        return FormSubmission.handle(errors, PathwaysForms.REFERRAL_FIELDS, () -> referralForm(caseId, personId, model),
                () -> FormSubmission.done(flash, "Referral sent", referred(caseId, personId, command, form.getSharingRequest())));
    }

    /** Makes the referral; one made from a sharing request's offer meets that offer, and the officer goes back there. */
    private String referred(UUID caseId, UUID personId, MakeReferral command, UUID sharingRequest) {
        if (sharingRequest != null && firewall.sharingAbout(caseId, personId).stream().noneMatch(r -> r.requestId().equals(sharingRequest))) {
            throw new NotFoundException("There is no such sharing request about this person.");
        }
        UUID id = referrals.refer(caseId, personId, command);
        if (sharingRequest == null) {
            return "/cases/" + caseId + "/people/" + personId + "/referrals/" + id;
        }
        var made = referrals.get(caseId, personId, id);
        firewall.referralMadeFrom(sharingRequest, caseId, personId, "Referred to " + made.serviceName() + " (" + made.reference() + ")");
        return "/sharing-requests/" + sharingRequest;
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

}
