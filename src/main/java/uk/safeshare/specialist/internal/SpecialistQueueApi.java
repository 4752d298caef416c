package uk.safeshare.specialist.internal;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import java.util.UUID;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import uk.safeshare.specialist.SpecialistQueueViews.Entry;
import uk.safeshare.specialist.SpecialistQueueViews.EntryDetail;
import uk.safeshare.specialist.SpecialistQueueViews.Reassign;
import uk.safeshare.specialist.SpecialistQueueViews.RecordAdvice;

/** The specialist caseworker's queue over JSON (the team's caseworkers and supervisors). */
@RestController
@RequestMapping("/api/v1/specialist-queue")
@Tag(name = "Specialist queue", description = "Victims and witnesses who may need a specialist caseworker's help, for their team's caseworkers and supervisors")
class SpecialistQueueApi {

    private final SpecialistQueue queue;

    SpecialistQueueApi(SpecialistQueue queue) {
        this.queue = queue;
    }

    @GetMapping
    @Operation(summary = "Your team's queue: people waiting or taken, why they are in it (in words), who holds each and for how long")
    List<Entry> queue() {
        return queue.teamQueue();
    }

    @GetMapping("/people/{personId}")
    @Operation(summary = "One person in your team's queue, with the advice recorded for them")
    EntryDetail entry(@PathVariable UUID personId) {
        return queue.entry(personId);
    }

    @PostMapping("/people/{personId}/take")
    @Operation(summary = "Take a waiting person (caseworkers); 409 if someone else took them first")
    Entry take(@PathVariable UUID personId) {
        return queue.take(personId);
    }

    @PostMapping("/people/{personId}/advice")
    @Operation(summary = "Record advice you gave the person you hold: what, and the day you gave it")
    Entry advice(@PathVariable UUID personId, @RequestBody RecordAdvice body) {
        return queue.recordAdvice(personId, body);
    }

    @PostMapping("/people/{personId}/hand-back")
    @Operation(summary = "Hand a person you hold back to the queue, for another caseworker")
    Entry handBack(@PathVariable UUID personId) {
        return queue.handBack(personId);
    }

    @PostMapping("/people/{personId}/close")
    @Operation(summary = "Close the entry of a person you hold: the help is given")
    Entry close(@PathVariable UUID personId) {
        return queue.close(personId);
    }

    @PostMapping("/people/{personId}/reassignment")
    @Operation(summary = "Give a waiting or taken person to one of the team's caseworkers, by username (supervisors)")
    Entry reassign(@PathVariable UUID personId, @RequestBody Reassign body) {
        return queue.reassign(personId, body);
    }
}
