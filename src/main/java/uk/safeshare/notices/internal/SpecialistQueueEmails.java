package uk.safeshare.notices.internal;

import java.util.Map;
import java.util.UUID;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;
import uk.safeshare.identity.Identity;
import uk.safeshare.identity.Role;
import uk.safeshare.identity.TeamId;
import uk.safeshare.specialist.PersonWaiting;

/**
 * Tells a team's caseworkers that someone is waiting in their specialist queue, so that nobody waits until a
 * caseworker happens to look. The e-mail says only that the queue has someone new and links to it: never who, nor
 * why (the reasons are special-category facts). Runs after the queue's change commits, from the durable event
 * registry, so a failed send is retried and never undoes the queueing. Off unless Notify and its template are set.
 */
@Component
class SpecialistQueueEmails {

    private final NotifyGateway notify;
    private final Identity identity;
    private final String templateId;

    SpecialistQueueEmails(NotifyGateway notify, Identity identity,
                          @Value("${safeshare.notify.specialist-queue-template-id:}") String templateId) {
        this.notify = notify;
        this.identity = identity;
        this.templateId = templateId;
    }

    @ApplicationModuleListener
    void on(PersonWaiting waiting) {
        if (!notify.configured() || templateId.isBlank() || waiting.teamId() == null) {
            return;
        }
        String team = identity.team(new TeamId(waiting.teamId())).map(Identity.TeamView::name).orElse("your team");
        for (Identity.StaffContact caseworker : identity.staffWithEmail(new TeamId(waiting.teamId()), Role.CASEWORKER)) {
            // The reference is Notify's and ours for tracing a message; it must say nothing about the person either.
            notify.sendEmail("SPECIALIST_QUEUE", templateId, caseworker.email(), Map.of(
                    "name", caseworker.displayName(),
                    "team", team,
                    "link", notify.link("/specialist-queue")), "SQ-" + UUID.randomUUID());
        }
    }
}
