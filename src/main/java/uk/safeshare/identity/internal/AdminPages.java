package uk.safeshare.identity.internal;

import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
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
import uk.safeshare.identity.OrganisationKind;
import uk.safeshare.identity.Role;
import uk.safeshare.identity.UserCommands.CreateOrganisation;
import uk.safeshare.identity.UserCommands.CreateTeam;
import uk.safeshare.identity.UserCommands.CreateUser;
import uk.safeshare.identity.UserCommands.UpdateUser;
import uk.safeshare.identity.UserCommands.UserSummary;
import uk.safeshare.shared.validation.CommandValidator;
import uk.safeshare.shared.web.FormErrors;
import uk.safeshare.shared.web.FormSubmission;
import uk.safeshare.shared.web.FormErrors.Field;

/** The administrator's pages: users, organisations and teams. */
@Controller
@RequestMapping("/admin")
class AdminPages {

    private static final Map<String, Field> USER_FIELDS = Map.of(
            "username", new Field("username", "Username"), "displayName", new Field("displayName", "Name"),
            "email", new Field("email", "E-mail"), "organisationId", new Field("organisationId", "Organisation"),
            "teamId", new Field("teamId", "Team"), "roles", new Field("roles", "Roles"),
            "password", new Field("password", "Password"));

    private final UserAdministration admin;
    private final RoleGrantApprovals approvals;
    private final Identity identity;
    private final CommandValidator validator;

    AdminPages(UserAdministration admin, RoleGrantApprovals approvals, Identity identity, CommandValidator validator) {
        this.admin = admin;
        this.approvals = approvals;
        this.identity = identity;
        this.validator = validator;
    }

    @ModelAttribute
    void choices(Model model) {
        model.addAttribute("allRoles", Role.values());
        model.addAttribute("organisations", identity.organisations());
        model.addAttribute("teams", identity.teams());
        model.addAttribute("kinds", OrganisationKind.values());
    }

    @GetMapping("/users")
    String users(Model model) {
        model.addAttribute("users", admin.users());
        return "admin/users";
    }

    @GetMapping("/users/new")
    String newUser(Model model) {
        model.addAttribute("form", new UserForm());
        return "admin/user-form";
    }

    @PostMapping("/users")
    String create(@ModelAttribute("form") UserForm form, BindingResult errors, RedirectAttributes flash) {
        return FormSubmission.handle(errors, USER_FIELDS, () -> "admin/user-form", () -> {
            CreateUser command = new CreateUser(form.getUsername(), form.getDisplayName(), form.getEmail(), form.getOrganisationId(),
                    form.getTeamId(), form.getRoles(), form.isServiceAccount(), form.isServiceAccount() ? null : form.getPassword());
            validator.validate(command);
            admin.createUser(command);
            return FormSubmission.done(flash, "User " + form.getUsername() + " created", "/admin/users");
        });
    }

    @GetMapping("/users/{id}")
    String edit(@PathVariable UUID id, Model model) {
        UserSummary user = admin.user(id);
        model.addAttribute("user", user);
        model.addAttribute("self", isSelf(id));
        model.addAttribute("form", UserForm.of(user));
        return "admin/user-form";
    }

    private boolean isSelf(UUID id) {
        return identity.current().id().value().equals(id);
    }

    @GetMapping("/role-grants")
    String roleGrants(Model model) {
        model.addAttribute("grants", approvals.pendingGrants());
        model.addAttribute("myName", identity.current().username());
        model.addAttribute("myId", identity.current().id().value());
        return "admin/role-grants";
    }

    @PostMapping("/role-grants/{id}/approval")
    String approve(@PathVariable UUID id, RedirectAttributes flash) {
        UserSummary user = approvals.approveGrant(id);
        flash.addFlashAttribute("success", "Role approved for " + user.username());
        return "redirect:/admin/role-grants";
    }

    @PostMapping("/role-grants/{id}/refusal")
    String refuse(@PathVariable UUID id, RedirectAttributes flash) {
        approvals.refuseGrant(id);
        flash.addFlashAttribute("success", "Role not granted");
        return "redirect:/admin/role-grants";
    }

