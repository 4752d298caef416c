package uk.safeshare.outreach.internal;

import jakarta.servlet.http.HttpServletResponse;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BeanPropertyBindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import uk.safeshare.outreach.OutreachViews.NewActivity;
import uk.safeshare.outreach.VenueKind;
import uk.safeshare.shared.InvalidRequestException;
import uk.safeshare.shared.web.DateInput;

/** The outreach page: the outcome signals by area, the log, and recording an activity. */
@Controller
class OutreachPages {

    private final OutreachLog log;
    private final OutreachOutcomes outcomes;

    OutreachPages(OutreachLog log, OutreachOutcomes outcomes) {
        this.log = log;
        this.outcomes = outcomes;
    }

    @GetMapping("/outreach")
    String page(Model model) {
        return show(model, Map.of(), Map.of());
    }

    private String show(Model model, Map<String, String> errors, Map<String, String> form) {
        model.addAttribute("activities", log.activities());
        model.addAttribute("outcomes", outcomes.outcomes());
        model.addAttribute("venues", VenueKind.values());
        model.addAttribute("errors", errors);
        model.addAttribute("form", form);
        return "outreach/log";
    }

    @PostMapping("/outreach")
    String record(@RequestParam Map<String, String> form, Model model, HttpServletResponse response, RedirectAttributes flash) {
        BeanPropertyBindingResult dateErrors = new BeanPropertyBindingResult(new Object(), "form");
        LocalDate on = DateInput.read(form.get("heldDay"), form.get("heldMonth"), form.get("heldYear"), dateErrors, "heldOn",
                "The date of the activity", true);
        try {
            if (dateErrors.hasErrors()) {
                throw new InvalidRequestException("heldOn", dateErrors.getAllErrors().getFirst().getDefaultMessage());
            }
            VenueKind venue = Arrays.stream(VenueKind.values()).filter(v -> v.name().equals(form.get("venueKind"))).findFirst().orElse(null);
            String languages = form.getOrDefault("languages", "");
            List<String> codes = languages.isBlank() ? List.of() : Arrays.stream(languages.split("[,\\s]+")).filter(s -> !s.isBlank()).toList();
            Integer reach = parseReach(form.get("reach"));
            var a = log.record(new NewActivity(on, venue, form.get("area"), codes, form.get("materials"), form.get("partner"), reach));
            flash.addFlashAttribute("success", "The activity in " + a.area() + " on " + a.heldOn() + " is recorded");
            return "redirect:/outreach";
        } catch (InvalidRequestException e) {
            response.setStatus(400);
            return show(model, e.fieldErrors(), form);
        }
    }

    private static Integer parseReach(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Integer.valueOf(value.strip());
        } catch (NumberFormatException e) {
            throw new InvalidRequestException("reach", "Enter how many people it reached as a whole number, for example 40");
        }
    }
}
