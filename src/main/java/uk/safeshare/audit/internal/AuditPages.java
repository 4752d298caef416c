package uk.safeshare.audit.internal;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import uk.safeshare.audit.AuditEntry;
import uk.safeshare.audit.AuditFilter;
import uk.safeshare.audit.AuditLog;
import uk.safeshare.cases.CaseNames;
import uk.safeshare.identity.Identity;
import uk.safeshare.shared.audit.AuditAction;
import uk.safeshare.shared.web.DateInput;
import uk.safeshare.shared.web.FormSubmission;

/**
 * The audit log's page. Auditors filter by what they know: a case reference, a person's name, a username, an
 * action in words and dates typed the GOV.UK way; anything that does not make sense is shown on this page with
 * what was typed, never as "Page not found". Entries show case references and people's names, not ids.
 */
@Controller
class AuditPages {

    private static final int PAGE_SIZE = 50;

    static final Map<AuditAction, String> ACTIONS = new LinkedHashMap<>();

    static {
        ACTIONS.put(AuditAction.COLLECTION, "Collected");
        ACTIONS.put(AuditAction.ALTERATION, "Changed");
        ACTIONS.put(AuditAction.CONSULTATION, "Viewed");
        ACTIONS.put(AuditAction.DISCLOSURE, "Disclosed");
        ACTIONS.put(AuditAction.COMBINATION, "Combined");
        ACTIONS.put(AuditAction.ERASURE, "Erased");
        ACTIONS.put(AuditAction.BREAK_GLASS, "Break-glass");
        ACTIONS.put(AuditAction.ACCESS_DENIED, "Access refused");
        ACTIONS.put(AuditAction.ACCOUNT_CHANGE, "Account changed");
        ACTIONS.put(AuditAction.SECURITY_EVENT, "Security event");
    }

    private final AuditLog log;
    private final CaseNames names;
    private final Identity identity;

    AuditPages(AuditLog log, CaseNames names, Identity identity) {
        this.log = log;
        this.names = names;
        this.identity = identity;
    }

    @GetMapping("/audit")
    String search(@RequestParam Map<String, String> query, Model model) {
        Map<String, String> errors = new LinkedHashMap<>();
        UUID caseId = caseId(query, errors);
        UUID personId = personId(query, errors, model);
        String actor = actor(query, errors);
        AuditAction action = action(query.get("action"), errors);
        LocalDate from = DateInput.read(query, "from", "fromDay", "the date from", false, errors);
        LocalDate to = DateInput.read(query, "to", "toDay", "the date to", false, errors);
        if (from != null && to != null && to.isBefore(from)) {
            errors.put("toDay", "The date to must be the same as or after the date from");
        }
        AuditLog.Page result;
        if (errors.isEmpty()) {
            result = log.search(new AuditFilter(personId, caseId, actor, action, from, to), parsePage(query.get("page")), PAGE_SIZE);
        } else {
            result = new AuditLog.Page(List.of(), 0, PAGE_SIZE, 0);
            FormSubmission.badRequest();
        }
        model.addAttribute("query", query);
        model.addAttribute("errors", errors);
        model.addAttribute("actions", ACTIONS);
        model.addAttribute("result", result);
        model.addAttribute("caseReferences", names.references(result.entries().stream().map(AuditEntry::caseId)
                .filter(java.util.Objects::nonNull).distinct().toList()));
        model.addAttribute("personNames", names.names(result.entries().stream().flatMap(e -> e.personIds() == null
                ? Stream.empty() : e.personIds().stream()).distinct().toList()));
        return "audit/log";
    }

    private UUID caseId(Map<String, String> query, Map<String, String> errors) {
        String typed = blankToNull(query.getOrDefault("case", query.get("caseId")));
        if (typed == null) {
            return null;
        }
        UUID id = uuid(typed);
        if (id != null) {
            return id;
        }
        return names.caseIdByReference(typed).orElseGet(() -> {
            errors.put("case", "There is no case with the reference " + typed + ". Enter a reference like SS-2026-000123");
            return null;
        });
    }

    /** A person by id (from a link) or by name; a name that several people share is offered as a choice. */
    private UUID personId(Map<String, String> query, Map<String, String> errors, Model model) {
        String id = blankToNull(query.get("personId"));
        if (id != null) {
            UUID parsed = uuid(id);
            if (parsed == null) {
                errors.put("person", "Choose a person from the list, or type their name");
            }
            return parsed;
        }
        String name = blankToNull(query.get("person"));
        if (name == null) {
            return null;
        }
        if (name.length() > 200) {
            errors.put("person", "Enter a name of 200 characters or fewer");
            return null;
        }
        List<CaseNames.PersonName> people = names.peopleNamed(name);
        if (people.size() == 1) {
            return people.get(0).personId();
        }
        if (people.isEmpty()) {
            errors.put("person", "Nobody called " + name + " is recorded in a case");
        } else {
            errors.put("person", people.size() + " people match " + name + ": choose one");
            model.addAttribute("peopleToChoose", people);
        }
        return null;
    }

    private String actor(Map<String, String> query, Map<String, String> errors) {
        String actor = blankToNull(query.get("actor"));
        if (actor == null) {
            return null;
        }
        // Entries made by SafeShare itself have actors that are not users; those are found when typed exactly.
        if (actor.length() > 100 || identity.user(actor).isEmpty()
                && log.search(new AuditFilter(null, null, actor, null, null, null), 0, 1).total() == 0) {
            errors.put("actor", "There is no user with that username. Enter a username like officer.a");
            return null;
        }
        return actor;
    }

    private static AuditAction action(String typed, Map<String, String> errors) {
        if (typed == null || typed.isBlank()) {
            return null;
        }
        try {
            return AuditAction.valueOf(typed);
        } catch (IllegalArgumentException e) {
            errors.put("action", "Choose an action from the list");
            return null;
        }
    }

    private static int parsePage(String page) {
        try {
            return page == null ? 0 : Math.max(0, Math.min(Integer.parseInt(page), 1_000_000));
        } catch (NumberFormatException e) {
            return 0;
        }
    }

    private static UUID uuid(String s) {
        try {
            return s.length() == 36 ? UUID.fromString(s) : null;
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    @PostMapping("/audit/verify")
    String verify(Model model) {
        model.addAttribute("verification", log.verify());
        return "audit/verification";
    }
}
