package uk.safeshare.youngpeople.internal;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.util.List;
import java.util.UUID;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import uk.safeshare.shared.statistics.OdsWriter;
import uk.safeshare.youngpeople.YoungPeopleCommands.ActionUpdate;
import uk.safeshare.youngpeople.YoungPeopleCommands.CaseLink;
import uk.safeshare.youngpeople.YoungPeopleCommands.EpisodeReturn;
import uk.safeshare.youngpeople.YoungPeopleCommands.NewAction;
import uk.safeshare.youngpeople.YoungPeopleCommands.NewMissingEpisode;
import uk.safeshare.youngpeople.YoungPeopleCommands.NewProfessional;
import uk.safeshare.youngpeople.YoungPeopleCommands.NewReview;
import uk.safeshare.youngpeople.YoungPeopleCommands.NewVulnerability;
import uk.safeshare.youngpeople.YoungPeopleCommands.NewYoungPerson;
import uk.safeshare.youngpeople.YoungPeopleCommands.RiskChange;
import uk.safeshare.youngpeople.YoungPeopleFigures.MonthlyFigures;
import uk.safeshare.youngpeople.YoungPeopleViews.Summary;
import uk.safeshare.youngpeople.YoungPeopleViews.YoungPersonView;

@RestController
@RequestMapping("/api/v1/young-people")
@Tag(name = "Young people at risk", description = "The vulnerability tracker: young people under 18 (and care leavers),"
        + " their vulnerabilities, missing episodes, risk, professionals, multi-agency reviews and actions; need-to-know as"
        + " for cases. Immigration status is never a field. The Vulnerability Board's monthly figures, disclosure-controlled.")
class YoungPeopleApi {

    private final Tracker tracker;
    private final TrackerUpdates updates;
    private final BoardFigures figures;

    YoungPeopleApi(Tracker tracker, TrackerUpdates updates, BoardFigures figures) {
        this.tracker = tracker;
        this.updates = updates;
        this.figures = figures;
    }

    @GetMapping
    @Operation(summary = "The caller's team's young people, overdue reviews first (audited)")
    List<Summary> list() {
        return tracker.teamList();
    }

    @GetMapping("/reviews-due")
    @Operation(summary = "The team's multi-agency reviews due within 7 days, or overdue")
    List<Summary> reviewsDue() {
        return tracker.reviewsDue();
    }

    @PostMapping
    @Operation(summary = "Put a young person on the tracker (under 18, or a care leaver up to 25)")
    ResponseEntity<YoungPersonView> create(@RequestBody NewYoungPerson command) {
        UUID id = tracker.create(command);
        return ResponseEntity.created(URI.create("/api/v1/young-people/" + id)).body(tracker.show(id));
    }

    @GetMapping("/{id}")
    @Operation(summary = "A young person and everything the tracker holds about them (audited)")
    YoungPersonView show(@PathVariable UUID id) {
        return tracker.show(id);
    }

    @PostMapping("/{id}/cases")
    @Operation(summary = "Link the young person to a person on a case the caller may see")
    ResponseEntity<YoungPersonView> link(@PathVariable UUID id, @RequestBody CaseLink command) {
        updates.link(id, command);
        return ResponseEntity.status(201).body(tracker.show(id));
    }

    @PostMapping("/{id}/vulnerabilities")
    @Operation(summary = "Record a kind of vulnerability")
    ResponseEntity<YoungPersonView> vulnerability(@PathVariable UUID id, @RequestBody NewVulnerability command) {
        updates.addVulnerability(id, command);
        return ResponseEntity.status(201).body(tracker.show(id));
    }

    @PostMapping("/{id}/missing-episodes")
    @Operation(summary = "Record a missing episode (from home or care), with the return and return interview if known")
    ResponseEntity<YoungPersonView> episode(@PathVariable UUID id, @RequestBody NewMissingEpisode command) {
        updates.recordMissingEpisode(id, command);
        return ResponseEntity.status(201).body(tracker.show(id));
    }

    @PostMapping("/{id}/missing-episodes/{episodeId}/return")
    @Operation(summary = "Record the young person's return, and the return interview when held")
    YoungPersonView returned(@PathVariable UUID id, @PathVariable UUID episodeId, @RequestBody EpisodeReturn command) {
        updates.recordReturn(id, episodeId, command);
        return tracker.show(id);
    }

    @PutMapping("/{id}/risk")
    @Operation(summary = "Change the risk level, with the reason (kept as history)")
    YoungPersonView risk(@PathVariable UUID id, @RequestBody RiskChange command) {
        updates.changeRisk(id, command);
        return tracker.show(id);
    }

    @PostMapping("/{id}/professionals")
    @Operation(summary = "Record a professional working with the young person")
    ResponseEntity<YoungPersonView> professional(@PathVariable UUID id, @RequestBody NewProfessional command) {
        updates.addProfessional(id, command);
        return ResponseEntity.status(201).body(tracker.show(id));
    }

    @PostMapping("/{id}/reviews")
    @Operation(summary = "Record a multi-agency review, and the date of the next")
    ResponseEntity<YoungPersonView> review(@PathVariable UUID id, @RequestBody NewReview command) {
        updates.recordReview(id, command);
        return ResponseEntity.status(201).body(tracker.show(id));
    }

    @PostMapping("/{id}/actions")
    @Operation(summary = "Record an action with its owner and due date")
    ResponseEntity<YoungPersonView> action(@PathVariable UUID id, @RequestBody NewAction command) {
        updates.addAction(id, command);
        return ResponseEntity.status(201).body(tracker.show(id));
    }

    @PutMapping("/{id}/actions/{actionId}")
    @Operation(summary = "Change an action's status")
    YoungPersonView actionStatus(@PathVariable UUID id, @PathVariable UUID actionId, @RequestBody ActionUpdate command) {
        updates.updateAction(id, actionId, command);
        return tracker.show(id);
    }

    @GetMapping("/figures")
    @Operation(summary = "The Vulnerability Board's figures for a month (like 2026-11), disclosure-controlled")
    MonthlyFigures figures(@RequestParam(required = false) String month) {
        return figures.monthly(month);
    }

    @GetMapping(value = "/figures.csv", produces = "text/csv")
    @Operation(summary = "The board's figures as CSV (month, table, row, column, count)")
    ResponseEntity<String> figuresCsv(@RequestParam(required = false) String month) {
        return csv(figures.monthly(month));
    }

    @GetMapping(value = "/figures.ods", produces = OdsWriter.MIME_TYPE)
    @Operation(summary = "The board's figures as an OpenDocument spreadsheet")
    ResponseEntity<byte[]> figuresOds(@RequestParam(required = false) String month) {
        return ods(figures.monthly(month));
    }

    static ResponseEntity<String> csv(MonthlyFigures f) {
        return ResponseEntity.ok()
                .header("Content-Disposition", "attachment; filename=\"young-people-figures-" + f.month() + ".csv\"")
                .contentType(MediaType.parseMediaType("text/csv; charset=UTF-8"))
                .body(FiguresDownloads.csv(f));
    }

    static ResponseEntity<byte[]> ods(MonthlyFigures f) {
        return ResponseEntity.ok()
                .header("Content-Disposition", "attachment; filename=\"young-people-figures-" + f.month() + ".ods\"")
                .contentType(MediaType.parseMediaType(OdsWriter.MIME_TYPE))
                .body(FiguresDownloads.ods(f));
    }
}
