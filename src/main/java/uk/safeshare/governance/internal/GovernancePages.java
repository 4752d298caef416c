package uk.safeshare.governance.internal;

import uk.safeshare.shared.web.DateInput;

import jakarta.servlet.http.HttpServletResponse;
import java.time.LocalDate;
import java.util.LinkedHashMap;
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
import uk.safeshare.governance.ActionStatus;
import uk.safeshare.governance.Applicability;
import uk.safeshare.governance.Rag;
import uk.safeshare.governance.TrackerCommands.NewAction;
import uk.safeshare.governance.TrackerCommands.NewUpdate;
import uk.safeshare.governance.TrackerCommands.OverrideRag;
import uk.safeshare.governance.TrackerCommands.UpdateItem;
import uk.safeshare.governance.TrackerViews.Action;
import uk.safeshare.governance.TrackerViews.Item;
import uk.safeshare.identity.Identity;
import uk.safeshare.identity.Role;
import uk.safeshare.shared.InvalidRequestException;
import uk.safeshare.shared.NotFoundException;
import uk.safeshare.shared.web.RequestIds;

/**
 * The tracker's pages. Forms post plain fields; a refusal re-shows the page with every problem in
 * an error summary and what was typed, and changes nothing.
 */
@Controller
class GovernancePages {

    private final Tracker tracker;
    private final ItemChanges itemChanges;
    private final ActionChanges actionChanges;
    private final LiveEvidence evidence;
    private final Identity identity;

    GovernancePages(Tracker tracker, ItemChanges itemChanges, ActionChanges actionChanges, LiveEvidence evidence,
                    Identity identity) {
        this.tracker = tracker;
        this.itemChanges = itemChanges;
        this.actionChanges = actionChanges;
        this.evidence = evidence;
        this.identity = identity;
    }

    @ExceptionHandler(NotFoundException.class)
    String notFound(NotFoundException e, Model model, HttpServletResponse response) {
        return problem(404, e.getMessage(), model, response);
    }

    @ExceptionHandler(IllegalArgumentException.class)
    String badArgument(IllegalArgumentException e, Model model, HttpServletResponse response) {
        return problem(400, "That address is not one SafeShare recognises.", model, response);
    }

    static String problem(int status, String message, Model model, HttpServletResponse response) {
        response.setStatus(status);
        model.addAttribute("status", status);
        model.addAttribute("problem", message);
        model.addAttribute("requestId", RequestIds.current());
        return "error";
    }

    @GetMapping("/governance")
    String tracker(Model model) {
        model.addAttribute("items", tracker.items());
        model.addAttribute("editor", identity.current().has(Role.GOVERNANCE));
        return "governance/tracker";
    }

    @GetMapping("/governance/items/{code}")
    String item(@PathVariable String code, Model model) {
        return showItem(code, model, Map.of(), Map.of());
    }

    private String showItem(String code, Model model, Map<String, String> errors, Map<String, String> form) {
        Item item = tracker.item(code);
        model.addAttribute("item", item);
        model.addAttribute("evidence", evidence.of(code));
        model.addAttribute("editor", identity.current().has(Role.GOVERNANCE));
        model.addAttribute("applicabilities", Applicability.values());
        model.addAttribute("statuses", ActionStatus.values());
        model.addAttribute("rags", new Rag[]{Rag.RED, Rag.AMBER, Rag.GREEN});
        model.addAttribute("errors", errors);
        model.addAttribute("form", form);
        return "governance/item";
    }

    @PostMapping("/governance/items/{code}")
    String updateItem(@PathVariable String code, @RequestParam Map<String, String> form, Model model,
                      HttpServletResponse response, RedirectAttributes redirect) {
        try {
            itemChanges.updateItem(code, new UpdateItem(parse(Applicability.class, form.get("appliesTo")),
                    form.get("forceResponse"), form.get("opccResponse")));
        } catch (InvalidRequestException e) {
            response.setStatus(400);
            return showItem(code, model, e.fieldErrors(), form);
        }
        redirect.addFlashAttribute("success", "The item is saved");
        return "redirect:/governance/items/" + code;
    }

    @PostMapping("/governance/items/{code}/rag")
    String overrideRag(@PathVariable String code, @RequestParam Map<String, String> form, Model model,
                       HttpServletResponse response, RedirectAttributes redirect) {
        try {
            String rag = form.get("rag");
            if (rag == null || rag.isBlank()) {
                throw new InvalidRequestException("rag", "Select the status, or remove the override");
            }
            itemChanges.overrideRag(code, new OverrideRag("WORKED_OUT".equals(rag) ? null : parse(Rag.class, rag), form.get("reason")));
        } catch (InvalidRequestException e) {
            response.setStatus(400);
            return showItem(code, model, e.fieldErrors(), form);
        }
        redirect.addFlashAttribute("success", "The status is saved");
        return "redirect:/governance/items/" + code;
    }

