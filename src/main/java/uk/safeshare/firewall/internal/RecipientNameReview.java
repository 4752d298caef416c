package uk.safeshare.firewall.internal;

import io.swagger.v3.oas.annotations.Operation;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Controller;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ResponseBody;
import uk.safeshare.identity.Identity;
import uk.safeshare.identity.Role;
import uk.safeshare.identity.SafeShareUser;
import uk.safeshare.register.Register;
import uk.safeshare.shared.ForbiddenException;
import uk.safeshare.shared.audit.AuditAction;
import uk.safeshare.shared.audit.DataProcessed;

/**
 * Requests recorded before the register, or with a typed name, whose stored recipient name screens as
 * immigration enforcement but which were not decided as such: the data protection officer's list to
 * review. Their decisions are not changed (they were made on what was recorded then); the DPO decides
 * what follows.
 */
@Controller
class RecipientNameReview {

    private static final int LIMIT = 500;

    private final JdbcClient jdbc;
    private final Register register;
    private final Identity identity;
    private final ApplicationEventPublisher events;

    RecipientNameReview(JdbcClient jdbc, Register register, Identity identity, ApplicationEventPublisher events) {
        this.jdbc = jdbc;
        this.register = register;
        this.identity = identity;
        this.events = events;
    }

    /** One request to look at again. */
    record Named(UUID requestId, String caseReference, Instant requestedAt, String recipient, String recipientName,
                 String matched, String status) {
    }

    /** Called only from the handlers below, which hold the transaction the audit entry joins. */
    private List<Named> list() {
        SafeShareUser user = identity.current();
        if (!user.has(Role.DPO)) {
            throw new ForbiddenException("Only the data protection officer reviews recipient names.");
        }
        List<Named> found = jdbc.sql("SELECT id, case_reference, requested_at, recipient, recipient_name, status"
                        + " FROM sharing_request WHERE organisation_id IS NULL AND recipient_name IS NOT NULL"
                        + " AND immigration_enforcement = FALSE AND recipient <> 'MARAC' ORDER BY requested_at DESC")
                .query((rs, n) -> new Named(rs.getObject("id", UUID.class), rs.getString("case_reference"),
                        rs.getObject("requested_at", OffsetDateTime.class).toInstant(), rs.getString("recipient"),
                        rs.getString("recipient_name"), null, rs.getString("status")))
                .list().stream()
                .map(n -> {
                    var screening = register.screen(n.recipientName());
                    return screening.immigrationEnforcement() ? new Named(n.requestId(), n.caseReference(), n.requestedAt(),
                            n.recipient(), n.recipientName(), screening.matched(), n.status()) : null;
                })
                .filter(java.util.Objects::nonNull).limit(LIMIT).toList();
        events.publishEvent(DataProcessed.of(AuditAction.CONSULTATION, user.username(), null,
                "listed " + found.size() + " sharing requests whose recipient name screens as immigration enforcement"));
        return found;
    }

    @Operation(summary = "Requests recorded before the register whose recipient name screens as immigration enforcement (DPO)")
    @GetMapping(value = "/api/v1/reviews/recipient-names", produces = MediaType.APPLICATION_JSON_VALUE)
    @ResponseBody
    @Transactional
    List<Named> api() {
        return list();
    }

    @GetMapping("/reviews/recipient-names")
    @Transactional
    String page(Model model) {
        model.addAttribute("named", list());
        return "sharing/recipient-names";
    }
}
