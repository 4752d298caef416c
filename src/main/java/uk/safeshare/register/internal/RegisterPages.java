package uk.safeshare.register.internal;

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
import uk.safeshare.identity.Identity;
import uk.safeshare.identity.OrganisationKind;
import uk.safeshare.identity.Role;
import uk.safeshare.identity.SafeShareUser;
import uk.safeshare.register.RecipientCategory;
import uk.safeshare.register.RegisterCommands.CategoryChange;
import uk.safeshare.register.RegisterCommands.OrganisationDetails;
import uk.safeshare.register.RegisteredOrganisation;
import uk.safeshare.register.internal.RegisterForm.CategoryForm;
import uk.safeshare.shared.ForbiddenException;
import uk.safeshare.shared.InvalidRequestException;
import uk.safeshare.shared.NotFoundException;
import uk.safeshare.shared.web.FormErrors;
import uk.safeshare.shared.web.FormSubmission;

/** The register's pages: search and read (case roles and administrators), keep details, set the category (DPO), the queue of names. */
@Controller
class RegisterPages {

    private final Registering register;
    private final Identity identity;

    RegisterPages(Registering register, Identity identity) {
        this.register = register;
        this.identity = identity;
    }

    @ModelAttribute
    void roles(Model model) {
        SafeShareUser user = identity.current();
        model.addAttribute("canEdit", user.hasAny(Role.ADMIN, Role.CASEWORKER, Role.DPO));
        model.addAttribute("isDpo", user.has(Role.DPO));
        model.addAttribute("categories", RecipientCategory.values());
    }

    @GetMapping("/register")
    String list(@RequestParam(required = false) String q, @RequestParam(defaultValue = "false") boolean includeInactive, Model model) {
        String text = q == null || q.length() > 200 ? null : q;
        model.addAttribute("q", text);
        model.addAttribute("includeInactive", includeInactive);
        model.addAttribute("organisations", register.list(text, includeInactive));
        return "register/list";
    }

    @GetMapping("/register/{id}")
    String show(@PathVariable UUID id, Model model) {
        model.addAttribute("organisation", organisation(id));
        model.addAttribute("history", register.history(id));
        return "register/organisation";
    }

    @GetMapping("/register/new")
    String newOrganisation(Model model) {
        requireKeeper();
        model.addAttribute("form", new RegisterForm());
        return form(model, null);
    }

    @PostMapping("/register")
    String create(@ModelAttribute("form") RegisterForm form, BindingResult errors, Model model, RedirectAttributes flash) {
        OrganisationDetails details = form.toCommand(errors);
        return FormSubmission.handle(errors, RegisterForm.FIELDS, () -> form(model, null), () -> {
            RegisteredOrganisation created = register.create(details);
            return FormSubmission.done(flash, created.name() + " is in the register", "/register/" + created.id());
        });
    }

    @GetMapping("/register/{id}/edit")
    String edit(@PathVariable UUID id, Model model) {
        requireKeeper();
        model.addAttribute("form", RegisterForm.of(organisation(id)));
        return form(model, id);
    }

    @PostMapping("/register/{id}")
    String update(@PathVariable UUID id, @ModelAttribute("form") RegisterForm form, BindingResult errors, Model model,
                  RedirectAttributes flash) {
        OrganisationDetails details = form.toCommand(errors);
        return FormSubmission.handle(errors, RegisterForm.FIELDS, () -> form(model, id), () -> {
            register.update(id, details);
            return FormSubmission.done(flash, "The register entry is saved", "/register/" + id);
        });
    }

    @GetMapping("/register/{id}/category")
    String categoryForm(@PathVariable UUID id, Model model) {
        requireDpo();
        RegisteredOrganisation organisation = organisation(id);
        CategoryForm form = new CategoryForm();
        form.setCategory(organisation.category().name());
        model.addAttribute("organisation", organisation);
        model.addAttribute("form", form);
        return "register/category";
    }

    @PostMapping("/register/{id}/category")
    String setCategory(@PathVariable UUID id, @ModelAttribute("form") CategoryForm form, BindingResult errors, Model model,
                       RedirectAttributes flash) {
        requireDpo();
        RecipientCategory category = null;
        try {
            category = form.getCategory() == null || form.getCategory().isBlank() ? null : RecipientCategory.valueOf(form.getCategory());
        } catch (IllegalArgumentException e) {
            FormErrors.reject(errors, "category", "Select one of the categories listed");
        }
        RecipientCategory chosen = category;
        return FormSubmission.handle(errors, RegisterForm.FIELDS, () -> {
            model.addAttribute("organisation", organisation(id));
            return "register/category";
        }, () -> {
            try {
                register.setCategory(id, new CategoryChange(chosen, form.getReason()));
            } catch (uk.safeshare.shared.ConflictException e) {
                // A category the organisation's names rule out (the Home Office's) is a mistake in what was chosen.
                throw new InvalidRequestException("category", e.getMessage());
            }
            return FormSubmission.done(flash, "The category is set", "/register/" + id);
        });
    }

    @GetMapping("/register/unregistered-names")
    String unregistered(Model model) {
        model.addAttribute("names", register.unregisteredNames());
        return "register/unregistered";
    }

    @PostMapping("/register/unregistered-names/resolutions")
    String resolve(@RequestParam String normalised, RedirectAttributes flash) {
        register.resolveUnregisteredName(normalised);
        flash.addFlashAttribute("success", "'" + normalised + "' is off the queue");
        return "redirect:/register/unregistered-names";
    }

    private String form(Model model, UUID id) {
        model.addAttribute("organisationId", id);
        model.addAttribute("partnerOrganisations", identity.organisations().stream()
                .filter(o -> o.kind() == OrganisationKind.PARTNER).toList());
        return "register/form";
    }

    private RegisteredOrganisation organisation(UUID id) {
        return register.find(id).orElseThrow(() -> new NotFoundException("No organisation " + id));
    }

    private void requireKeeper() {
        if (!identity.current().hasAny(Role.ADMIN, Role.CASEWORKER, Role.DPO)) {
            throw new ForbiddenException("Only administrators, caseworkers and the data protection officer keep the register.");
        }
    }

    private void requireDpo() {
        if (!identity.current().has(Role.DPO)) {
            throw new ForbiddenException("Only the data protection officer sets an organisation's category.");
        }
    }
}
