package uk.safeshare.identity.internal;

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
import uk.safeshare.identity.UserCommands.IssueToken;
import uk.safeshare.shared.InvalidRequestException;
import uk.safeshare.shared.validation.CommandValidator;
import uk.safeshare.shared.web.FormErrors;
import uk.safeshare.shared.web.FormErrors.Field;

/** A user's own API tokens: issue (the secret is shown once), list, revoke. */
@Controller
class TokenPages {

    private final ApiTokens tokens;
    private final Identity identity;
    private final CommandValidator validator;

    TokenPages(ApiTokens tokens, Identity identity, CommandValidator validator) {
        this.tokens = tokens;
        this.identity = identity;
        this.validator = validator;
    }

    @GetMapping("/account/tokens")
    String list(Model model) {
        model.addAttribute("form", new TokenForm());
        return page(model);
    }

    @PostMapping("/account/tokens")
    String issue(@ModelAttribute("form") TokenForm form, BindingResult errors, Model model) {
        if (!errors.hasErrors()) {
            try {
                IssueToken command = new IssueToken(form.getLabel(), form.getDays() == null ? 0 : form.getDays());
                validator.validate(command);
                model.addAttribute("issued", tokens.issue(identity.current().id().value(), command));
                model.addAttribute("form", new TokenForm());
            } catch (InvalidRequestException e) {
                FormErrors.apply(e, errors, Map.of("label", new Field("label", "Label"), "days", new Field("days", "Days")));
            }
        }
        return page(model);
    }

    /** Revoking cannot be undone (a program using the token stops working at once): ask first. */
    @GetMapping("/account/tokens/{id}/revoke")
    String confirmRevoke(@PathVariable UUID id, Model model) {
        var token = tokens.list(identity.current().id().value()).stream()
                .filter(t -> t.id().equals(id) && t.revokedAt() == null).findFirst()
                .orElseThrow(() -> new uk.safeshare.shared.NotFoundException("You have no token " + id + " to revoke."));
        return uk.safeshare.shared.web.Confirmation.ask(model, "Revoke a token", "Are you sure you want to revoke the token ‘" + token.label() + "’?",
                "Anything that uses it will be refused from then on. This cannot be undone: issue a new token instead.",
                "/account/tokens/" + id + "/revoke", "Revoke the token", "/account/tokens", "Your API tokens");
    }

    @PostMapping("/account/tokens/{id}/revoke")
    String revoke(@PathVariable UUID id, RedirectAttributes flash) {
        tokens.revoke(id);
        flash.addFlashAttribute("success", "Token revoked");
        return "redirect:/account/tokens";
    }

    private String page(Model model) {
        model.addAttribute("tokens", tokens.list(identity.current().id().value()));
        model.addAttribute("now", java.time.Instant.now());
        return "account/tokens";
    }

    public static final class TokenForm {
        private String label;
        private Integer days = 30;

        public String getLabel() { return label; }
        public void setLabel(String v) { label = v; }
        public Integer getDays() { return days; }
        public void setDays(Integer v) { days = v; }
    }
}
