package uk.safeshare.firewall.internal;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import uk.safeshare.firewall.internal.ProtocolDrafts.Draft;
import uk.safeshare.firewall.internal.ProtocolDrafts.ReplayView;
import uk.safeshare.firewall.internal.ProtocolViews.ProtocolView;
import uk.safeshare.firewall.internal.ProtocolViews.VersionSummary;
import uk.safeshare.firewall.protocol.ProtocolValidationException;
import uk.safeshare.shared.web.RequestIds;

@RestController
@RequestMapping("/api/v1/protocol")
@Tag(name = "Safeguarding protocol", description = "The published protocol; drafts, replays and publication (DPO)")
class ProtocolApi {

    private final ProtocolDrafts protocol;
    private final ProtocolReplays replays;

    ProtocolApi(ProtocolDrafts protocol, ProtocolReplays replays) {
        this.protocol = protocol;
        this.replays = replays;
    }

    @GetMapping
    @Operation(summary = "The protocol version in force: its id, content hash, settings and every rule with its text and source")
    ProtocolView inForce() {
        return protocol.inForce();
    }

    @GetMapping("/versions")
    @Operation(summary = "Every published version, newest first")
    List<VersionSummary> versions() {
        return protocol.versions();
    }

    @Operation(summary = "One published protocol version, with its content hash")
    @GetMapping("/versions/{id}")
    ProtocolView version(@PathVariable String id) {
        return protocol.version(id);
    }

    @GetMapping(value = "/versions/{id}/file", produces = "application/yaml")
    @Operation(summary = "A published version's file, exactly as published (its SHA-256 is the content hash)")
    String versionFile(@PathVariable String id) {
        return protocol.versionFile(id);
    }

    @PostMapping(value = "/drafts", consumes = {"application/yaml", "application/x-yaml", "text/yaml", "text/plain"})
    @Operation(summary = "Draft a new version from its YAML file (the request body). A file with problems is refused"
            + " with every problem listed in 'problems'; nothing is stored and the protocol in force is unchanged.")
    ResponseEntity<Draft> draft(@RequestBody(required = false) String file) {
        Draft draft = protocol.draft(file);
        return ResponseEntity.created(URI.create("/api/v1/protocol/drafts/" + draft.id())).body(draft);
    }

    @Operation(summary = "Draft protocols (DPO)")
    @GetMapping("/drafts")
    List<Draft> drafts() {
        return protocol.drafts();
    }

    @Operation(summary = "One draft protocol with its problems and differences")
    @GetMapping("/drafts/{id}")
    ProtocolView draftView(@PathVariable UUID id) {
        return protocol.draftView(id);
    }

    @PostMapping("/drafts/{id}/replays")
    @Operation(summary = "Replay a draft against past requests (all, or those made from 'from' to 'to', inclusive, UK dates)."
            + " Runs in the background: poll the replay for progress and, when DONE, every decision that would change."
            + " Decided on the facts each request stored, unless todaysRegister=true: then on the register's categories now.")
    ResponseEntity<ReplayView> replay(@PathVariable UUID id,
                                      @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
                                      @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
                                      @RequestParam(defaultValue = "false") boolean todaysRegister) {
        UUID replay = replays.replay(id, from, to, todaysRegister);
        return ResponseEntity.accepted().location(URI.create("/api/v1/protocol/replays/" + replay))
                .body(replays.replayById(replay));
    }

    @Operation(summary = "A replay's progress and, when done, what would change")
    @GetMapping("/replays/{id}")
    ReplayView replayProgress(@PathVariable UUID id) {
        return replays.replayById(id);
    }

    @PostMapping("/drafts/{id}/publish")
    @Operation(summary = "Publish a draft: from now on every decision is made under it. Published versions never change.")
    ResponseEntity<ProtocolView> publish(@PathVariable UUID id) {
        ProtocolView published = protocol.publish(id);
        return ResponseEntity.created(URI.create("/api/v1/protocol/versions/" + published.id())).body(published);
    }

    @ExceptionHandler(ProtocolValidationException.class)
    ResponseEntity<ProblemDetail> invalid(ProtocolValidationException e) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, e.getMessage());
        problem.setTitle("The protocol file cannot be used");
        problem.setType(URI.create("about:blank"));
        problem.setProperty("problems", e.problems());
        problem.setProperty("requestId", RequestIds.current());
        return ResponseEntity.badRequest().contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
    }
}