    @PostMapping("/users/{id}")
    String update(@PathVariable UUID id, @ModelAttribute("form") UserForm form, BindingResult errors, Model model,
                  RedirectAttributes flash) {
        return FormSubmission.handle(errors, USER_FIELDS, () -> {
            model.addAttribute("user", admin.user(id));
            model.addAttribute("self", isSelf(id));
            return "admin/user-form";
        }, () -> {
            if (isSelf(id)) {
                // One's own roles, team and status are not on the form (nobody changes their own); keep them as they are.
                UserSummary me = admin.user(id);
                form.setOrganisationId(me.organisationId());
                form.setTeamId(me.teamId());
                form.setRoles(me.roles().isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(me.roles()));
                form.setEnabled(me.enabled());
            }
            UpdateUser command = new UpdateUser(form.getDisplayName(), form.getEmail(), form.getOrganisationId(), form.getTeamId(),
                    form.getRoles(), form.isEnabled());
            validator.validate(command);
            admin.updateUser(id, command);
            return FormSubmission.done(flash, "User updated", "/admin/users");
        });
    }

    @GetMapping("/organisations")
    String organisations(Model model) {
        model.addAttribute("orgForm", new OrgForm());
        model.addAttribute("teamForm", new TeamForm());
        return "admin/organisations";
    }

    @PostMapping("/organisations")
    String createOrganisation(@ModelAttribute("orgForm") OrgForm form, BindingResult errors, Model model, RedirectAttributes flash) {
        return FormSubmission.handle(errors, Map.of("name", new Field("orgName", "Name"), "kind", new Field("kind", "Kind")), () -> {
            model.addAttribute("teamForm", new TeamForm());
            return "admin/organisations";
        }, () -> {
            CreateOrganisation command = new CreateOrganisation(form.getOrgName(), form.getKind());
            validator.validate(command);
            admin.createOrganisation(command);
            return FormSubmission.done(flash, "Organisation " + form.getOrgName() + " created", "/admin/organisations");
        });
    }

    @PostMapping("/teams")
    String createTeam(@ModelAttribute("teamForm") TeamForm form, BindingResult errors, Model model, RedirectAttributes flash) {
        return FormSubmission.handle(errors, Map.of("name", new Field("teamName", "Name"), "organisationId", new Field("teamOrganisation", "Organisation")), () -> {
            model.addAttribute("orgForm", new OrgForm());
            return "admin/organisations";
        }, () -> {
            CreateTeam command = new CreateTeam(form.getTeamOrganisation(), form.getTeamName());
            validator.validate(command);
            admin.createTeam(command);
            return FormSubmission.done(flash, "Team " + form.getTeamName() + " created", "/admin/organisations");
        });
    }

    public static final class UserForm {
        private String username;
        private String displayName;
        private String email;
        private UUID organisationId;
        private UUID teamId;
        private Set<Role> roles = EnumSet.noneOf(Role.class);
        private boolean serviceAccount;
        private boolean enabled = true;
        private String password;

        static UserForm of(UserSummary u) {
            UserForm f = new UserForm();
            f.username = u.username();
            f.displayName = u.displayName();
            f.email = u.email();
            f.organisationId = u.organisationId();
            f.teamId = u.teamId();
            f.roles = EnumSet.noneOf(Role.class);
            f.roles.addAll(u.roles());
            // Roles waiting for approval stay asked for unless the administrator unticks them.
            f.roles.addAll(u.pendingRoles());
            f.serviceAccount = u.serviceAccount();
            f.enabled = u.enabled();
            return f;
        }

        public String getUsername() { return username; }
        public void setUsername(String v) { username = v; }
        public String getDisplayName() { return displayName; }
        public void setDisplayName(String v) { displayName = v; }
        public String getEmail() { return email; }
        public void setEmail(String v) { email = v; }
        public UUID getOrganisationId() { return organisationId; }
        public void setOrganisationId(UUID v) { organisationId = v; }
        public UUID getTeamId() { return teamId; }
        public void setTeamId(UUID v) { teamId = v; }
        public Set<Role> getRoles() { return roles; }
        public void setRoles(Set<Role> v) { roles = uk.safeshare.shared.web.FormChoices.of(v, Role.class); }
        public boolean isServiceAccount() { return serviceAccount; }
        public void setServiceAccount(boolean v) { serviceAccount = v; }
        public boolean isEnabled() { return enabled; }
        public void setEnabled(boolean v) { enabled = v; }
        public String getPassword() { return password; }
        public void setPassword(String v) { password = v; }
    }

    public static final class OrgForm {
        private String orgName;
        private OrganisationKind kind;

        public String getOrgName() { return orgName; }
        public void setOrgName(String v) { orgName = v; }
        public OrganisationKind getKind() { return kind; }
        public void setKind(OrganisationKind v) { kind = v; }
    }

    public static final class TeamForm {
        private String teamName;
        private UUID teamOrganisation;

        public String getTeamName() { return teamName; }
        public void setTeamName(String v) { teamName = v; }
        public UUID getTeamOrganisation() { return teamOrganisation; }
        public void setTeamOrganisation(UUID v) { teamOrganisation = v; }
    }
}
