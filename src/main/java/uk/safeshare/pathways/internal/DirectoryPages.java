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
import uk.safeshare.identity.Identity;
import uk.safeshare.identity.OrganisationKind;
import uk.safeshare.identity.Role;
import uk.safeshare.pathways.DirectoryCommands.DirectoryQuery;
import uk.safeshare.pathways.Specialism;
import uk.safeshare.pathways.internal.PathwaysForms.ServiceForm;
import uk.safeshare.shared.web.FormSubmission;
/** Pages for the directory of specialist organisations: search, entries, import and export. */
@Controller
class DirectoryPages {

    private final Directory directory;
    private final Identity identity;

    DirectoryPages(Directory directory, Identity identity) {
        this.directory = directory;
        this.identity = identity;
    }

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
        return FormSubmission.handle(errors, PathwaysForms.SERVICE_FIELDS, () -> serviceForm(model, null), () -> {
            var created = directory.create(form.toCommand());
            return FormSubmission.done(flash, created.name() + " added to the directory", "/directory/" + created.id());
        });
    }

    @GetMapping("/directory/{id}/edit")
    String editService(@PathVariable UUID id, Model model) {
        model.addAttribute("form", ServiceForm.of(directory.get(id)));
        return serviceForm(model, id);
    }

    @PostMapping("/directory/{id}")
    String updateService(@PathVariable UUID id, @ModelAttribute("form") ServiceForm form, BindingResult errors, Model model,
                         RedirectAttributes flash) {
        return FormSubmission.handle(errors, PathwaysForms.SERVICE_FIELDS, () -> serviceForm(model, id), () -> {
            directory.update(id, form.toCommand());
            return FormSubmission.done(flash, "Directory entry updated", "/directory/" + id);
        });
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

}
