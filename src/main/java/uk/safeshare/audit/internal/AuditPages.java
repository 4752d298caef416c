package uk.safeshare.audit.internal;

import java.time.LocalDate;
import java.util.UUID;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import uk.safeshare.audit.AuditFilter;
import uk.safeshare.audit.AuditLog;
import uk.safeshare.shared.audit.AuditAction;

@Controller
class AuditPages {

    private static final int PAGE_SIZE = 50;

    private final AuditLog log;

    AuditPages(AuditLog log) {
        this.log = log;
    }

    @GetMapping("/audit")
    String search(@RequestParam(required = false) UUID personId, @RequestParam(required = false) UUID caseId,
                  @RequestParam(required = false) String actor, @RequestParam(required = false) AuditAction action,
                  @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
                  @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
                  @RequestParam(defaultValue = "0") int page, Model model) {
        AuditFilter filter = AuditFilter.checked(personId, caseId, actor, action, from, to);
        model.addAttribute("filter", filter);
        model.addAttribute("actions", AuditAction.values());
        model.addAttribute("result", log.search(filter, Math.max(0, page), PAGE_SIZE));
        return "audit/log";
    }

    @PostMapping("/audit/verify")
    String verify(Model model) {
        model.addAttribute("verification", log.verify());
        return "audit/verification";
    }
}
