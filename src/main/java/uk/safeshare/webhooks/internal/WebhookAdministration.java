package uk.safeshare.webhooks.internal;

import io.swagger.v3.oas.annotations.Operation;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Controller;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;
import uk.safeshare.identity.Identity;
import uk.safeshare.identity.Role;
import uk.safeshare.identity.SafeShareUser;
import uk.safeshare.register.Register;
import uk.safeshare.register.RegisteredOrganisation;
import uk.safeshare.shared.ForbiddenException;
import uk.safeshare.shared.NotFoundException;
import uk.safeshare.shared.audit.AuditAction;
import uk.safeshare.shared.audit.DataProcessed;

/**
 * For administrators: the delivery log of every webhook attempt, and an organisation's signing secret
 * to give to its partner system (each showing is audited). Pages under /admin, API under /api/v1/webhooks.
 */
@Controller
class WebhookAdministration {

    private static final int LOG_LIMIT = 200;

    private final WebhookStore store;
    private final Register register;
    private final Identity identity;
    private final ApplicationEventPublisher events;

    WebhookAdministration(WebhookStore store, Register register, Identity identity, ApplicationEventPublisher events) {
        this.store = store;
        this.register = register;
        this.identity = identity;
        this.events = events;
    }

    private SafeShareUser admin() {
        SafeShareUser user = identity.current();
        if (!user.has(Role.ADMIN)) {
            throw new ForbiddenException("Only administrators see webhook deliveries and secrets.");
        }
        return user;
    }

    private List<WebhookStore.Delivery> deliveries(UUID organisationId) {
        admin();
        return store.recent(organisationId, LOG_LIMIT);
    }

    /** Called only from the handlers below, which hold the transaction the audit entry joins. */
    private Map<String, Object> secret(UUID organisationId) {
        SafeShareUser user = admin();
        RegisteredOrganisation o = register.find(organisationId)
                .orElseThrow(() -> new NotFoundException("No organisation " + organisationId));
        String secret = store.secret(o.id());
        events.publishEvent(DataProcessed.of(AuditAction.ACCOUNT_CHANGE, user.username(), null,
                "viewed the webhook signing secret of " + o.name()));
        return Map.of("organisationId", o.id(), "organisation", o.name(), "secret", secret);
    }

    @Operation(summary = "The webhook delivery log (admin)")
    @GetMapping(value = "/api/v1/webhooks/deliveries", produces = MediaType.APPLICATION_JSON_VALUE)
    @ResponseBody
    List<WebhookStore.Delivery> deliveriesApi(@RequestParam(required = false) UUID organisationId) {
        return deliveries(organisationId);
    }

    @Operation(summary = "Show an organisation's webhook signing secret; audited (admin)")
    @PostMapping(value = "/api/v1/webhooks/secrets/{organisationId}", produces = MediaType.APPLICATION_JSON_VALUE)
    @ResponseBody
    @Transactional
    Map<String, Object> secretApi(@PathVariable UUID organisationId) {
        return secret(organisationId);
    }

    @GetMapping("/admin/webhooks")
    String page(Model model) {
        model.addAttribute("deliveries", deliveries(null));
        model.addAttribute("organisations", register.search(null).stream().filter(o -> o.webhookUrl() != null).toList());
        return "admin/webhooks";
    }

    @PostMapping("/admin/webhooks/{organisationId}/secret")
    @Transactional
    String showSecret(@PathVariable UUID organisationId, Model model) {
        model.addAttribute("shown", secret(organisationId));
        return page(model);
    }
}
