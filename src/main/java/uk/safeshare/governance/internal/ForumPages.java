package uk.safeshare.governance.internal;

import uk.safeshare.shared.web.DateInput;

import jakarta.servlet.http.HttpServletResponse;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import uk.safeshare.identity.Identity;
import uk.safeshare.identity.Role;
import uk.safeshare.shared.InvalidRequestException;
import uk.safeshare.shared.NotFoundException;

/** The forums' pages: the working group's and the Vulnerability Board's meetings, and recording one. */
@Controller
class ForumPages {

    private final Tracker tracker;
    private final Identity identity;
    private final Forums forums;

    ForumPages(Tracker tracker, Identity identity, Forums forums) {
        this.tracker = tracker;
        this.identity = identity;
        this.forums = forums;
    }

    static final int ACTION_SLOTS = 3;

    @GetMapping("/governance/meetings")
    String meetings(Model model) {
        return showMeetings(model, Map.of(), Map.of(), List.of());
    }

    private String showMeetings(Model model, Map<String, String> errors, Map<String, String> form, List<String> chosen) {
        model.addAttribute("meetings", forums.meetings());
        model.addAttribute("items", tracker.items());
        model.addAttribute("forums", uk.safeshare.governance.Forum.values());
        model.addAttribute("editor", identity.current().has(Role.GOVERNANCE));
        model.addAttribute("slots", java.util.stream.IntStream.range(0, ACTION_SLOTS).boxed().toList());
        model.addAttribute("errors", errors);
        model.addAttribute("form", form);
        model.addAttribute("chosen", chosen);
        return "governance/meetings";
    }

    @GetMapping("/governance/meetings/{id}")
    String meeting(@PathVariable UUID id, Model model) {
        model.addAttribute("meeting", forums.meeting(id));
        return "governance/meeting";
    }

    @PostMapping("/governance/meetings")
    String recordMeeting(@RequestParam Map<String, String> form, @RequestParam(name = "items", required = false) List<String> items,
                         Model model, HttpServletResponse response, RedirectAttributes redirect) {
        List<String> chosen = items == null ? List.of() : items;
        UUID id;
        try {
            Map<String, String> errors = new LinkedHashMap<>();
            LocalDate heldOn = DateInput.read(form, "held", "heldOn", "the date of the meeting", false, errors);
            List<uk.safeshare.governance.TrackerCommands.MeetingAction> actions = new java.util.ArrayList<>();
            for (int i = 0; i < ACTION_SLOTS; i++) {
                String p = "a" + i;
                boolean any = java.util.stream.Stream.of("Description", "OwnerUser", "OwnerRole", "DueDay", "DueMonth", "DueYear")
                        .anyMatch(f -> !form.getOrDefault(p + f, "").isBlank());
                if (!any) {
                    continue;
                }
                LocalDate due = DateInput.read(form, p + "Due", "actions[" + actions.size() + "].dueOn", "the due date of new action " + (i + 1), false, errors);
                actions.add(new uk.safeshare.governance.TrackerCommands.MeetingAction(form.get(p + "Item"), form.get(p + "Description"),
                        form.get(p + "OwnerUser"), form.get(p + "OwnerRole"), due));
            }
            uk.safeshare.governance.Forum forum = GovernancePages.parse(uk.safeshare.governance.Forum.class, form.get("forum"));
            if (!errors.isEmpty()) {
                throw new InvalidRequestException(String.join("; ", errors.values()), errors);
            }
            id = forums.record(new uk.safeshare.governance.TrackerCommands.NewMeeting(forum, heldOn, form.get("attendees"), chosen,
                    form.get("decisions"), form.get("minutes"), actions)).id();
        } catch (InvalidRequestException e) {
            response.setStatus(400);
            return showMeetings(model, e.fieldErrors(), form, chosen);
        }
        redirect.addFlashAttribute("success", "The meeting is recorded");
        return "redirect:/governance/meetings/" + id;
    }

    @ExceptionHandler(NotFoundException.class)
    String notFound(NotFoundException e, Model model, HttpServletResponse response) {
        return GovernancePages.problem(404, e.getMessage(), model, response);
    }

    @ExceptionHandler(IllegalArgumentException.class)
    String badArgument(IllegalArgumentException e, Model model, HttpServletResponse response) {
        return GovernancePages.problem(400, "That address is not one SafeShare recognises.", model, response);
    }
}
