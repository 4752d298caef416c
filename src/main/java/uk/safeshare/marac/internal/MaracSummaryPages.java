package uk.safeshare.marac.internal;

import jakarta.servlet.http.HttpServletResponse;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import uk.safeshare.shared.InvalidRequestException;

/** The MARAC quarterly summary page, and its CSV and ODS downloads. */
@Controller
@RequestMapping("/marac")
class MaracSummaryPages {

    private final MaracSummaries summaries;

    MaracSummaryPages(MaracSummaries summaries) {
        this.summaries = summaries;
    }

    /** The quarterly summary; a quarter that is not one (or has not started) is a form error, answered 400. */
    @GetMapping("/summary")
    String summary(@RequestParam(required = false) String quarter, Model model, HttpServletResponse response) {
        model.addAttribute("quarter", quarter);
        try {
            MaracQuarterlySummary summary = summaries.summary(quarter);
            model.addAttribute("summary", summary);
            model.addAttribute("quarter", summary.quarter());
        } catch (InvalidRequestException e) {
            model.addAttribute("quarterError", e.fieldErrors().getOrDefault("quarter", e.getMessage()));
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
        }
        return "marac/summary";
    }

    @GetMapping("/summary.csv")
    org.springframework.http.ResponseEntity<String> summaryCsv(@RequestParam(required = false) String quarter) {
        try {
            return MaracApi.csv(summaries.summary(quarter));
        } catch (InvalidRequestException e) {
            return org.springframework.http.ResponseEntity.badRequest().contentType(org.springframework.http.MediaType.TEXT_PLAIN)
                    .body(e.fieldErrors().getOrDefault("quarter", e.getMessage()) + "\n");
        }
    }

    @GetMapping("/summary.ods")
    org.springframework.http.ResponseEntity<?> summaryOds(@RequestParam(required = false) String quarter) {
        try {
            return MaracApi.ods(summaries.summary(quarter));
        } catch (InvalidRequestException e) {
            return org.springframework.http.ResponseEntity.badRequest().contentType(org.springframework.http.MediaType.TEXT_PLAIN)
                    .body(e.fieldErrors().getOrDefault("quarter", e.getMessage()) + "\n");
        }
    }
}
