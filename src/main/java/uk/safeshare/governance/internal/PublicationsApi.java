package uk.safeshare.governance.internal;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import uk.safeshare.governance.TrackerCommands.GenerateReport;
import uk.safeshare.governance.internal.Documents.Document;
import uk.safeshare.governance.internal.Documents.Frozen;
import uk.safeshare.shared.statistics.OdsWriter;

/** Board packs and progress reports over the API. */
@RestController
@RequestMapping("/api/v1/governance")
@Tag(name = "Governance")
class PublicationsApi {

    private final Publications publications;
    private final DocumentPdf pdf;
    private final String force;

    PublicationsApi(Publications publications, DocumentPdf pdf, @Value("${safeshare.governance.force:Northmoor Constabulary}") String force) {
        this.publications = publications;
        this.pdf = pdf;
        this.force = force;
    }

    /** A frozen pack or report: its document, its SHA-256, and whether the stored text still has that digest. */
    record FrozenView(UUID id, String sha256, boolean intact, Document document) {
        static FrozenView of(Frozen f) {
            return new FrozenView(f.id(), f.sha256(), f.intact(), f.document());
        }
    }

    @GetMapping("/pack")
    @Operation(summary = "The Vulnerability Board pack as it would be issued now")
    Document livePack() {
        return publications.livePack();
    }

    @GetMapping(value = "/pack.pdf", produces = MediaType.APPLICATION_PDF_VALUE)
    @Operation(summary = "The pack as it would be issued now, as a tagged PDF")
    ResponseEntity<byte[]> livePackPdf() {
        return download(pdf.render(publications.livePack(), null), "vulnerability-board-pack.pdf", MediaType.APPLICATION_PDF_VALUE);
    }

    @PostMapping("/packs")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Issue the pack: it is frozen, and the next pack lists changes from now (governance)")
    FrozenView issuePack() {
        return FrozenView.of(publications.issuePack());
    }

    @GetMapping("/packs")
    @Operation(summary = "Packs issued, newest first")
    List<Publications.Summary> packs() {
        return publications.packs();
    }

    @Operation(summary = "One issued Vulnerability Board pack")
    @GetMapping("/packs/{id}")
    FrozenView pack(@PathVariable UUID id) {
        return FrozenView.of(publications.issuedPack(id));
    }

    @Operation(summary = "One issued Vulnerability Board pack as PDF")
    @GetMapping(value = "/packs/{id}.pdf", produces = MediaType.APPLICATION_PDF_VALUE)
    ResponseEntity<byte[]> packPdf(@PathVariable UUID id) {
        Frozen f = publications.issuedPack(id);
        return download(pdf.render(f.document(), f.sha256()), "vulnerability-board-pack-" + f.document().asOf() + ".pdf",
                MediaType.APPLICATION_PDF_VALUE);
    }

    @PostMapping("/reports")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Generate and freeze the progress report as of a date (ISO 8601), optionally titled (governance)")
    FrozenView generate(@RequestBody GenerateReport body) {
        return FrozenView.of(publications.generateReport(GovernanceApi.required(body)));
    }

    @GetMapping("/reports")
    @Operation(summary = "Progress reports generated, newest first, with their SHA-256")
    List<Publications.Summary> reports() {
        return publications.reports();
    }

    @Operation(summary = "One frozen progress report")
    @GetMapping("/reports/{id}")
    FrozenView report(@PathVariable UUID id) {
        return FrozenView.of(publications.report(id));
    }

    @GetMapping(value = "/reports/{id}.json", produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "The frozen document exactly as stored, whose SHA-256 is the report's")
    ResponseEntity<byte[]> reportJson(@PathVariable UUID id) {
        Frozen f = publications.report(id);
        return download(f.content().getBytes(StandardCharsets.UTF_8), "progress-report-" + f.document().asOf() + ".json",
                MediaType.APPLICATION_JSON_VALUE);
    }

    @Operation(summary = "One frozen progress report as a tagged PDF")
    @GetMapping(value = "/reports/{id}.pdf", produces = MediaType.APPLICATION_PDF_VALUE)
    ResponseEntity<byte[]> reportPdf(@PathVariable UUID id) {
        Frozen f = publications.report(id);
        return download(pdf.render(f.document(), f.sha256()), "progress-report-" + f.document().asOf() + ".pdf",
                MediaType.APPLICATION_PDF_VALUE);
    }

    @Operation(summary = "One frozen progress report as an OpenDocument spreadsheet")
    @GetMapping(value = "/reports/{id}.ods", produces = OdsWriter.MIME_TYPE)
    ResponseEntity<byte[]> reportOds(@PathVariable UUID id) {
        Frozen f = publications.report(id);
        return download(DocumentOds.write(f.document(), f.sha256(), force), "progress-report-" + f.document().asOf() + ".ods",
                OdsWriter.MIME_TYPE);
    }

    @GetMapping("/reports/compare")
    @Operation(summary = "What changed between two reports (from, to: report ids)")
    List<Publications.Difference> compare(@RequestParam UUID from, @RequestParam UUID to) {
        return publications.compare(from, to);
    }

    static ResponseEntity<byte[]> download(byte[] body, String name, String type) {
        return ResponseEntity.ok().header("Content-Disposition", "attachment; filename=\"" + name + "\"")
                .contentType(MediaType.parseMediaType(type)).body(body);
    }
}
