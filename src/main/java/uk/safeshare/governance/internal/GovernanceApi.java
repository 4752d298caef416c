package uk.safeshare.governance.internal;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import uk.safeshare.governance.TrackerCommands.NewAction;
import uk.safeshare.governance.TrackerCommands.NewUpdate;
import uk.safeshare.governance.TrackerCommands.OverrideRag;
import uk.safeshare.governance.TrackerCommands.UpdateItem;
import uk.safeshare.governance.TrackerViews.Action;
import uk.safeshare.governance.TrackerViews.Change;
import uk.safeshare.governance.TrackerViews.Item;
import uk.safeshare.shared.InvalidRequestException;

/** The recommendations tracker over JSON. Dates are ISO 8601; errors are problem+json. */
@RestController
@RequestMapping("/api/v1/governance")
@Tag(name = "Governance", description = "The \"Safe to share?\" recommendations tracker, forums, board packs and progress reports")
class GovernanceApi {

    private final Tracker tracker;
    private final ItemChanges itemChanges;
    private final ActionChanges actionChanges;
    private final LiveEvidence evidence;
    private final Forums forums;

    GovernanceApi(Tracker tracker, ItemChanges itemChanges, ActionChanges actionChanges, LiveEvidence evidence, Forums forums) {
        this.tracker = tracker;
        this.itemChanges = itemChanges;
        this.actionChanges = actionChanges;
        this.evidence = evidence;
        this.forums = forums;
    }

    @GetMapping("/meetings")
    @Operation(summary = "Meetings of the Safe to Share working group and the Vulnerability Board, newest first")
    List<uk.safeshare.governance.TrackerViews.Meeting> meetings() {
        return forums.meetings();
    }

    @GetMapping("/meetings/{id}")
    @Operation(summary = "One meeting, with the actions it put on the tracker")
    uk.safeshare.governance.TrackerViews.Meeting meeting(@PathVariable UUID id) {
        return forums.meeting(id);
    }

    @PostMapping("/meetings")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Record a meeting held: forum (WORKING_GROUP or VULNERABILITY_BOARD), date, attendees, items discussed, "
            + "decisions, minutes and new actions, which go straight onto the tracker (governance)")
    uk.safeshare.governance.TrackerViews.Meeting recordMeeting(@RequestBody uk.safeshare.governance.TrackerCommands.NewMeeting body) {
        return forums.record(required(body));
    }

    record ItemDetail(Item item, List<uk.safeshare.governance.TrackerViews.Evidence> evidence) {
    }

    @GetMapping("/items")
    @Operation(summary = "The eight recommendations and three actions, with responses, actions and status")
    List<Item> items() {
        return tracker.items();
    }

    @GetMapping("/items/{code}")
    @Operation(summary = "One item, with the live evidence SafeShare holds for it")
    ItemDetail item(@PathVariable String code) {
        return new ItemDetail(tracker.item(code), evidence.of(code));
    }

    @GetMapping("/evidence")
    @Operation(summary = "The live evidence for every item, by item code")
    Map<String, List<uk.safeshare.governance.TrackerViews.Evidence>> evidence() {
        tracker.requireReader();
        return evidence.all();
    }

    @PutMapping("/items/{code}")
    @Operation(summary = "Set whom the item applies to and the force's and the OPCC's responses (governance)")
    Item update(@PathVariable String code, @RequestBody UpdateItem body) {
        return itemChanges.updateItem(code, required(body));
    }

    @PutMapping("/items/{code}/rag")
    @Operation(summary = "Set the status by hand, with a reason; {\"rag\":null,\"reason\":…} removes the override (governance)")
    Item overrideRag(@PathVariable String code, @RequestBody OverrideRag body) {
        return itemChanges.overrideRag(code, required(body));
    }

    @PostMapping("/items/{code}/actions")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Add an action: owner a user (ownerUser) or a named role (ownerRole), due date, status (governance)")
    Action addAction(@PathVariable String code, @RequestBody NewAction body) {
        return actionChanges.addAction(code, required(body));
    }

    @PutMapping("/actions/{id}")
    @Operation(summary = "Change an action (governance)")
    Action changeAction(@PathVariable UUID id, @RequestBody NewAction body) {
        return actionChanges.changeAction(id, required(body));
    }

    @PostMapping("/actions/{id}/updates")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Add a dated update to an action, optionally with its new status (governance)")
    Action addUpdate(@PathVariable UUID id, @RequestBody NewUpdate body) {
        return actionChanges.addUpdate(id, required(body));
    }

    @GetMapping("/items/{code}/history")
    @Operation(summary = "Every change to an item and its actions, newest first")
    List<Change> itemHistory(@PathVariable String code) {
        return tracker.history(code);
    }

    @GetMapping("/history")
    @Operation(summary = "Every change to the tracker, newest first")
    List<Change> history() {
        return tracker.history(null);
    }

    static <T> T required(T body) {
        if (body == null) {
            throw new InvalidRequestException("body", "Send a JSON body");
        }
        return body;
    }
}
