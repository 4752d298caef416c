package uk.safeshare.register.internal;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import uk.safeshare.register.RecipientCategory;
import uk.safeshare.register.RegisteredOrganisation;

/**
 * The demo force's local partners in the register (the national bodies come with the schema), each
 * with the category the demo force's data protection officer would give it. Added once, when missing.
 */
@Component
class DemoRegister {

    private static final Logger log = LoggerFactory.getLogger(DemoRegister.class);

    record Entry(UUID id, String name, RecipientCategory category, List<String> aliases, String contact) {
    }

    static final List<Entry> ENTRIES = List.of(
            new Entry(UUID.fromString("00000000-0000-4000-8000-000000000101"), "Northmoor Council Children's Services",
                    RecipientCategory.LOCAL_AUTHORITY, List.of("Northmoor Children's Social Care", "NCCS"),
                    "Children's front door: 01632 960100"),
            new Entry(UUID.fromString("00000000-0000-4000-8000-000000000102"), "Northmoor Council Adult Social Care",
                    RecipientCategory.LOCAL_AUTHORITY, List.of("Northmoor Adult Safeguarding"), "Adult safeguarding hub: 01632 960200"),
            new Entry(UUID.fromString("00000000-0000-4000-8000-000000000103"), "Westshire Police",
                    RecipientCategory.OTHER_POLICE_FORCE, List.of("Westshire Constabulary"), "Force control room"),
            new Entry(UUID.fromString("00000000-0000-4000-8000-000000000104"), "Northmoor Housing Association",
                    RecipientCategory.OTHER, List.of("NHA"), "Tenancy support team: 01632 960300"));

    private final RegisterStore store;
    private final TransactionTemplate tx;
    private final Clock clock;
    private final boolean enabled;

    DemoRegister(RegisterStore store, TransactionTemplate tx, Clock clock,
                 @Value("${safeshare.demo.enabled:false}") boolean enabled) {
        this.store = store;
        this.tx = tx;
        this.clock = clock;
        this.enabled = enabled;
    }

    @EventListener(ApplicationReadyEvent.class)
    void seed() {
        if (!enabled) {
            return;
        }
        try {
            tx.executeWithoutResult(status -> {
                Instant now = clock.instant();
                for (Entry e : ENTRIES) {
                    if (store.find(e.id()).isEmpty() && store.idByName(e.name()).isEmpty()) {
                        store.insert(new RegisteredOrganisation(e.id(), e.name(), e.aliases(), e.category(), "demo", now, true,
                                e.contact(), null, null, null, now, 0), now);
                    }
                }
            });
        } catch (RuntimeException e) {
            // Two instances starting together on one database: the other one added them.
            log.warn("Demo register entries were not added: {}", e.getMessage());
        }
    }
}
