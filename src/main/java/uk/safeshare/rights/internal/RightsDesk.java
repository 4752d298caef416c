package uk.safeshare.rights.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import uk.safeshare.identity.Identity;
import uk.safeshare.identity.Role;
import uk.safeshare.rights.RightsRequests.MatchedPerson;
import uk.safeshare.rights.RightsRequests.RightsRequest;
import uk.safeshare.rights.RightsRequests.Status;
import uk.safeshare.shared.ConflictException;
import uk.safeshare.shared.ForbiddenException;
import uk.safeshare.shared.NotFoundException;
import uk.safeshare.shared.audit.AuditAction;
import uk.safeshare.shared.audit.DataProcessed;

/** What every step on a rights request shares: only the DPO's team, the request as it stands today, and the audit entry. */
@Component
class RightsDesk {

    static final ZoneId UK = ZoneId.of("Europe/London");

    private final RightsStore store;
    private final Identity identity;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    RightsDesk(RightsStore store, Identity identity, ApplicationEventPublisher events, Clock clock) {
        this.store = store;
        this.identity = identity;
        this.events = events;
        this.clock = clock;
    }

    RightsRequest get(UUID id) {
        requireDpo();
        return store.find(id, today()).orElseThrow(() -> new NotFoundException("No rights request " + id));
    }

    /** The request, if it is still open: neither refused nor completed. */
    RightsRequest open(UUID id) {
        RightsRequest r = get(id);
        if (r.status() == Status.REFUSED || r.status() == Status.COMPLETED) {
            throw new ConflictException("Request " + r.reference() + " is " + r.status().name().toLowerCase() + ".");
        }
        return r;
    }

    static List<UUID> people(RightsRequest r) {
        return r.people().stream().map(MatchedPerson::personId).toList();
    }

    void audit(AuditAction action, String actor, List<UUID> people, String details) {
        events.publishEvent(new DataProcessed(action, actor, null, people, null, null, details));
    }

    static void text(Map<String, String> errors, String field, String value, int max, String missing) {
        if (value == null || value.isBlank()) {
            errors.put(field, missing);
        } else if (value.length() > max) {
            errors.put(field, "Must be " + max + " characters or fewer");
        } else if (value.chars().anyMatch(c -> (c < 0x20 && c != '\n' && c != '\r') || c == 0x7f)) {
            errors.put(field, "Must not contain control characters");
        }
    }

    LocalDate today() {
        return LocalDate.now(clock.withZone(UK));
    }

    String requireDpo() {
        if (!identity.current().has(Role.DPO)) {
            throw new ForbiddenException("Only the data protection officer's team handles rights requests.");
        }
        return identity.current().username();
    }
}
