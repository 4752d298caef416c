package uk.safeshare.needs.internal;

import jakarta.servlet.http.HttpServletResponse;
import java.util.Map;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import uk.safeshare.shared.InvalidRequestException;

/** The needs assessment page: gaps first, then each table with its chart; downloads. */
@Controller
class NeedsPages {

    private final NeedsApi api;

    NeedsPages(NeedsApi api) {
        this.api = api;
    }

    @GetMapping("/needs")
    String page(@RequestParam(required = false) String from, @RequestParam(required = false) String to, Model model,
                HttpServletResponse response) {
        model.addAttribute("from", from);
        model.addAttribute("to", to);
        try {
            model.addAttribute("assessment", api.assess(from, to));
            model.addAttribute("errors", Map.of());
        } catch (InvalidRequestException e) {
            response.setStatus(400);
            model.addAttribute("errors", e.fieldErrors());
            model.addAttribute("assessment", null);
        }
        return "needs/assessment";
    }

    @GetMapping(value = "/needs/assessment.csv", produces = "text/csv")
    ResponseEntity<String> csv(@RequestParam(required = false) String from, @RequestParam(required = false) String to) {
        try {
            return NeedsApi.csv(api.assess(from, to));
        } catch (InvalidRequestException e) {
            return ResponseEntity.badRequest().contentType(org.springframework.http.MediaType.TEXT_PLAIN).body(e.getMessage());
        }
    }

    @GetMapping(value = "/needs/assessment.ods")
    ResponseEntity<byte[]> ods(@RequestParam(required = false) String from, @RequestParam(required = false) String to) {
        try {
            return NeedsApi.ods(api.assess(from, to));
        } catch (InvalidRequestException e) {
            return ResponseEntity.badRequest().contentType(org.springframework.http.MediaType.TEXT_PLAIN)
                    .body(e.getMessage().getBytes(java.nio.charset.StandardCharsets.UTF_8));
        }
    }
}