    @PostMapping("/governance/items/{code}/actions")
    String addAction(@PathVariable String code, @RequestParam Map<String, String> form, Model model,
                     HttpServletResponse response, RedirectAttributes redirect) {
        try {
            actionChanges.addAction(code, newAction(form));
        } catch (InvalidRequestException e) {
            response.setStatus(400);
            return showItem(code, model, e.fieldErrors(), form);
        }
        redirect.addFlashAttribute("success", "The action is added");
        return "redirect:/governance/items/" + code;
    }

    @GetMapping("/governance/actions/{id}")
    String action(@PathVariable UUID id, Model model) {
        Action action = tracker.action(id);
        Map<String, String> form = new LinkedHashMap<>();
        form.put("description", action.description());
        form.put("ownerUser", action.ownerUser());
        form.put("ownerRole", action.ownerRole());
        form.put("dueDay", Integer.toString(action.dueOn().getDayOfMonth()));
        form.put("dueMonth", Integer.toString(action.dueOn().getMonthValue()));
        form.put("dueYear", Integer.toString(action.dueOn().getYear()));
        form.put("status", action.status().name());
        return showAction(action, model, Map.of(), form);
    }

    private String showAction(Action action, Model model, Map<String, String> errors, Map<String, String> form) {
        model.addAttribute("action", action);
        model.addAttribute("item", tracker.item(action.itemCode()));
        model.addAttribute("editor", identity.current().has(Role.GOVERNANCE));
        model.addAttribute("statuses", ActionStatus.values());
        model.addAttribute("errors", errors);
        model.addAttribute("form", form);
        return "governance/action";
    }

    @PostMapping("/governance/actions/{id}")
    String changeAction(@PathVariable UUID id, @RequestParam Map<String, String> form, Model model,
                        HttpServletResponse response, RedirectAttributes redirect) {
        Action action = tracker.action(id);
        try {
            actionChanges.changeAction(id, newAction(form));
        } catch (InvalidRequestException e) {
            response.setStatus(400);
            return showAction(action, model, e.fieldErrors(), form);
        }
        redirect.addFlashAttribute("success", "The action is saved");
        return "redirect:/governance/items/" + action.itemCode();
    }

    @PostMapping("/governance/actions/{id}/updates")
    String addUpdate(@PathVariable UUID id, @RequestParam Map<String, String> form, Model model,
                     HttpServletResponse response, RedirectAttributes redirect) {
        Action action = tracker.action(id);
        try {
            Map<String, String> errors = new LinkedHashMap<>();
            LocalDate on = DateInput.read(form, "on", "on", "the date of the update", false, errors);
            String status = form.get("status");
            ActionStatus newStatus = status == null || status.isBlank() || status.equals("SAME") ? null : parse(ActionStatus.class, status);
            if (!errors.isEmpty()) {
                throw new InvalidRequestException(String.join("; ", errors.values()), errors);
            }
            actionChanges.addUpdate(id, new NewUpdate(on, form.get("note"), newStatus));
        } catch (InvalidRequestException e) {
            response.setStatus(400);
            return showAction(action, model, e.fieldErrors(), form);
        }
        redirect.addFlashAttribute("success", "The update is added");
        return "redirect:/governance/items/" + action.itemCode();
    }

    @GetMapping("/governance/items/{code}/history")
    String itemHistory(@PathVariable String code, Model model) {
        model.addAttribute("item", tracker.item(code));
        model.addAttribute("changes", tracker.history(code));
        return "governance/history";
    }

    @GetMapping("/governance/history")
    String history(Model model) {
        model.addAttribute("changes", tracker.history(null));
        return "governance/history";
    }

    static NewAction newAction(Map<String, String> form) {
        Map<String, String> errors = new LinkedHashMap<>();
        LocalDate due = DateInput.read(form, "due", "dueOn", "the due date", false, errors);
        String status = form.get("status");
        ActionStatus s = status == null || status.isBlank() ? null : parse(ActionStatus.class, status);
        NewAction action = new NewAction(form.get("description"), form.get("ownerUser"), form.get("ownerRole"), due, s);
        if (!errors.isEmpty()) {
            throw new InvalidRequestException(String.join("; ", errors.values()), errors);
        }
        return action;
    }

    /** An enum from a form's code; an unknown code is a form error, never a 500. */
    static <E extends Enum<E>> E parse(Class<E> type, String code) {
        if (code == null || code.isBlank()) {
            return null;
        }
        try {
            return Enum.valueOf(type, code);
        } catch (IllegalArgumentException e) {
            throw new InvalidRequestException(Character.toLowerCase(type.getSimpleName().charAt(0)) + type.getSimpleName().substring(1),
                    "Select one of the options given");
        }
    }
}
