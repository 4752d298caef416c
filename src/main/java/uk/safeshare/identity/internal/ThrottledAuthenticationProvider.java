package uk.safeshare.identity.internal;

import java.time.Duration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.authentication.WebAuthenticationDetails;

/**
 * Password sign-in with the throttle in front: while the account or the client address must wait,
 * the attempt is refused before its password is checked. Every failure is a security event.
 */
class ThrottledAuthenticationProvider implements AuthenticationProvider {

    private static final Logger log = LoggerFactory.getLogger("uk.safeshare.security");

    /** Refused because the account or address must wait; carries how long. */
    static final class SignInDelayedException extends LockedException {
        private final transient Duration wait;

        SignInDelayedException(Duration wait) {
            super("Too many failed sign-in attempts; wait " + wait.toSeconds() + " seconds");
            this.wait = wait;
        }

        Duration getWait() {
            return wait;
        }
    }

    private final DaoAuthenticationProvider delegate;
    private final SignInThrottle throttle;
    private final SignInRecords records;
    private final SecurityEvents events;

    ThrottledAuthenticationProvider(DaoAuthenticationProvider delegate, SignInThrottle throttle, SignInRecords records,
                                    SecurityEvents events) {
        this.delegate = delegate;
        this.throttle = throttle;
        this.records = records;
        this.events = events;
    }

    @Override
    public Authentication authenticate(Authentication authentication) throws AuthenticationException {
        String username = authentication.getName();
        String address = authentication.getDetails() instanceof WebAuthenticationDetails d ? d.getRemoteAddress() : null;
        var wait = throttle.waitFor(username, address);
        if (wait.isPresent()) {
            // Only the application log: writing every refused attempt to the audit chain would let an attacker flood it.
            log.warn("SIGN_IN_REFUSED_WHILE_DELAYED address={} wait={}s", SecurityEvents.clean(address), wait.get().toSeconds());
            throw new SignInDelayedException(wait.get());
        }
        try {
            Authentication result = delegate.authenticate(authentication);
            throttle.succeeded(username);
            return result;
        } catch (AuthenticationException e) {
            var delays = throttle.failed(username, address);
            boolean known = records.failed(username);
            String who = known ? username : "anonymous";
            events.recordAlone(SecurityEvents.Kind.SIGN_IN_FAILED, who,
                    (known ? "account " + username : "a name that is no account") + " from " + address);
            for (var delayed : delays) {
                events.recordAlone(SecurityEvents.Kind.SIGN_IN_THROTTLED, who,
                        (delayed.key().startsWith("address:") ? delayed.key() : known ? "account:" + username : "an unknown name")
                                + " waits " + delayed.delay().toSeconds() + " s after " + delayed.failures() + " failures");
            }
            throw e;
        }
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
    }
}
