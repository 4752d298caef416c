package uk.safeshare.cases.internal;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import uk.safeshare.cases.CaseCommands.BreakGlassReason;
import uk.safeshare.cases.CaseCommands.PersonDetails;
import uk.safeshare.cases.CaseCommands.ReportDetails;
import uk.safeshare.cases.CaseLookup;
import uk.safeshare.cases.CaseViews.BreakGlassUse;
import uk.safeshare.cases.CaseViews.CaseSummary;
import uk.safeshare.cases.CaseViews.CaseView;
import uk.safeshare.cases.CaseViews.HistoryEntry;
import uk.safeshare.cases.CaseViews.PersonView;
import uk.safeshare.shared.ForbiddenException;
import uk.safeshare.shared.NotFoundException;

@RestController
@RequestMapping("/api/v1")
@Tag(name = "Cases", description = "Reports, the people in them, history and break-glass access")
class CasesApi {

    private final ReportRecording reports;
    private final PersonRecording persons;
    private final CaseQueries queries;
    private final BreakGlass breakGlass;

    CasesApi(ReportRecording reports, PersonRecording persons, CaseQueries queries, BreakGlass breakGlass) {
        this.reports = reports;
        this.persons = persons;
        this.queries = queries;
        this.breakGlass = breakGlass;
    }

    @GetMapping("/cases")
    @Operation(summary = "The cases of the caller's team, newest first")
    List<CaseSummary> myTeamsCases() {
        return queries.myTeamsCases();
    }

    @PostMapping("/cases")
    @Operation(summary = "Open a case for a report; it belongs to the caller's team")
    ResponseEntity<CaseView> open(@Valid @RequestBody ReportDetails details) {
        UUID id = reports.open(details);
        return ResponseEntity.created(URI.create("/api/v1/cases/" + id)).body(unwrap(queries.caseFile(id)));
    }

    @GetMapping("/cases/{caseId}")
    @Operation(summary = "A case with its people (audited as a consultation)")
    CaseView caseFile(@PathVariable UUID caseId) {
        return unwrap(queries.caseFile(caseId));
    }

    @PutMapping("/cases/{caseId}")
    @Operation(summary = "Revise a report; pass expectedVersion to refuse a change made on stale data")
    CaseView revise(@PathVariable UUID caseId, @RequestParam(required = false) Long expectedVersion,
                    @Valid @RequestBody ReportDetails details) {
        reports.revise(caseId, expectedVersion, details);
        return unwrap(queries.caseFile(caseId));
    }

    @Operation(summary = "The history of a case: who changed which field and when")
    @GetMapping("/cases/{caseId}/history")
    List<HistoryEntry> caseHistory(@PathVariable UUID caseId) {
        return unwrap(queries.caseHistory(caseId));
    }

    @PostMapping("/cases/{caseId}/people")
    @Operation(summary = "Add a person to a case")
    ResponseEntity<PersonView> addPerson(@PathVariable UUID caseId, @Valid @RequestBody PersonDetails details) {
        UUID id = persons.add(caseId, details);
        return ResponseEntity.created(URI.create("/api/v1/cases/" + caseId + "/people/" + id))
                .body(unwrap(queries.person(caseId, id)));
    }

    @Operation(summary = "One person on a case (a consultation, audited)")
    @GetMapping("/cases/{caseId}/people/{personId}")
    PersonView person(@PathVariable UUID caseId, @PathVariable UUID personId) {
        return unwrap(queries.person(caseId, personId));
    }

    @PutMapping("/cases/{caseId}/people/{personId}")
    @Operation(summary = "Revise what is recorded about a person; the previous version is kept as history")
    PersonView revisePerson(@PathVariable UUID caseId, @PathVariable UUID personId,
                            @RequestParam(required = false) Long expectedVersion, @Valid @RequestBody PersonDetails details) {
        persons.revise(caseId, personId, expectedVersion, details);
        return unwrap(queries.person(caseId, personId));
    }

    @Operation(summary = "The history of a person on a case")
    @GetMapping("/cases/{caseId}/people/{personId}/history")
    List<HistoryEntry> personHistory(@PathVariable UUID caseId, @PathVariable UUID personId) {
        return unwrap(queries.personHistory(caseId, personId));
    }

    @PostMapping("/cases/{caseId}/break-glass")
    @Operation(summary = "Record why you need to open a case outside your team; access lasts a limited time")
    Map<String, Instant> openWithBreakGlass(@PathVariable UUID caseId, @Valid @RequestBody BreakGlassReason reason) {
        return Map.of("expiresAt", breakGlass.open(caseId, reason));
    }

    @GetMapping("/break-glass")
    @Operation(summary = "Recent break-glass uses on the supervisor's team's cases (all, for the DPO)")
    List<BreakGlassUse> breakGlassUses() {
        return breakGlass.recentUses();
    }

    private static <T> T unwrap(CaseLookup<T> lookup) {
        return switch (lookup) {
            case CaseLookup.Found<T> found -> found.value();
            case CaseLookup.NeedsBreakGlass<T> glass -> throw new ForbiddenException("Case " + glass.reference()
                    + " belongs to another team. POST /api/v1/cases/" + glass.caseId() + "/break-glass with a reason to open it.");
            case CaseLookup.Missing<T> missing -> throw new NotFoundException("No such case or person");
        };
    }
}
