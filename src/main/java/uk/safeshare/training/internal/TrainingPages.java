package uk.safeshare.training.internal;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Map;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BeanPropertyBindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import uk.safeshare.identity.Identity;
import uk.safeshare.identity.Role;
import uk.safeshare.shared.InvalidRequestException;
import uk.safeshare.shared.web.DateInput;
import uk.safeshare.training.TrainingCommands.RecordCompletion;

/** Pages: your own training; the overview with recording and import for those who keep the records. */
@Controller
class TrainingPages {

    private final TrainingRecords records;
    private final TrainingStandings standings;
    private final Identity identity;

    TrainingPages(TrainingRecords records, TrainingStandings standings, Identity identity) {
        this.records = records;
        this.standings = standings;
        this.identity = identity;
    }

    @GetMapping("/training/mine")
    String mine(Model model) {
        model.addAttribute("mine", standings.mine());
        model.addAttribute("seesOverview", identity.current().hasAny(Role.SUPERVISOR, Role.GOVERNANCE, Role.DPO, Role.ADMIN));
        return "training/mine";
    }

    @GetMapping("/training")
    String overview(Model model) {
        return show(model, Map.of(), Map.of(), null);
    }

    private String show(Model model, Map<String, String> errors, Map<String, String> form, Object report) {
        model.addAttribute("overview", standings.overview());
        boolean keeper = TrainingRecords.keepsRecords(identity.current());
        model.addAttribute("keeper", keeper);
        // Whose completion is recorded is chosen by name and organisation, never typed as a username.
        model.addAttribute("people", keeper ? identity.colleaguesWithAnyRole(java.util.EnumSet.allOf(Role.class)) : java.util.List.of());
        model.addAttribute("errors", errors);
        model.addAttribute("form", form);
        model.addAttribute("report", report);
        return "training/overview";
    }

    @PostMapping("/training/completions")
    String record(@RequestParam Map<String, String> form, Model model, HttpServletResponse response, RedirectAttributes flash) {
        BeanPropertyBindingResult dateErrors = new BeanPropertyBindingResult(new Object(), "form");
        LocalDate on = DateInput.read(form.get("completedDay"), form.get("completedMonth"), form.get("completedYear"), dateErrors,
                "completedOn", "The date the course was completed", true);
        try {
            if (dateErrors.hasErrors()) {
                throw new InvalidRequestException("completedOn", dateErrors.getAllErrors().getFirst().getDefaultMessage());
            }
            var c = records.record(new RecordCompletion(blankToNull(form.get("username")), blankToNull(form.get("courseCode")), on));
            flash.addFlashAttribute("success", "Recorded: " + c.username() + " completed " + c.courseCode() + " on " + c.completedOn());
            return "redirect:/training";
        } catch (InvalidRequestException e) {
            response.setStatus(400);
            return show(model, e.fieldErrors(), form, null);
        } catch (uk.safeshare.shared.ConflictException e) {
            response.setStatus(409);
            return show(model, Map.of("username", e.getMessage()), form, null);
        }
    }

    @PostMapping("/training/import")
    String importCsv(@RequestParam(value = "file", required = false) MultipartFile file, Model model, HttpServletResponse response)
            throws IOException {
        if (file == null || file.isEmpty()) {
            response.setStatus(400);
            return show(model, Map.of("file", "Choose a CSV file to import"), Map.of(), null);
        }
        var report = records.importCsv(new String(file.getBytes(), StandardCharsets.UTF_8));
        if (!report.imported()) {
            response.setStatus(422);
        }
        return show(model, Map.of(), Map.of(), report);
    }

    @GetMapping(value = "/training/completions.csv", produces = "text/csv")
    ResponseEntity<String> export() {
        return ResponseEntity.ok().header("Content-Disposition", "attachment; filename=\"training-completions.csv\"")
                .contentType(MediaType.parseMediaType("text/csv; charset=UTF-8")).body(records.exportCsv());
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
