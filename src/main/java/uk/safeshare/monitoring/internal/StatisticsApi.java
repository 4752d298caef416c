package uk.safeshare.monitoring.internal;

import uk.safeshare.shared.statistics.OdsWriter;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.nio.charset.StandardCharsets;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import uk.safeshare.monitoring.internal.Statistics.MarkerCount;
import uk.safeshare.monitoring.internal.Statistics.Quarters;
import uk.safeshare.monitoring.internal.Statistics.Report;
import uk.safeshare.monitoring.internal.Statistics.Settings;
import uk.safeshare.monitoring.internal.Statistics.Table;
import uk.safeshare.monitoring.internal.Statistics.Trends;
import uk.safeshare.shared.NotFoundException;

/** Aggregated, disclosure-controlled figures only: nothing here returns a monitoring record. */
@RestController
@RequestMapping("/api/v1/statistics")
@Tag(name = "Monitoring statistics", description = "Quarterly tables about immigration enforcement, after disclosure control")
class StatisticsApi {

    private final Releases releases;
    private final QuarterTrends trends;
    private final MarkerCounts markers;
    private final SuppressionThresholds thresholds;
    private final String contact;

    StatisticsApi(Releases releases, QuarterTrends trends, MarkerCounts markers, SuppressionThresholds thresholds,
                  @Value("${safeshare.statistics.contact}") String contact) {
        this.releases = releases;
        this.trends = trends;
        this.markers = markers;
        this.thresholds = thresholds;
        this.contact = contact;
    }

    /** A decimal here, so that 1.5 is refused rather than quietly read as 1. */
    record MarkersBody(java.math.BigDecimal count) {
        Long whole() {
            if (count == null) {
                return null;
            }
            if (count.stripTrailingZeros().scale() > 0 || count.abs().compareTo(java.math.BigDecimal.valueOf(Long.MAX_VALUE)) > 0) {
                throw new uk.safeshare.shared.InvalidRequestException("count",
                        "Enter the number of live immigration markers as a whole number, like 120");
            }
            return count.longValueExact();
        }
    }

    record ThresholdBody(Integer threshold) {
    }

    @GetMapping("/quarters")
    @Operation(summary = "The published quarters, and when the next one will be published")
    Quarters quarters() {
        return releases.quarters();
    }

    @GetMapping("/quarters/{quarter}")
    @Operation(summary = "Every table of a published quarter (such as 2026-Q3), after disclosure control")
    Report report(@PathVariable String quarter) {
        return releases.report(quarter);
    }

    @GetMapping("/quarters/{quarter}/tables/{table}")
    @Operation(summary = "One table of a published quarter")
    Table table(@PathVariable String quarter, @PathVariable String table) {
        return table(releases.report(quarter), table);
    }

    @GetMapping(value = "/quarters/{quarter}/tables/{table}.csv", produces = "text/csv")
    @Operation(summary = "One table as CSV")
    ResponseEntity<byte[]> csv(@PathVariable String quarter, @PathVariable String table) {
        Report report = releases.report(quarter);
        return Downloads.csv(report, table(report, table));
    }

    @GetMapping(value = "/quarters/{quarter}/tables/{table}.ods", produces = OdsWriter.MIME_TYPE)
    @Operation(summary = "One table as an OpenDocument spreadsheet, with a cover sheet and notes")
    ResponseEntity<byte[]> ods(@PathVariable String quarter, @PathVariable String table) {
        Report report = releases.report(quarter);
        return Downloads.ods(report, table(report, table), contact);
    }

    @GetMapping(value = "/quarters/{quarter}/tables.ods", produces = OdsWriter.MIME_TYPE)
    @Operation(summary = "All of a quarter's tables in one OpenDocument spreadsheet")
    ResponseEntity<byte[]> allOds(@PathVariable String quarter) {
        return Downloads.ods(releases.report(quarter), null, contact);
    }

    @GetMapping("/trends")
    @Operation(summary = "Figures across quarters (from and to like 2025-Q1; at most 20 quarters), as each quarter published them")
    Trends trends(@RequestParam(required = false) String from, @RequestParam(required = false) String to) {
        return trends.trends(from, to);
    }

    @PutMapping("/markers/{quarter}")
    @Operation(summary = "Record the number of live immigration markers at the end of a quarter (analysts)")
    MarkerCount markers(@PathVariable String quarter, @RequestBody MarkersBody body) {
        return markers.recordMarkers(quarter, body.whole());
    }

    @GetMapping("/settings")
    @Operation(summary = "The suppression threshold, and the threshold each published quarter was published with")
    Settings settings() {
        return thresholds.settings();
    }

    @PutMapping("/settings")
    @Operation(summary = "Set the suppression threshold (3 to 100) for quarters not yet published (analysts, data protection officer)")
    Settings changeSettings(@RequestBody ThresholdBody body) {
        return thresholds.changeThreshold(body.threshold());
    }

    static Table table(Report report, String id) {
        Table table = report.table(id);
        if (table == null) {
            throw new NotFoundException("There is no table '" + id + "'. The tables are: "
                    + String.join(", ", report.tables().stream().map(Table::id).toList()) + ".");
        }
        return table;
    }

    /** Download responses, shared with the pages. */
    static final class Downloads {
        private Downloads() {
        }

        static ResponseEntity<byte[]> csv(Report report, Table table) {
            return ResponseEntity.ok()
                    .header("Content-Disposition", "attachment; filename=\"" + report.quarter() + "-" + table.id() + ".csv\"")
                    .contentType(MediaType.parseMediaType("text/csv; charset=UTF-8"))
                    .body(Publication.csv(table).getBytes(StandardCharsets.UTF_8));
        }

        static ResponseEntity<byte[]> ods(Report report, Table table, String contact) {
            String name = report.quarter() + "-" + (table == null ? "tables" : table.id()) + ".ods";
            return ResponseEntity.ok()
                    .header("Content-Disposition", "attachment; filename=\"" + name + "\"")
                    .contentType(MediaType.parseMediaType(OdsWriter.MIME_TYPE))
                    .body(Publication.ods(report, table, contact));
        }
    }
}
