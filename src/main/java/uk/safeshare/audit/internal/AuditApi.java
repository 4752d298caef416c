package uk.safeshare.audit.internal;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.LocalDate;
import java.util.UUID;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import uk.safeshare.audit.AuditFilter;
import uk.safeshare.audit.AuditLog;
import uk.safeshare.shared.InvalidRequestException;
import uk.safeshare.shared.audit.AuditAction;

@RestController
@RequestMapping("/api/v1/audit")
@Tag(name = "Audit", description = "Read and verify the audit log (auditors)")
class AuditApi {

    private final AuditLog log;

    AuditApi(AuditLog log) {
        this.log = log;
    }

    @GetMapping("/entries")
    @Operation(summary = "Search the audit log, newest first")
    AuditLog.Page entries(@RequestParam(required = false) UUID personId, @RequestParam(required = false) UUID caseId,
                          @RequestParam(required = false) String actor, @RequestParam(required = false) AuditAction action,
                          @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
                          @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
                          @RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "50") int size) {
        if (page < 0 || size < 1 || size > 500) {
            throw new InvalidRequestException("size", "page must be 0 or more and size between 1 and 500");
        }
        return log.search(AuditFilter.checked(personId, caseId, actor, action, from, to), page, size);
    }

    @PostMapping("/verification")
    @Operation(summary = "Verify the whole hash chain; names the first entry that does not verify")
    VerificationResult verify() {
        var result = log.verify();
        return new VerificationResult(result.ok(), result.describe(), result);
    }

    record VerificationResult(boolean verified, String message, Object detail) {
    }
}
