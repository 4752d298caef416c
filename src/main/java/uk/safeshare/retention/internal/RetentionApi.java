package uk.safeshare.retention.internal;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import uk.safeshare.retention.RecordGroup;
import uk.safeshare.retention.Retention;
import uk.safeshare.retention.Retention.DisposalPreview;
import uk.safeshare.retention.Retention.ReviewItem;
import uk.safeshare.retention.RetentionSchedule;
import uk.safeshare.shared.validation.SingleLine;

@RestController
@RequestMapping("/api/v1/retention")
@Tag(name = "Retention", description = "The retention schedule, the review queue and disposal (the DPO's team only)")
class RetentionApi {

    private final Retention retention;
    private final RetentionService service;

    RetentionApi(Retention retention, RetentionService service) {
        this.retention = retention;
        this.service = service;
    }

    record ScheduleChange(@NotNull Map<RecordGroup, Integer> years, @NotBlank @Size(max = 500) @SingleLine String reason) {
    }

    record RetainCommand(@NotBlank @Size(max = 1000) @SingleLine String reason, @NotNull LocalDate nextReviewOn) {
    }

    record RecordSelection(@NotEmpty @Size(max = 200) List<@NotNull UUID> recordIds) {
    }

    record DisposalCommand(@NotEmpty @Size(max = 200) List<@NotNull UUID> recordIds,
                           @NotBlank @Size(max = 500) @SingleLine String reason) {
    }

    @GetMapping("/schedule")
    @Operation(summary = "The retention schedule in force: review periods in years by record group")
    RetentionSchedule schedule() {
        return retention.schedule();
    }

    @GetMapping("/schedule/versions")
    @Operation(summary = "Every version of the retention schedule, newest first")
    List<RetentionSchedule> versions() {
        return retention.scheduleVersions();
    }

    @PutMapping("/schedule")
    @Operation(summary = "Publish a new version of the retention schedule (every group, 1 to 100 years, with the reason)")
    RetentionSchedule setSchedule(@Valid @RequestBody ScheduleChange change) {
        return retention.setSchedule(change.years(), change.reason());
    }

    @GetMapping("/reviews")
    @Operation(summary = "The review queue: cases and people due for review on or before a date (today if none)")
    List<ReviewItem> due(@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate asOf) {
        LocalDate today = service.today();
        return retention.dueForReview(asOf == null || asOf.isAfter(today.plusYears(100)) ? today : asOf);
    }

    @GetMapping("/reviews/{recordId}")
    @Operation(summary = "A case's or person's review: group, next review date, the disclosure holding it, the last decision")
    ReviewItem review(@PathVariable UUID recordId) {
        return retention.review(recordId);
    }

    @PostMapping("/reviews/{recordId}/retention")
    @Operation(summary = "Retain a record at review, with the reason and the next review date")
    ReviewItem retain(@PathVariable UUID recordId, @Valid @RequestBody RetainCommand command) {
        return retention.retain(recordId, command.reason(), command.nextReviewOn());
    }

    @PostMapping("/disposals/preview")
    @Operation(summary = "What disposing of these records would remove, table by table; nothing is changed")
    List<DisposalPreview> preview(@Valid @RequestBody RecordSelection selection) {
        return retention.preview(selection.recordIds());
    }

    @PostMapping("/disposals")
    @Operation(summary = "Dispose of records due for review: their personal data is removed everywhere and their audit keys destroyed")
    List<DisposalPreview> dispose(@Valid @RequestBody DisposalCommand command) {
        return retention.dispose(command.recordIds(), command.reason(), true);
    }
}
