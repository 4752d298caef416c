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
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import uk.safeshare.identity.Identity;
import uk.safeshare.identity.Role;
import uk.safeshare.identity.UserCommands.MapGroup;
import uk.safeshare.shared.validation.CommandValidator;
import uk.safeshare.shared.web.FormErrors;
import uk.safeshare.shared.web.FormSubmission;

/** Administrators' pages: the groups-to-roles table for single sign-on, and resetting someone's second factor. */
@Controller
@RequestMapping("/admin")
class SingleSignOnPages {

    private final GroupRoles groupRoles;
    private final SecondFactorReset secondFactorReset;
    private final SingleSignOnSettings settings;
    private final Identity identity;
    private final CommandValidator validator;

    SingleSignOnPages(GroupRoles groupRoles, SecondFactorReset secondFactorReset, SingleSignOnSettings settings, Identity identity,
                      CommandValidator validator) {
        this.groupRoles = groupRoles;
        this.secondFactorReset = secondFactorReset;
        this.settings = settings;
        this.identity = identity;
        this.validator = validator;
    }

    public static final class GroupForm {
        private String group;
        private Role role;

        public String getGroup() { return group; }
        public void setGroup(String group) { this.group = group; }
        public Role getRole() { return role; }
        public void setRole(Role role) { this.role = role; }
    }

    private String page(Model model) {
        model.addAttribute("mappings", groupRoles.all());
        model.addAttribute("roles", java.util.Arrays.stream(Role.values()).filter(r -> r != Role.ADMIN).toList());
        model.addAttribute("ssoEnabled", settings.enabled());
        model.addAttribute("groupsClaim", settings.groupsClaim());
        model.addAttribute("myName", identity.current().username());
        return "admin/sso-groups";
    }

    @GetMapping("/sso-groups")
    String mappings(Model model) {
        model.addAttribute("groupForm", new GroupForm());
        return page(model);
    }

    @PostMapping("/sso-groups")
    String add(@ModelAttribute("groupForm") GroupForm form, BindingResult errors, Model model, RedirectAttributes flash) {
        return FormSubmission.handle(errors, Map.of("group", new FormErrors.Field("group", "Group"), "role", new FormErrors.Field("role", "Role")),
                () -> page(model), () -> {
                    MapGroup command = new MapGroup(form.getGroup(), form.getRole());
                    validator.validate(command);
                    var added = groupRoles.add(command);
                    return FormSubmission.done(flash, "Group " + added.group() + " mapped to " + added.role().label()
                            + ("PENDING".equals(added.status()) ? ": waiting for a second administrator" : ""), "/admin/sso-groups");
                });
    }

    @PostMapping("/sso-groups/{id}/approval")
    String approve(@PathVariable UUID id, RedirectAttributes flash) {
        var approved = groupRoles.approve(id);
        flash.addFlashAttribute("success", "Group " + approved.group() + " now gives " + approved.role().label());
        return "redirect:/admin/sso-groups";
    }

    /** Removing a mapping takes the role from everyone who had it through the group, at their next sign-in: ask first. */
    @GetMapping("/sso-groups/{id}/removal")
    String confirmRemoval(@PathVariable UUID id, Model model) {
        var mapping = groupRoles.all().stream().filter(m -> m.id().equals(id)).findFirst()
                .orElseThrow(() -> new uk.safeshare.shared.NotFoundException("There is no group mapping " + id + "."));
        return uk.safeshare.shared.web.Confirmation.ask(model, "Remove a group mapping",
                "Are you sure you want to stop group ‘" + mapping.group() + "’ giving the role " + mapping.role().label() + "?",
                "People in the group lose the role at their next sign-in. Mapping it again needs a second administrator’s approval.",
                "/admin/sso-groups/" + id + "/removal", "Remove the mapping", "/admin/sso-groups", "Single sign-on groups");
    }

    @PostMapping("/sso-groups/{id}/removal")
    String remove(@PathVariable UUID id, RedirectAttributes flash) {
        groupRoles.remove(id);
        flash.addFlashAttribute("success", "Mapping removed");
        return "redirect:/admin/sso-groups";
    }

    @PostMapping("/users/{id}/second-factor/reset")
    String resetSecondFactor(@PathVariable UUID id, RedirectAttributes flash) {
        secondFactorReset.reset(id);
        flash.addFlashAttribute("success", "Second factor reset: they must set up a new one at their next sign-in");
        return "redirect:/admin/users/" + id;
    }
}
