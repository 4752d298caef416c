package uk.safeshare.firewall.internal;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.net.URI;
import java.util.List;
import java.util.UUID;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import uk.safeshare.firewall.internal.Sharing.RequestSummary;
import uk.safeshare.firewall.internal.Sharing.RequestView;
import uk.safeshare.firewall.internal.Sharing.ReviewQueue;
import uk.safeshare.firewall.internal.SharingCommands.Disclosure;
import uk.safeshare.firewall.internal.SharingCommands.ObligationMet;
import uk.safeshare.firewall.internal.SharingCommands.RequestToShare;
import uk.safeshare.firewall.internal.SharingCommands.Review;
import uk.safeshare.firewall.protocol.Obligation;

@RestController
@RequestMapping("/api/v1")
@Tag(name = "Sharing requests", description = "Ask to share information about a person; the safeguarding protocol decides")
class SharingApi {

    private final SharingRequests requests;
    private final AskingToShare asking;
    private final ReviewingRequests reviewingRequests;
    private final Disclosing disclosing;

    SharingApi(SharingRequests requests, AskingToShare asking, ReviewingRequests reviewingRequests, Disclosing disclosing) {
        this.requests = requests;
        this.asking = asking;
        this.reviewingRequests = reviewingRequests;
        this.disclosing = disclosing;
    }

    @PostMapping("/sharing-requests")
    @Operation(summary = "Ask to share information about a person on a case. The decision comes back at once, with"
            + " every rule that fired, its source and the obligations owed. Role, age, immigration status basis and"
            + " crime types are taken from the case and person records.")
    ResponseEntity<RequestView> request(@Valid @RequestBody RequestToShare command) {
        RequestView made = asking.requestAndShow(command);
        return ResponseEntity.created(URI.create("/api/v1/sharing-requests/" + made.id())).body(made);
    }

    @GetMapping("/sharing-requests/{id}")
    @Operation(summary = "A sharing request, its decision, obligations, reviews and disclosure (audited as a consultation)")
    RequestView get(@PathVariable UUID id) {
        return requests.get(id);
    }

    @GetMapping("/sharing-requests")
    @Operation(summary = "The sharing requests about a person, newest first")
    List<RequestSummary> forPerson(@RequestParam UUID caseId, @RequestParam UUID personId) {
        return requests.forPerson(caseId, personId);
    }

    @PostMapping("/sharing-requests/{id}/reviews")
    @Operation(summary = "Approve or refuse a request referred for review (verdict APPROVE or REFUSE, with reasons)."
            + " The reviewer the decision names must review: a supervisor of the case's team, the DPO, or both.")
    RequestView review(@PathVariable UUID id, @Valid @RequestBody Review command) {
        return reviewingRequests.review(id, command);
    }

    @PostMapping("/sharing-requests/{id}/retrospective-reviews")
    @Operation(summary = "Review an emergency disclosure afterwards (verdict JUSTIFIED or NOT_JUSTIFIED, with reasons);"
            + " a supervisor and the DPO each review it")
    RequestView reviewEmergency(@PathVariable UUID id, @Valid @RequestBody Review command) {
        return reviewingRequests.reviewEmergency(id, command);
    }

    @PostMapping("/sharing-requests/{id}/disclosure")
    @Operation(summary = "Record that a permitted request was carried out; refused unless its obligations are met"
            + " (audited as a disclosure, with its recipient)")
    RequestView disclose(@PathVariable UUID id, @Valid @RequestBody Disclosure command) {
        return disclosing.disclose(id, command);
    }

    @PostMapping("/sharing-requests/{id}/obligations/{obligation}")
    @Operation(summary = "Record who met an obligation owed and how: TELL_PERSON_WHAT_AND_WHY, OFFER_SPECIALIST_REFERRAL,"
            + " NOTIFY_NRM, NOTIFY_NRM_ANONYMOUSLY or TELL_LOCAL_AUTHORITY")
    RequestView meet(@PathVariable UUID id, @PathVariable Obligation obligation, @Valid @RequestBody ObligationMet command) {
        return disclosing.meet(id, obligation, command);
    }

    @GetMapping("/reviews")
    @Operation(summary = "The caller's review queue: requests awaiting a review they can give, and emergency disclosures"
            + " to review afterwards")
    ReviewQueue queue() {
        return requests.queue();
    }
}
