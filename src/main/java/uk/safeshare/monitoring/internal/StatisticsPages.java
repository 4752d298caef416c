package uk.safeshare.monitoring.internal;

import uk.safeshare.shared.statistics.OdsWriter;
import jakarta.servlet.http.HttpServletResponse;
import java.util.List;
import java.util.Map;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import uk.safeshare.identity.Identity;
import uk.safeshare.identity.Role;
import uk.safeshare.monitoring.internal.Statistics.Report;
import uk.safeshare.monitoring.internal.Statistics.Trends;
import uk.safeshare.shared.InvalidRequestException;
import uk.safeshare.shared.NotFoundException;
import uk.safeshare.shared.web.FormErrors;
import uk.safeshare.shared.web.RequestIds;

/** The statistics pages: published quarters, trends with charts and tables, downloads, markers and the threshold. */
@Controller
class StatisticsPages {

    static final Map<String, FormErrors.Field> MARKER_FIELDS = Map.of(
            "quarter", new FormErrors.Field("quarter", "Quarter"),
            "count", new FormErrors.Field("count", "Number of live immigration markers"));
    static final Map<String, FormErrors.Field> THRESHOLD_FIELDS = Map.of(
            "threshold", new FormErrors.Field("threshold", "Threshold"));

    private final Releases releases;
    private final QuarterTrends quarterTrends;
    private final MarkerCounts markerCounts;
    private final SuppressionThresholds thresholds;
    private final Identity identity;
    private final String contact;

    StatisticsPages(Releases releases, QuarterTrends quarterTrends, MarkerCounts markerCounts, SuppressionThresholds thresholds,
                    Identity identity, @Value("${safeshare.statistics.contact}") String contact) {
        this.releases = releases;
        this.quarterTrends = quarterTrends;
        this.markerCounts = markerCounts;
        this.thresholds = thresholds;
        this.identity = identity;
        this.contact = contact;
    }

    /** The markers form's fields, as typed. */
    public static class MarkerForm {
        private String quarter;
        private String count;

        public String getQuarter() {
            return quarter;
        }

        public void setQuarter(String quarter) {
            this.quarter = quarter;
        }

        public String getCount() {
            return count;
        }

        public void setCount(String count) {
            this.count = count;
        }
    }

    public static class ThresholdForm {
        private String threshold;

        public String getThreshold() {
            return threshold;
        }

        public void setThreshold(String threshold) {
            this.threshold = threshold;
        }
    }

    @ExceptionHandler(InvalidRequestException.class)
    String invalid(InvalidRequestException e, Model model, HttpServletResponse response) {
        return problem(400, e.getMessage(), model, response);
    }

    @ExceptionHandler(NotFoundException.class)
    String notFound(NotFoundException e, Model model, HttpServletResponse response) {
        return problem(404, e.getMessage(), model, response);
    }

    private String problem(int status, String message, Model model, HttpServletResponse response) {
        response.setStatus(status);
        model.addAttribute("status", status);
        model.addAttribute("problem", message);
        model.addAttribute("requestId", RequestIds.current());
        return "error";
    }

    @GetMapping("/statistics")
    String overview(@RequestParam(required = false) String from, @RequestParam(required = false) String to, Model model) {
        var quarters = releases.quarters();
        model.addAttribute("quarters", quarters);
        model.addAttribute("provisional", releases.provisional());
        java.util.Map<String, String> errors = new java.util.LinkedHashMap<>();
        if (!quarters.available().isEmpty()) {
            Trends trends;
            try {
                trends = quarterTrends.trends(from, to);
            } catch (InvalidRequestException e) {
                // A quarter typed wrongly is shown on this page, with what was typed, never on an error page.
                e.fieldErrors().forEach((field, message) -> errors.put(field.equals("to") ? "to" : "from", message));
                errors.putIfAbsent("from", e.getMessage());
                trends = quarterTrends.trends(null, null);
                uk.safeshare.shared.web.FormSubmission.badRequest();
            }
            model.addAttribute("trends", trends);
            model.addAttribute("charts", trends.trends().stream().map(Charts::of).toList());
        }
        model.addAttribute("from", from);
        model.addAttribute("to", to);
        model.addAttribute("errors", errors);
        model.addAttribute("analyst", identity.current().has(Role.ANALYST));
        model.addAttribute("canSetThreshold", identity.current().hasAny(Role.ANALYST, Role.DPO));
        return "statistics/overview";
    }

