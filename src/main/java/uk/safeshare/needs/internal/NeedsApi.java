package uk.safeshare.needs.internal;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.Clock;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import uk.safeshare.needs.NeedsViews.NeedsReport;
import uk.safeshare.shared.statistics.OdsWriter;

/** The needs assessment over JSON, CSV and ODS (governance, analysts). */
@RestController
@RequestMapping("/api/v1/needs")
@Tag(name = "Needs assessment", description = "Supply of specialist services against demand, by area, language and specialism; disclosure-controlled")
class NeedsApi {

    private final NeedsAssessment assessment;
    private final Clock clock;

    NeedsApi(NeedsAssessment assessment, Clock clock) {
        this.assessment = assessment;
        this.clock = clock;
    }

    NeedsReport assess(String from, String to) {
        NeedsPeriods.Period p = NeedsPeriods.read(from, to, clock);
        return assessment.assess(p.from(), p.to());
    }

    @GetMapping
    @Operation(summary = "The needs assessment for a period (from, to: YYYY-MM-DD, end not included; default the last 12 months): gaps ranked and every table")
    NeedsReport get(@RequestParam(required = false) String from, @RequestParam(required = false) String to) {
        return assess(from, to);
    }

    @GetMapping(value = "/assessment.csv", produces = "text/csv")
    @Operation(summary = "The needs assessment's tables as CSV, one line per figure")
    ResponseEntity<String> csv(@RequestParam(required = false) String from, @RequestParam(required = false) String to) {
        return csv(assess(from, to));
    }

    @GetMapping(value = "/assessment.ods", produces = OdsWriter.MIME_TYPE)
    @Operation(summary = "The needs assessment as an ODS spreadsheet: a cover sheet, the gaps, then one sheet per table")
    ResponseEntity<byte[]> ods(@RequestParam(required = false) String from, @RequestParam(required = false) String to) {
        return ods(assess(from, to));
    }

    static ResponseEntity<String> csv(NeedsReport a) {
        return ResponseEntity.ok().header("Content-Disposition", "attachment; filename=\"needs-assessment-" + a.from() + "-" + a.to() + ".csv\"")
                .contentType(MediaType.parseMediaType("text/csv; charset=UTF-8")).body(NeedsDownloads.csv(a));
    }

    static ResponseEntity<byte[]> ods(NeedsReport a) {
        return ResponseEntity.ok().header("Content-Disposition", "attachment; filename=\"needs-assessment-" + a.from() + "-" + a.to() + ".ods\"")
                .contentType(MediaType.parseMediaType(OdsWriter.MIME_TYPE)).body(NeedsDownloads.ods(a));
    }
}
