package uk.safeshare.rights.internal;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import uk.safeshare.rights.RightsRequests;
import uk.safeshare.rights.RightsRequests.Item;
import uk.safeshare.rights.RightsRequests.Kind;
import uk.safeshare.rights.RightsRequests.MatchedPerson;
import uk.safeshare.rights.RightsRequests.RightsRequest;
import uk.safeshare.shared.validation.SingleLine;

@RestController
@RequestMapping("/api/v1/rights")
@Tag(name = "Rights requests", description = "Subject access, rectification, erasure and restriction (the DPO's team only)")
class RightsApi {

    private final RightsRequests rights;
    private final SubjectAccessBundles bundles;

    RightsApi(RightsRequests rights, SubjectAccessBundles bundles) {
        this.rights = rights;
        this.bundles = bundles;
    }

    record NewRequestBody(@NotNull Kind kind, @NotBlank @Size(max = 200) @SingleLine String requester,
                          @NotBlank @Size(max = 500) @SingleLine String identityCheck,
                          @NotBlank @Size(max = 100) @SingleLine String givenName, @NotBlank @Size(max = 100) @SingleLine String familyName,
                          LocalDate dateOfBirth, @Size(max = 4000) String details, @NotNull LocalDate receivedOn) {
    }

    record People(@NotNull @Size(max = 50) List<@NotNull UUID> personIds) {
    }

    record Reason(@NotBlank @Size(max = 1000) @SingleLine String reason) {
    }

    record WithholdingBody(@NotNull Item item, @NotBlank @Size(max = 1000) @SingleLine String reason) {
    }

    record DecisionBody(@NotNull Boolean approve, @NotBlank @Size(max = 1000) @SingleLine String reason) {
    }

    record CompletionBody(@Size(max = 1000) @SingleLine String note) {
    }

    @GetMapping("/requests")
    @Operation(summary = "The register of rights requests, newest first, with due dates and the overdue flag")
    List<RightsRequest> register() {
        return rights.register();
    }

    @PostMapping("/requests")
    @Operation(summary = "Record a rights request: who asked, how their identity was checked, when it was received")
    ResponseEntity<RightsRequest> record(@Valid @RequestBody NewRequestBody b) {
        RightsRequest created = rights.record(new RightsRequests.NewRequest(b.kind(), b.requester(), b.identityCheck(), b.givenName(),
                b.familyName(), b.dateOfBirth(), b.details(), b.receivedOn()));
        return ResponseEntity.created(URI.create("/api/v1/rights/requests/" + created.id())).body(created);
    }

    @GetMapping("/requests/{id}")
    @Operation(summary = "One rights request, with the person records confirmed and anything withheld")
    RightsRequest get(@PathVariable UUID id) {
        return rights.get(id);
    }

    @GetMapping("/requests/{id}/candidates")
    @Operation(summary = "People on any case with the request's names and date of birth (audited as a combination)")
    List<MatchedPerson> candidates(@PathVariable UUID id) {
        return rights.candidates(id);
    }

    @PutMapping("/requests/{id}/people")
    @Operation(summary = "Confirm which of the candidates are the person the request is about")
    RightsRequest people(@PathVariable UUID id, @Valid @RequestBody People body) {
        return rights.confirmPeople(id, body.personIds());
    }

    @PostMapping("/requests/{id}/extension")
    @Operation(summary = "Extend the deadline once by two further months, with the reason")
    RightsRequest extend(@PathVariable UUID id, @Valid @RequestBody Reason body) {
        return rights.extend(id, body.reason());
    }

    @PostMapping("/requests/{id}/withholdings")
    @Operation(summary = "Withhold a part of a subject access bundle under section 45(4); the reason is kept for the DPO")
    RightsRequest withhold(@PathVariable UUID id, @Valid @RequestBody WithholdingBody body) {
        return rights.withhold(id, body.item(), body.reason());
    }

    @PostMapping("/requests/{id}/decision")
    @Operation(summary = "Approve or refuse the request, with the reason")
    RightsRequest decide(@PathVariable UUID id, @Valid @RequestBody DecisionBody body) {
        return rights.decide(id, body.approve(), body.reason());
    }

    @PostMapping("/requests/{id}/completion")
    @Operation(summary = "Carry out an approved rectification (note what was corrected), erasure (disposal) or restriction")
    RightsRequest carryOut(@PathVariable UUID id, @Valid @RequestBody CompletionBody body) {
        return rights.carryOut(id, body.note());
    }

    @PostMapping(value = "/requests/{id}/bundle", produces = "application/zip")
    @Operation(summary = "Export an approved subject access request's bundle: a ZIP of a PDF and JSON (audited as a disclosure)")
    ResponseEntity<byte[]> bundle(@PathVariable UUID id) {
        byte[] zip = bundles.export(id);
        return ResponseEntity.ok().contentType(MediaType.parseMediaType("application/zip"))
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"subject-access.zip\"").body(zip);
    }

    @PostMapping("/restrictions/{personId}/lifting")
    @Operation(summary = "Lift the restriction of processing of a person record, with the reason")
    ResponseEntity<Void> lift(@PathVariable UUID personId, @Valid @RequestBody Reason body) {
        rights.liftRestriction(personId, body.reason());
        return ResponseEntity.noContent().build();
    }
}