    @GetMapping("/statistics/quarters/{quarter}")
    String quarter(@PathVariable String quarter, Model model) {
        Report report = releases.report(quarter);
        model.addAttribute("report", report);
        return "statistics/quarter";
    }

    @GetMapping(value = "/statistics/quarters/{quarter}/tables/{table}.csv", produces = "text/csv")
    ResponseEntity<byte[]> csv(@PathVariable String quarter, @PathVariable String table) {
        Report report = releases.report(quarter);
        return StatisticsApi.Downloads.csv(report, StatisticsApi.table(report, table));
    }

    @GetMapping(value = "/statistics/quarters/{quarter}/tables/{table}.ods", produces = OdsWriter.MIME_TYPE)
    ResponseEntity<byte[]> ods(@PathVariable String quarter, @PathVariable String table) {
        Report report = releases.report(quarter);
        return StatisticsApi.Downloads.ods(report, StatisticsApi.table(report, table), contact);
    }

    @GetMapping(value = "/statistics/quarters/{quarter}/tables.ods", produces = OdsWriter.MIME_TYPE)
    ResponseEntity<byte[]> allOds(@PathVariable String quarter) {
        return StatisticsApi.Downloads.ods(releases.report(quarter), null, contact);
    }

    // ---- Live immigration markers (analysts) ----

    @GetMapping("/statistics/markers")
    String markersForm(Model model) {
        model.addAttribute("form", new MarkerForm());
        return markers(model);
    }

    @PostMapping("/statistics/markers")
    String recordMarkers(@ModelAttribute("form") MarkerForm form, BindingResult errors, Model model, RedirectAttributes flash) {
        try {
            var recorded = markerCounts.recordMarkers(form.getQuarter(), wholeNumber(form.getCount()));
            flash.addFlashAttribute("success", "Recorded " + String.format("%,d", recorded.liveMarkers())
                    + " live immigration markers at the end of " + recorded.quarter());
            return "redirect:/statistics/markers";
        } catch (InvalidRequestException e) {
            FormErrors.apply(e, errors, MARKER_FIELDS);
            return markers(model);
        }
    }

    private String markers(Model model) {
        if (!identity.current().has(Role.ANALYST)) {
            throw new uk.safeshare.shared.ForbiddenException("Only analysts record live immigration marker counts.");
        }
        model.addAttribute("recorded", markerCounts.markerCounts());
        model.addAttribute("example", Quarter.of(java.time.Instant.now()).previous().toString());
        return "statistics/markers";
    }

    // ---- Threshold ----

    @GetMapping("/statistics/settings")
    String settingsForm(Model model) {
        ThresholdForm form = new ThresholdForm();
        form.setThreshold(Integer.toString(thresholds.settings().threshold()));
        model.addAttribute("form", form);
        return settings(model);
    }

    @PostMapping("/statistics/settings")
    String changeSettings(@ModelAttribute("form") ThresholdForm form, BindingResult errors, Model model, RedirectAttributes flash) {
        try {
            Long value = wholeNumber(form.getThreshold());
            Integer threshold = value == null || value > Integer.MAX_VALUE || value < Integer.MIN_VALUE ? null : value.intValue();
            if (value != null && threshold == null) {
                threshold = Integer.MAX_VALUE;
            }
            thresholds.changeThreshold(threshold);
            flash.addFlashAttribute("success", "The threshold for quarters not yet published is now " + threshold);
            return "redirect:/statistics/settings";
        } catch (InvalidRequestException e) {
            FormErrors.apply(e, errors, THRESHOLD_FIELDS);
            return settings(model);
        }
    }

    private String settings(Model model) {
        model.addAttribute("settings", thresholds.settings());
        model.addAttribute("canSetThreshold", identity.current().hasAny(Role.ANALYST, Role.DPO));
        return "statistics/settings";
    }

    /** A whole number as typed (commas allowed), or null if it is not one. */
    static Long wholeNumber(String text) {
        if (text == null) {
            return null;
        }
        String t = text.trim().replace(",", "");
        if (!t.matches("-?\\d{1,18}")) {
            return null;
        }
        return Long.parseLong(t);
    }

    static List<String> outcomes() {
        return ReportBuilder.OUTCOMES.stream().map(Outcome::label).toList();
    }
}
