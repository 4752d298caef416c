package uk.safeshare.rights.internal;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import uk.safeshare.rights.RightsRequests;
import uk.safeshare.rights.RightsRequests.Item;
import uk.safeshare.rights.RightsRequests.Kind;
import uk.safeshare.shared.InvalidRequestException;

/** The DPO team's pages for the register of rights requests. */
@Controller
class RightsPages {

    private final RightsRequests rights;
    private final SubjectAccessBundles bundles;

    RightsPages(RightsRequests rights, SubjectAccessBundles bundles) {
        this.rights = rights;
        this.bundles = bundles;
    }

    @GetMapping("/rights")
    String register(Model model) {
        model.addAttribute("requests", rights.register());
        return "rights/list";
    }

    @GetMapping("/rights/new")
    String form(Model model) {
        model.addAttribute("kinds", Kind.values());
        model.addAttribute("form", Map.of());
        return "rights/new";
    }

    @PostMapping("/rights")
    String record(@RequestParam Map<String, String> form, Model model, RedirectAttributes flash) {
        Map<String, String> errors = new LinkedHashMap<>();
        Kind kind = null;
        try {
            kind = Kind.valueOf(form.getOrDefault("kind", ""));
        } catch (IllegalArgumentException e) {
            errors.put("kind", "Select what the person is asking for");
        }
        LocalDate received = date(form, "received", errors, true, "Enter the date the request was received as a real date");
        LocalDate born = date(form, "born", errors, false, "Enter the date of birth as a real date, or leave it blank");
        if (errors.isEmpty()) {
            try {
                var created = rights.record(new RightsRequests.NewRequest(kind, form.get("requester"), form.get("identityCheck"),
                        form.get("givenName"), form.get("familyName"), born, form.get("details"), received));
                flash.addFlashAttribute("success", "Request " + created.reference() + " is recorded; it is due by " + created.dueOn());
                return "redirect:/rights/" + created.id();
            } catch (InvalidRequestException e) {
                e.fieldErrors().forEach((f, m) -> errors.put(switch (f) {
                    case "receivedOn" -> "received-day";
                    case "dateOfBirth" -> "born-day";
                    default -> f;
                }, m));
            }
        }
        model.addAttribute("errors", errors);
        refused();
        model.addAttribute("kinds", Kind.values());
        model.addAttribute("form", form);
        return "rights/new";
    }

    @GetMapping("/rights/{id}")
    String request(@PathVariable UUID id, Model model) {
        var request = rights.get(id);
        model.addAttribute("request", request);
        model.addAttribute("items", Item.values());
        boolean open = request.status() == RightsRequests.Status.RECEIVED || request.status() == RightsRequests.Status.APPROVED;
        model.addAttribute("candidates", open ? rights.candidates(id) : List.of());
        model.addAttribute("confirmed", request.people().stream().map(RightsRequests.MatchedPerson::personId).toList());
        return "rights/request";
    }

    @PostMapping("/rights/{id}/people")
    String people(@PathVariable UUID id, @RequestParam(name = "personIds", required = false) List<UUID> personIds, Model model,
                  RedirectAttributes flash) {
        return act(id, model, flash, () -> rights.confirmPeople(id, personIds == null ? List.of() : personIds), "The person records are confirmed");
    }

    @PostMapping("/rights/{id}/extension")
    String extend(@PathVariable UUID id, @RequestParam(defaultValue = "") String reason, Model model, RedirectAttributes flash) {
        return act(id, model, flash, () -> rights.extend(id, reason), "The deadline is extended by two months");
    }

    @PostMapping("/rights/{id}/withholdings")
    String withhold(@PathVariable UUID id, @RequestParam(defaultValue = "") String item, @RequestParam(defaultValue = "") String reason,
                    Model model, RedirectAttributes flash) {
        Item chosen = null;
        try {
            chosen = Item.valueOf(item);
        } catch (IllegalArgumentException e) {
            // the service reports a missing item with the form's other problems
        }
        Item what = chosen;
        return act(id, model, flash, () -> rights.withhold(id, what, reason), "It will be left out of the bundle");
    }

    @PostMapping("/rights/{id}/decision")
    String decide(@PathVariable UUID id, @RequestParam(defaultValue = "") String verdict, @RequestParam(defaultValue = "") String reason,
                  Model model, RedirectAttributes flash) {
        if (!verdict.equals("APPROVE") && !verdict.equals("REFUSE")) {
            return reshow(id, flash, Map.of("verdict", "Select approve or refuse"));
        }
        return act(id, model, flash, () -> rights.decide(id, verdict.equals("APPROVE"), reason), "The decision is recorded");
    }

    @PostMapping("/rights/{id}/completion")
    String carryOut(@PathVariable UUID id, @RequestParam(defaultValue = "") String note, Model model, RedirectAttributes flash) {
        return act(id, model, flash, () -> rights.carryOut(id, note), "The request is carried out");
    }

    @PostMapping("/rights/{id}/bundle")
    ResponseEntity<byte[]> bundle(@PathVariable UUID id) {
        byte[] zip = bundles.export(id);
        return ResponseEntity.ok().contentType(MediaType.parseMediaType("application/zip"))
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"subject-access.zip\"").body(zip);
    }

    @PostMapping("/rights/restrictions/{personId}/lifting")
    String lift(@PathVariable UUID personId, @RequestParam UUID requestId, @RequestParam(defaultValue = "") String reason, Model model,
                RedirectAttributes flash) {
        return act(requestId, model, flash, () -> rights.liftRestriction(personId, reason), "The restriction is lifted");
    }

    private String act(UUID id, Model model, RedirectAttributes flash, Runnable action, String done) {
        try {
            action.run();
        } catch (InvalidRequestException e) {
            return reshow(id, flash, e.fieldErrors());
        }
        flash.addFlashAttribute("success", done);
        return "redirect:/rights/" + id;
    }

    /** Back to the request with the problems: the page's own GET searches the cases again, an audited combination. */
    private String reshow(UUID id, RedirectAttributes flash, Map<String, String> errors) {
        rights.get(id);
        flash.addFlashAttribute("errors", errors);
        flash.addFlashAttribute("problem", String.join(" ", errors.values()));
        return "redirect:/rights/" + id;
    }

    /** A form shown again with its errors answers 400, as every form does. */
    private static void refused() {
        var attributes = (org.springframework.web.context.request.ServletRequestAttributes)
                org.springframework.web.context.request.RequestContextHolder.currentRequestAttributes();
        if (attributes.getResponse() != null) {
            attributes.getResponse().setStatus(400);
        }
    }

    private static LocalDate date(Map<String, String> form, String name, Map<String, String> errors, boolean required, String message) {
        String d = form.getOrDefault(name + "-day", "").strip();
        String m = form.getOrDefault(name + "-month", "").strip();
        String y = form.getOrDefault(name + "-year", "").strip();
        if (!required && d.isEmpty() && m.isEmpty() && y.isEmpty()) {
            return null;
        }
        try {
            return LocalDate.of(Integer.parseInt(y), Integer.parseInt(m), Integer.parseInt(d));
        } catch (RuntimeException e) {
            errors.put(name + "-day", message);
            return null;
        }
    }
}
