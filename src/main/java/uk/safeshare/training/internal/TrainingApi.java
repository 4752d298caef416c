package uk.safeshare.training.internal;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import uk.safeshare.training.TrainingCommands.RecordCompletion;
import uk.safeshare.training.TrainingCommands.SaveCourse;
import uk.safeshare.training.TrainingViews.Completion;
import uk.safeshare.training.TrainingViews.Course;
import uk.safeshare.training.TrainingViews.CompletionImport;
import uk.safeshare.training.TrainingViews.Overview;
import uk.safeshare.training.TrainingViews.PersonTraining;

/** Training over JSON and CSV. */
@RestController
@RequestMapping("/api/v1/training")
@Tag(name = "Training", description = "Courses, completions, refreshers due and overdue")
class TrainingApi {

    private final TrainingRecords records;
    private final TrainingStandings standings;

    TrainingApi(TrainingRecords records, TrainingStandings standings) {
        this.records = records;
        this.standings = standings;
    }

    @GetMapping("/courses")
    @Operation(summary = "The courses, which roles must take each and the refresher interval in months")
    List<Course> courses() {
        return records.courses();
    }

    @PutMapping("/courses/{code}")
    @Operation(summary = "Add or change a course: title, description, roles that must take it, refresher interval (governance)")
    Course saveCourse(@PathVariable String code, @RequestBody SaveCourse body) {
        return records.saveCourse(code, body);
    }

    @GetMapping("/mine")
    @Operation(summary = "Your own courses: when you last completed each, when it is due again, and whether it is due or overdue")
    PersonTraining mine() {
        return standings.mine();
    }

    @GetMapping("/overview")
    @Operation(summary = "Due and overdue courses per person, team and role (supervisors: their team; governance, DPO, administrators: everyone)")
    Overview overview() {
        return standings.overview();
    }

    @PostMapping("/completions")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Record one completion (governance, administrators)")
    Completion record(@RequestBody RecordCompletion body) {
        return records.record(body);
    }

    @PostMapping(value = "/completions/import", consumes = {"text/csv", MediaType.TEXT_PLAIN_VALUE})
    @Operation(summary = "Import completions from the learning system as CSV (username,course,completed_on): all or nothing, every bad row reported by number (422)")
    ResponseEntity<CompletionImport> importCsv(@RequestBody String csv) {
        CompletionImport report = records.importCsv(csv);
        return ResponseEntity.status(report.imported() ? 200 : 422).body(report);
    }

    @GetMapping(value = "/completions/export", produces = "text/csv")
    @Operation(summary = "Export every completion as CSV, in the import's format (governance, administrators)")
    ResponseEntity<String> exportCsv() {
        return ResponseEntity.ok().header("Content-Disposition", "attachment; filename=\"training-completions.csv\"")
                .contentType(MediaType.parseMediaType("text/csv; charset=UTF-8")).body(records.exportCsv());
    }
}
