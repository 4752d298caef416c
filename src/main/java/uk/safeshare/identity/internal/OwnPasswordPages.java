package uk.safeshare.identity.internal;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Map;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import uk.safeshare.shared.InvalidRequestException;
import uk.safeshare.shared.web.FormErrors;
import uk.safeshare.shared.web.FormErrors.Field;

/** Changing one's own password (the API's {@code POST /api/v1/me/password} is in {@link IdentityApi}). */
@Controller
class OwnPasswordPages {

    private final OwnPassword ownPassword;

    OwnPasswordPages(OwnPassword ownPassword) {
        this.ownPassword = ownPassword;
    }

    @GetMapping("/account/password")
    String form(Model model) {
        model.addAttribute("form", new PasswordForm());
        return "account/password";
    }

    @PostMapping("/account/password")
    String change(@ModelAttribute("form") PasswordForm form, BindingResult errors, HttpServletRequest request,
                  RedirectAttributes flash) {
        try {
            if (form.getNewPassword() == null || !form.getNewPassword().equals(form.getConfirmPassword())) {
                throw new InvalidRequestException("confirmPassword", "The two new passwords are not the same");
            }
            var session = request.getSession(false);
            ownPassword.change(new OwnPassword.ChangePassword(form.getCurrentPassword(), form.getNewPassword()),
                    session == null ? null : session.getId(), null);
            // A new session id for the session that carries on (session fixation).
            request.changeSessionId();
            flash.addFlashAttribute("success", "Your password has been changed. You have been signed out everywhere else.");
            return "redirect:/account/password";
        } catch (InvalidRequestException e) {
            FormErrors.apply(e, errors, Map.of("currentPassword", new Field("currentPassword", "Current password"),
                    "newPassword", new Field("newPassword", "New password"),
                    "confirmPassword", new Field("confirmPassword", "Confirm new password")));
            return "account/password";
        }
    }

    public static final class PasswordForm {
        private String currentPassword;
        private String newPassword;
        private String confirmPassword;

        public String getCurrentPassword() { return currentPassword; }
        public void setCurrentPassword(String v) { currentPassword = v; }
        public String getNewPassword() { return newPassword; }
        public void setNewPassword(String v) { newPassword = v; }
        public String getConfirmPassword() { return confirmPassword; }
        public void setConfirmPassword(String v) { confirmPassword = v; }
    }
}
