package uk.safeshare.governance.internal;

import uk.safeshare.shared.web.DateInput;

import jakarta.servlet.http.HttpServletResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import uk.safeshare.governance.TrackerCommands.GenerateReport;
import uk.safeshare.governance.internal.Documents.Frozen;
import uk.safeshare.identity.Identity;
import uk.safeshare.identity.Role;
import uk.safeshare.shared.InvalidRequestException;
import uk.safeshare.shared.NotFoundException;
import uk.safeshare.shared.statistics.OdsWriter;

/** The Vulnerability Board pack and the progress reports as pages and downloads. */
@Controller
class PublicationsPages {

    private final Publications publications;
    private final DocumentPdf pdf;
    private final Identity identity;
    private final Tracker tracker;
    private final String force;

    PublicationsPages(Publications publications, DocumentPdf pdf, Identity identity, Tracker tracker,
                      @Value("${safeshare.governance.force:Northmoor Constabulary}") String force) {
        this.publications = publications;
        this.pdf = pdf;
        this.identity = identity;
        this.tracker = tracker;
        this.force = force;
    }

    @ExceptionHandler(NotFoundException.class)
    String notFound(NotFoundException e, Model model, HttpServletResponse response) {
        return GovernancePages.problem(404, e.getMessage(), model, response);
    }

    @ExceptionHandler({IllegalArgumentException.class, org.springframework.web.method.annotation.MethodArgumentTypeMismatchException.class,
            org.springframework.web.bind.MissingServletRequestParameterException.class})
    String bad(Exception e, Model model, HttpServletResponse response) {
        return GovernancePages.problem(400, "Choose two reports from the list to compare.", model, response);
    }

    @GetMapping("/governance/pack")
    String livePack(Model model) {
        model.addAttribute("doc", publications.livePack());
        model.addAttribute("packs", publications.packs());
        model.addAttribute("editor", identity.current().has(Role.GOVERNANCE));
        return "governance/pack";
    }

    @GetMapping("/governance/pack.pdf")
    ResponseEntity<byte[]> livePackPdf() {
        return PublicationsApi.download(pdf.render(publications.livePack(), null), "vulnerability-board-pack.pdf",
                MediaType.APPLICATION_PDF_VALUE);
    }

    @PostMapping("/governance/packs")
    String issuePack(RedirectAttributes redirect) {
        Frozen f = publications.issuePack();
        redirect.addFlashAttribute("success", "The pack is issued and frozen");
        return "redirect:/governance/packs/" + f.id();
    }

    @GetMapping("/governance/packs/{id}")
    String pack(@PathVariable UUID id, Model model) {
        Frozen f = publications.issuedPack(id);
        model.addAttribute("frozen", f);
        model.addAttribute("doc", f.document());
        model.addAttribute("base", "/governance/packs/" + id);
        return "governance/frozen";
    }

    @GetMapping("/governance/packs/{id}.pdf")
    ResponseEntity<byte[]> packPdf(@PathVariable UUID id) {
        Frozen f = publications.issuedPack(id);
        return PublicationsApi.download(pdf.render(f.document(), f.sha256()), "vulnerability-board-pack-" + f.document().asOf() + ".pdf",
                MediaType.APPLICATION_PDF_VALUE);
    }

    @GetMapping("/governance/reports")
    String reports(Model model) {
        return showReports(model, Map.of(), Map.of());
    }

    private String showReports(Model model, Map<String, String> errors, Map<String, String> form) {
        model.addAttribute("reports", publications.reports());
        model.addAttribute("editor", identity.current().has(Role.GOVERNANCE));
        model.addAttribute("errors", errors);
        Map<String, String> values = new LinkedHashMap<>(form);
        if (form.isEmpty()) {
            LocalDate today = tracker.today();
            values.put("asOfDay", Integer.toString(today.getDayOfMonth()));
            values.put("asOfMonth", Integer.toString(today.getMonthValue()));
            values.put("asOfYear", Integer.toString(today.getYear()));
            values.put("title", Publications.DEFAULT_TITLE);
        }
        model.addAttribute("form", values);
        return "governance/reports";
    }

    @PostMapping("/governance/reports")
    String generate(@RequestParam Map<String, String> form, Model model, HttpServletResponse response, RedirectAttributes redirect) {
        Frozen f;
        try {
            Map<String, String> errors = new LinkedHashMap<>();
            LocalDate asOf = DateInput.read(form, "asOf", "asOf", "the date the report is as of", false, errors);
            if (!errors.isEmpty()) {
                throw new InvalidRequestException(String.join("; ", errors.values()), errors);
            }
            f = publications.generateReport(new GenerateReport(asOf, form.get("title")));
        } catch (InvalidRequestException e) {
            response.setStatus(400);
            return showReports(model, e.fieldErrors(), form);
        }
        redirect.addFlashAttribute("success", "The report is generated and frozen");
        return "redirect:/governance/reports/" + f.id();
    }

    @GetMapping("/governance/reports/compare")
    String compare(@RequestParam UUID from, @RequestParam UUID to, Model model) {
        model.addAttribute("from", publications.report(from).document());
        model.addAttribute("to", publications.report(to).document());
        model.addAttribute("differences", publications.compare(from, to));
        return "governance/compare";
    }

    @GetMapping("/governance/reports/{id}")
    String report(@PathVariable UUID id, Model model) {
        Frozen f = publications.report(id);
        model.addAttribute("frozen", f);
        model.addAttribute("doc", f.document());
        model.addAttribute("base", "/governance/reports/" + id);
        return "governance/frozen";
    }

    @GetMapping("/governance/reports/{id}.pdf")
    ResponseEntity<byte[]> reportPdf(@PathVariable UUID id) {
        Frozen f = publications.report(id);
        return PublicationsApi.download(pdf.render(f.document(), f.sha256()), "progress-report-" + f.document().asOf() + ".pdf",
                MediaType.APPLICATION_PDF_VALUE);
    }

    @GetMapping("/governance/reports/{id}.ods")
    ResponseEntity<byte[]> reportOds(@PathVariable UUID id) {
        Frozen f = publications.report(id);
        return PublicationsApi.download(DocumentOds.write(f.document(), f.sha256(), force),
                "progress-report-" + f.document().asOf() + ".ods", OdsWriter.MIME_TYPE);
    }

    @GetMapping("/governance/reports/{id}.json")
    ResponseEntity<byte[]> reportJson(@PathVariable UUID id) {
        Frozen f = publications.report(id);
        return PublicationsApi.download(f.content().getBytes(StandardCharsets.UTF_8), "progress-report-" + f.document().asOf() + ".json",
                MediaType.APPLICATION_JSON_VALUE);
    }
}
