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
import uk.safeshare.pathways.ReferralCommands.UpdateReferral;
import uk.safeshare.pathways.internal.PathwaysForms.UpdateForm;
import uk.safeshare.shared.InvalidRequestException;
import uk.safeshare.shared.validation.CommandValidator;
import uk.safeshare.shared.web.FormErrors;
import uk.safeshare.shared.web.FormSubmission;
/** The partner portal: a partner's own organisation's referrals, which it accepts, declines, works and closes. */
@Controller
class PartnerReferralPages {

    private final PartnerPortal portal;
    private final CommandValidator validator;

    PartnerReferralPages(PartnerPortal portal, CommandValidator validator) {
        this.portal = portal;
        this.validator = validator;
    }

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
        return FormSubmission.handle(errors, java.util.Map.of("status", new FormErrors.Field("status", "Status"),
                "reason", new FormErrors.Field("reason", "Reason or outcome"), "note", new FormErrors.Field("note", "Note")), () -> {
            model.addAttribute("referral", portal.referral(id));
            return "pathways/partner-referral";
        }, () -> {
            UpdateReferral command = new UpdateReferral(form.getStatus(), form.getReason(), form.getNote());
            validator.validate(command);
            portal.update(id, command);
            return FormSubmission.done(flash, "Referral updated", "/partner/referrals/" + id);
        });
    }

}
