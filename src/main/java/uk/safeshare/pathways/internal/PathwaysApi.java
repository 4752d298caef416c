package uk.safeshare.pathways.internal;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
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
import uk.safeshare.pathways.DirectoryCommands.DirectoryQuery;
import uk.safeshare.pathways.DirectoryCommands.ImportReport;
import uk.safeshare.pathways.DirectoryCommands.ServiceDetails;
import uk.safeshare.pathways.DirectoryCommands.SupportService;
import uk.safeshare.pathways.ReferralCommands.MakeReferral;
import uk.safeshare.pathways.ReferralCommands.PartnerReferralView;
import uk.safeshare.pathways.ReferralCommands.ReferralView;
import uk.safeshare.pathways.ReferralCommands.UpdateReferral;
import uk.safeshare.pathways.Specialism;
import uk.safeshare.pathways.ThirdPartyReporting.ReportView;
import uk.safeshare.pathways.ThirdPartyReporting.SubmitReport;
import uk.safeshare.pathways.ThirdPartyReporting.Triage;

@RestController
@RequestMapping("/api/v1")
@Tag(name = "Safe reporting pathways", description = "Specialist organisations, consented referrals, the partner portal, third-party reports")
class PathwaysApi {

    private final Directory directory;
    private final Referrals referrals;
    private final PartnerPortal portal;
    private final ThirdPartyReports reports;

    PathwaysApi(Directory directory, Referrals referrals, PartnerPortal portal, ThirdPartyReports reports) {
        this.directory = directory;
        this.referrals = referrals;
        this.portal = portal;
        this.reports = reports;
    }

    @GetMapping("/directory")
    @Operation(summary = "Search the directory of specialist organisations by need, language (ISO 639-1) and area")
    List<SupportService> search(@RequestParam(required = false) Specialism need, @RequestParam(required = false) String language,
                                @RequestParam(required = false) String area, @RequestParam(required = false) String text,
                                @RequestParam(defaultValue = "false") boolean includeInactive) {
        return directory.search(new DirectoryQuery(need, language, area, text, includeInactive));
    }

    @Operation(summary = "One specialist organisation in the directory")
    @GetMapping("/directory/{id}")
    SupportService service(@PathVariable UUID id) {
        return directory.get(id);
    }

    @PostMapping("/directory")
    @Operation(summary = "Add an organisation to the directory (administrators and caseworkers)")
    ResponseEntity<SupportService> add(@Valid @RequestBody ServiceDetails details) {
        SupportService created = directory.create(details);
        return ResponseEntity.created(URI.create("/api/v1/directory/" + created.id())).body(created);
    }

    @Operation(summary = "Change a specialist organisation's directory details")
    @PutMapping("/directory/{id}")
    SupportService update(@PathVariable UUID id, @Valid @RequestBody ServiceDetails details) {
        return directory.update(id, details);
    }

    @PostMapping(value = "/directory/import", consumes = {"text/csv", MediaType.TEXT_PLAIN_VALUE})
    @Operation(summary = "Import organisations from CSV; nothing is stored unless every row is good, and every bad row is reported")
    ResponseEntity<ImportReport> importCsv(@RequestBody String csv) {
        ImportReport report = directory.importCsv(csv);
        return ResponseEntity.status(report.ok() ? 200 : 422).body(report);
    }

    @Operation(summary = "Export the directory of specialist organisations as CSV")
    @GetMapping(value = "/directory/export", produces = "text/csv")
    ResponseEntity<String> exportCsv() {
        return ResponseEntity.ok().header("Content-Disposition", "attachment; filename=\"specialist-organisations.csv\"")
                .contentType(MediaType.parseMediaType("text/csv; charset=UTF-8")).body(directory.exportCsv());
    }

    @PostMapping("/cases/{caseId}/people/{personId}/referrals")
    @Operation(summary = "Refer a victim or witness, with their recorded consent, to a specialist organisation")
    ResponseEntity<ReferralView> refer(@PathVariable UUID caseId, @PathVariable UUID personId, @Valid @RequestBody MakeReferral command) {
        UUID id = referrals.refer(caseId, personId, command);
        return ResponseEntity.created(URI.create("/api/v1/cases/" + caseId + "/people/" + personId + "/referrals/" + id))
                .body(referrals.get(caseId, personId, id));
    }

    @Operation(summary = "The referrals made for a person")
    @GetMapping("/cases/{caseId}/people/{personId}/referrals")
    List<ReferralView> referralsOf(@PathVariable UUID caseId, @PathVariable UUID personId) {
        return referrals.forPerson(caseId, personId);
    }

    @Operation(summary = "One referral made for a person")
    @GetMapping("/cases/{caseId}/people/{personId}/referrals/{referralId}")
    ReferralView referral(@PathVariable UUID caseId, @PathVariable UUID personId, @PathVariable UUID referralId) {
        return referrals.get(caseId, personId, referralId);
    }

    @GetMapping("/partner/referrals")
    @Operation(summary = "Referrals sent to the caller's organisation (partners)")
    List<PartnerReferralView> partnerReferrals() {
        return portal.myReferrals();
    }

    @Operation(summary = "One referral to your organisation (partner)")
    @GetMapping("/partner/referrals/{id}")
    PartnerReferralView partnerReferral(@PathVariable UUID id) {
        return portal.referral(id);
    }

    @PostMapping("/partner/referrals/{id}/updates")
    @Operation(summary = "Accept, decline (with reason), start, close (with outcome) or add a note")
    PartnerReferralView updateReferral(@PathVariable UUID id, @Valid @RequestBody UpdateReferral command) {
        return portal.update(id, command);
    }

    @PostMapping("/third-party-reports")
    @Operation(summary = "Report a crime for a victim who does not want to be identified yet (partners)")
    ResponseEntity<ReportView> submit(@Valid @RequestBody SubmitReport report) {
        UUID id = reports.submit(report);
        return ResponseEntity.created(URI.create("/api/v1/third-party-reports/" + id)).body(reports.get(id));
    }

    @Operation(summary = "Third-party reports: your organisation's (partner) or the triage queue (police)")
    @GetMapping("/third-party-reports")
    List<ReportView> thirdPartyReports() {
        return reports.list();
    }

    @Operation(summary = "One third-party report")
    @GetMapping("/third-party-reports/{id}")
    ReportView thirdPartyReport(@PathVariable UUID id) {
        return reports.get(id);
    }

    @PostMapping("/third-party-reports/{id}/triage")
    @Operation(summary = "Triage a third-party report; it becomes a case only when the victim consents")
    ReportView triage(@PathVariable UUID id, @Valid @RequestBody Triage triage) {
        return reports.triage(id, triage);
    }
}
