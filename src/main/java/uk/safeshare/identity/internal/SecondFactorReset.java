package uk.safeshare.identity.internal;

import java.util.UUID;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import uk.safeshare.identity.Identity;
import uk.safeshare.identity.SafeShareUser;
import uk.safeshare.shared.ForbiddenException;
import uk.safeshare.shared.InvalidRequestException;
import uk.safeshare.shared.NotFoundException;
import uk.safeshare.shared.audit.AuditAction;
import uk.safeshare.shared.audit.DataProcessed;
import org.springframework.transaction.annotation.Transactional;

/** An administrator's reset of another person's second factor, as a security event. */
@Service
class SecondFactorReset {

    private final UserAccountRepository users;
    private final Identity identity;
    private final SecondFactor secondFactor;
    private final ApplicationEventPublisher events;
    private final SecurityEvents securityEvents;
    private final SessionTerminator sessions;

    SecondFactorReset(UserAccountRepository users, Identity identity, SecondFactor secondFactor, ApplicationEventPublisher events,
                      SecurityEvents securityEvents, SessionTerminator sessions) {
        this.users = users;
        this.identity = identity;
        this.secondFactor = secondFactor;
        this.events = events;
        this.securityEvents = securityEvents;
        this.sessions = sessions;
    }

    /**
     * An administrator resets someone else's second factor (a lost phone): the key and recovery codes
     * go, every session of theirs ends, and they must set up a new one at their next sign-in.
     */
    @Transactional
    void reset(UUID id) {
        SafeShareUser actor = identity.current();
        UserAccount account = users.findById(id).orElseThrow(() -> new NotFoundException("No user " + id));
        if (actor.id().value().equals(id)) {
            throw new ForbiddenException("Nobody may reset their own second factor; ask another administrator.");
        }
        if (account.serviceAccount()) {
            throw new InvalidRequestException("user", "Service accounts have no second factor");
        }
        secondFactor.reset(id);
        events.publishEvent(DataProcessed.of(AuditAction.ACCOUNT_CHANGE, actor.username(), null,
                "reset the second factor of " + account.username()));
        securityEvents.record(SecurityEvents.Kind.SECOND_FACTOR_RESET, actor.username(), "second factor of " + account.username()
                + " reset by " + actor.username() + "; a new one must be set up at the next sign-in");
        int ended = sessions.endAll(account.username(), null);
        securityEvents.record(SecurityEvents.Kind.SESSIONS_ENDED, actor.username(), ended + " session(s) of " + account.username() + " ended");
    }

}
