package uk.safeshare.retention.internal;

import java.time.LocalDate;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import uk.safeshare.retention.RecordGroup;
import uk.safeshare.retention.Retention;
import uk.safeshare.shared.InvalidRequestException;

/** The DPO team's retention pages: the queue, a record's review, the disposal preview and the schedule. */
@Controller
class RetentionPages {

    private final Retention retention;
    private final RetentionService service;

    RetentionPages(Retention retention, RetentionService service) {
        this.retention = retention;
        this.service = service;
    }

    @GetMapping("/retention")
    String queue(Model model) {
        model.addAttribute("items", retention.dueForReview(service.today()));
        model.addAttribute("schedule", retention.schedule());
        return "retention/queue";
    }

    @PostMapping("/retention/disposals/preview")
    String preview(@RequestParam(name = "recordIds", required = false) List<UUID> recordIds, Model model, RedirectAttributes flash) {
        if (recordIds == null || recordIds.isEmpty()) {
            // Back to the queue with the problem: showing the queue is itself an audited consultation, made by its own GET.
            flash.addFlashAttribute("errors", Map.of("recordIds", "Select at least one record to dispose of"));
            flash.addFlashAttribute("problem", "Select at least one record to dispose of");
            return "redirect:/retention";
        }
        model.addAttribute("previews", retention.preview(recordIds));
        model.addAttribute("recordIds", recordIds);
        return "retention/preview";
    }

    @PostMapping("/retention/disposals")
    String dispose(@RequestParam(name = "recordIds", required = false) List<UUID> recordIds,
                   @RequestParam(defaultValue = "") String reason, Model model, RedirectAttributes flash) {
        String error = singleLine(reason, 500);
        if (error != null || recordIds == null || recordIds.isEmpty()) {
            if (recordIds == null || recordIds.isEmpty()) {
                return "redirect:/retention";
            }
            model.addAttribute("errors", Map.of("reason", error));
            refused();
            model.addAttribute("previews", retention.preview(recordIds));
            model.addAttribute("recordIds", recordIds);
            model.addAttribute("reason", reason);
            return "retention/preview";
        }
        var done = retention.dispose(recordIds, reason.strip(), true);
        flash.addFlashAttribute("success", done.size() + (done.size() == 1 ? " record was" : " records were") + " disposed of");
        return "redirect:/retention";
    }

    @GetMapping("/retention/reviews/{recordId}")
    String review(@PathVariable UUID recordId, Model model) {
        model.addAttribute("item", retention.review(recordId));
        return "retention/review";
    }

    @PostMapping("/retention/reviews/{recordId}/retention")
    String retain(@PathVariable UUID recordId, @RequestParam(defaultValue = "") String reason,
                  @RequestParam(name = "next-day", defaultValue = "") String day, @RequestParam(name = "next-month", defaultValue = "") String month,
                  @RequestParam(name = "next-year", defaultValue = "") String year, Model model, RedirectAttributes flash) {
        Map<String, String> errors = new LinkedHashMap<>();
        String reasonError = singleLine(reason, 1000);
        if (reasonError != null) {
            errors.put("reason", reasonError);
        }
        LocalDate next = null;
        try {
            next = LocalDate.of(Integer.parseInt(year.strip()), Integer.parseInt(month.strip()), Integer.parseInt(day.strip()));
        } catch (RuntimeException e) {
            errors.put("next-day", "Enter the next review date as a real date, for example 1 12 2030");
        }
        if (errors.isEmpty()) {
            try {
                retention.retain(recordId, reason.strip(), next);
                flash.addFlashAttribute("success", "The record is kept until its next review on " + next);
                return "redirect:/retention";
            } catch (InvalidRequestException e) {
                e.fieldErrors().forEach((f, m) -> errors.put(f.equals("nextReviewOn") ? "next-day" : f, m));
            }
        }
        // Back to the review with the problems and what was typed: opening a review refreshes the dates, in its own GET.
        flash.addFlashAttribute("errors", errors);
        flash.addFlashAttribute("problem", String.join(" ", errors.values()));
        flash.addFlashAttribute("reason", reason);
        flash.addFlashAttribute("day", day);
        flash.addFlashAttribute("month", month);
        flash.addFlashAttribute("year", year);
        return "redirect:/retention/reviews/" + recordId;
    }

    @GetMapping("/retention/schedule")
    String schedule(Model model) {
        model.addAttribute("schedule", retention.schedule());
        model.addAttribute("versions", retention.scheduleVersions());
        model.addAttribute("groups", RecordGroup.values());
        return "retention/schedule";
    }

    @PostMapping("/retention/schedule")
    String setSchedule(@RequestParam Map<String, String> form, Model model, RedirectAttributes flash) {
        Map<String, String> errors = new LinkedHashMap<>();
        Map<RecordGroup, Integer> years = new EnumMap<>(RecordGroup.class);
        for (RecordGroup group : RecordGroup.values()) {
            try {
                int y = Integer.parseInt(form.getOrDefault(group.name(), "").strip());
                if (y < 1 || y > 100) {
                    throw new NumberFormatException();
                }
                years.put(group, y);
            } catch (NumberFormatException e) {
                errors.put(group.name(), "Enter a whole number of years from 1 to 100 for " + group.label());
            }
        }
        String reason = form.getOrDefault("reason", "");
        String reasonError = singleLine(reason, 500);
        if (reasonError != null) {
            errors.put("reason", reasonError);
        }
        if (!errors.isEmpty()) {
            model.addAttribute("errors", errors);
            model.addAttribute("form", form);
            refused();
            return schedule(model);
        }
        var saved = retention.setSchedule(years, reason.strip());
        flash.addFlashAttribute("success", "Version " + saved.version() + " of the retention schedule is in force");
        return "redirect:/retention/schedule";
    }

    /** A form shown again with its errors answers 400, as every form does. */
    private static void refused() {
        var attributes = (org.springframework.web.context.request.ServletRequestAttributes)
                org.springframework.web.context.request.RequestContextHolder.currentRequestAttributes();
        if (attributes.getResponse() != null) {
            attributes.getResponse().setStatus(400);
        }
    }

    static String singleLine(String value, int max) {
        if (value == null || value.isBlank()) {
            return "Enter a reason";
        }
        if (value.length() > max) {
            return "The reason must be " + max + " characters or fewer";
        }
        if (value.chars().anyMatch(c -> c < 0x20 || c == 0x7f)) {
            return "The reason must be on one line";
        }
        return null;
    }
}
