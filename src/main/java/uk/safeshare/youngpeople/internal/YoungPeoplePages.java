package uk.safeshare.youngpeople.internal;

import jakarta.servlet.http.HttpServletResponse;
import java.util.Arrays;
import java.util.Map;
import java.util.UUID;
import java.util.function.Consumer;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import uk.safeshare.shared.InvalidRequestException;
import uk.safeshare.youngpeople.Agency;
import uk.safeshare.youngpeople.RiskLevel;
import uk.safeshare.youngpeople.VulnerabilityKind;
import uk.safeshare.youngpeople.YoungPeopleCommands.ActionStatus;
import uk.safeshare.youngpeople.YoungPeopleFigures.MonthlyFigures;

/**
 * The tracker's pages: the team's list with reviews due, putting a young person on the tracker, one young
 * person with a form for each thing recorded about them, and the board's figures. No JavaScript: each
 * form posts, and a form with problems is shown again, with them, answered 400.
 */
@Controller
@RequestMapping("/young-people")
class YoungPeoplePages {

    private final Tracker tracker;
    private final TrackerUpdates updates;
    private final BoardFigures figures;
    private final CasePersonPicker picker;

    YoungPeoplePages(Tracker tracker, TrackerUpdates updates, BoardFigures figures, CasePersonPicker picker) {
        this.picker = picker;
        this.tracker = tracker;
        this.updates = updates;
        this.figures = figures;
    }

    @GetMapping
    String list(Model model) {
        model.addAttribute("people", tracker.teamList());
        return "young-people/list";
    }

    @GetMapping("/new")
    String newForm(Model model) {
        codes(model);
        model.addAttribute("form", Map.of());
        return "young-people/new";
    }

    @PostMapping
    String create(@RequestParam Map<String, String> form, Model model, HttpServletResponse response, RedirectAttributes flash) {
        try {
            UUID id = tracker.create(PageForms.newYoungPerson(form));
            flash.addFlashAttribute("success", "Young person added to the tracker");
            return "redirect:/young-people/" + id;
        } catch (InvalidRequestException e) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            codes(model);
            model.addAttribute("form", form);
            model.addAttribute("errors", e.fieldErrors());
            return "young-people/new";
        }
    }

    @GetMapping("/{id}")
    String show(@PathVariable UUID id, @RequestParam(required = false) String find, Model model, HttpServletResponse response) {
        codes(model);
        model.addAttribute("person", tracker.show(id));
        if (find != null) {
            // Finding the person to link to: by case reference or name, never by the ids in page addresses.
            model.addAttribute("formName", "link");
            model.addAttribute("form", Map.of("find", find));
            try {
                model.addAttribute("found", picker.find(find));
            } catch (InvalidRequestException e) {
                response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
                model.addAttribute("errors", Map.of("find", e.fieldErrors().values().stream().findFirst().orElse(e.getMessage())));
            }
        }
        return "young-people/show";
    }

    @PostMapping("/{id}/cases")
    String link(@PathVariable UUID id, @RequestParam Map<String, String> form, Model model, HttpServletResponse response,
                RedirectAttributes flash) {
        return change(id, "link", form, model, response, flash, "Linked to the person on the case",
                f -> updates.link(id, PageForms.link(f)));
    }

    @PostMapping("/{id}/vulnerabilities")
    String vulnerability(@PathVariable UUID id, @RequestParam Map<String, String> form, Model model, HttpServletResponse response,
                         RedirectAttributes flash) {
        return change(id, "vulnerability", form, model, response, flash, "Vulnerability recorded",
                f -> updates.addVulnerability(id, PageForms.vulnerability(f)));
    }

    @PostMapping("/{id}/missing-episodes")
    String episode(@PathVariable UUID id, @RequestParam Map<String, String> form, Model model, HttpServletResponse response,
                   RedirectAttributes flash) {
        return change(id, "episode", form, model, response, flash, "Missing episode recorded",
                f -> updates.recordMissingEpisode(id, PageForms.episode(f)));
    }

    @PostMapping("/{id}/missing-episodes/{episodeId}/return")
    String returned(@PathVariable UUID id, @PathVariable UUID episodeId, @RequestParam Map<String, String> form, Model model,
                    HttpServletResponse response, RedirectAttributes flash) {
        return change(id, "return-" + episodeId, form, model, response, flash, "Return recorded",
                f -> updates.recordReturn(id, episodeId, PageForms.episodeReturn(f)));
    }

    @PostMapping("/{id}/risk")
    String risk(@PathVariable UUID id, @RequestParam Map<String, String> form, Model model, HttpServletResponse response,
                RedirectAttributes flash) {
        return change(id, "risk", form, model, response, flash, "Risk level changed",
                f -> updates.changeRisk(id, PageForms.risk(f)));
    }

    @PostMapping("/{id}/professionals")
    String professional(@PathVariable UUID id, @RequestParam Map<String, String> form, Model model, HttpServletResponse response,
                        RedirectAttributes flash) {
        return change(id, "professional", form, model, response, flash, "Professional added",
                f -> updates.addProfessional(id, PageForms.professional(f)));
    }

    @PostMapping("/{id}/reviews")
    String review(@PathVariable UUID id, @RequestParam Map<String, String> form, Model model, HttpServletResponse response,
                  RedirectAttributes flash) {
        return change(id, "review", form, model, response, flash, "Multi-agency review recorded",
                f -> updates.recordReview(id, PageForms.review(f)));
    }

    @PostMapping("/{id}/actions")
    String action(@PathVariable UUID id, @RequestParam Map<String, String> form, Model model, HttpServletResponse response,
                  RedirectAttributes flash) {
        return change(id, "action", form, model, response, flash, "Action recorded",
                f -> updates.addAction(id, PageForms.action(f)));
    }

    @PostMapping("/{id}/actions/{actionId}/status")
    String actionStatus(@PathVariable UUID id, @PathVariable UUID actionId, @RequestParam Map<String, String> form, Model model,
                        HttpServletResponse response, RedirectAttributes flash) {
        return change(id, "action-" + actionId, form, model, response, flash, "Action updated",
                f -> updates.updateAction(id, actionId, PageForms.actionUpdate(f)));
    }

    /** Does the change and goes back to the young person; or shows their page again with the form's problems. */
    private String change(UUID id, String formName, Map<String, String> form, Model model, HttpServletResponse response,
                          RedirectAttributes flash, String success, Consumer<Map<String, String>> doIt) {
        try {
            doIt.accept(form);
            flash.addFlashAttribute("success", success);
            return "redirect:/young-people/" + id;
        } catch (InvalidRequestException e) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            codes(model);
            model.addAttribute("person", tracker.show(id));
            model.addAttribute("formName", formName);
            model.addAttribute("form", form);
            model.addAttribute("errors", e.fieldErrors());
            return "young-people/show";
        }
    }

    @GetMapping("/figures")
    String figures(@RequestParam(required = false) String month, Model model, HttpServletResponse response) {
        model.addAttribute("month", month);
        try {
            MonthlyFigures f = figures.monthly(month);
            model.addAttribute("figures", f);
            model.addAttribute("month", f.month());
        } catch (InvalidRequestException e) {
            model.addAttribute("monthError", e.fieldErrors().getOrDefault("month", e.getMessage()));
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
        }
        return "young-people/figures";
    }

    @GetMapping("/figures.csv")
    ResponseEntity<?> figuresCsv(@RequestParam(required = false) String month) {
        try {
            return YoungPeopleApi.csv(figures.monthly(month));
        } catch (InvalidRequestException e) {
            return ResponseEntity.badRequest().contentType(MediaType.TEXT_PLAIN).body(e.getMessage() + "\n");
        }
    }

    @GetMapping("/figures.ods")
    ResponseEntity<?> figuresOds(@RequestParam(required = false) String month) {
        try {
            return YoungPeopleApi.ods(figures.monthly(month));
        } catch (InvalidRequestException e) {
            return ResponseEntity.badRequest().contentType(MediaType.TEXT_PLAIN).body(e.getMessage() + "\n");
        }
    }

    private static void codes(Model model) {
        model.addAttribute("agencies", Arrays.asList(Agency.values()));
        model.addAttribute("levels", Arrays.asList(RiskLevel.values()));
        model.addAttribute("kinds", Arrays.asList(VulnerabilityKind.values()));
        model.addAttribute("actionStatuses", Arrays.asList(ActionStatus.values()));
    }
}
