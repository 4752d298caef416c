package uk.safeshare.identity.internal;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import uk.safeshare.shared.audit.AuditAction;
import uk.safeshare.shared.audit.DataProcessed;

/**
 * Security events: written to the audit log as their own kind ({@link AuditAction#SECURITY_EVENT}),
 * which auditors filter, and to the application log under {@code uk.safeshare.security}. Neither
 * ever holds a password, a token secret, a TOTP code or a name typed at sign-in that matches no
 * account (people type passwords into the name field).
 */
@Component
class SecurityEvents {

    private static final Logger log = LoggerFactory.getLogger("uk.safeshare.security");

    enum Kind {
        SIGN_IN, SIGN_IN_FAILED, SIGN_IN_THROTTLED, SIGN_OUT,
        SECOND_FACTOR_ENROLLED, SECOND_FACTOR_FAILED, SECOND_FACTOR_RESET,
        SSO_ACCOUNT_CREATED, SSO_LINKED, GROUP_MAPPING_REQUESTED, GROUP_MAPPING_APPROVED, GROUP_MAPPING_REMOVED,
        TOKEN_ISSUED, TOKEN_USED_FROM_NEW_ADDRESS, TOKEN_REVOKED,
        ROLE_GRANT_REQUESTED, ROLE_GRANTED, ROLE_GRANT_APPROVED, ROLE_GRANT_REFUSED, ROLE_REMOVED,
        PASSWORD_CHANGED, PASSWORD_RESET, SESSIONS_ENDED
    }

    private final ApplicationEventPublisher events;

    SecurityEvents(ApplicationEventPublisher events) {
        this.events = events;
    }

    /** Records the event in the caller's transaction, so it commits or rolls back with the change it reports. */
    @Transactional(propagation = Propagation.REQUIRED)
    public void record(Kind kind, String actor, String details) {
        String text = kind.name() + ": " + clean(details);
        log.info("{} actor={} {}", kind, clean(actor), clean(details));
        events.publishEvent(DataProcessed.of(AuditAction.SECURITY_EVENT, actor == null ? "anonymous" : clean(actor), null, text));
    }

    /** For events outside any change (a failed sign-in): recorded even though nothing else commits. */
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void recordAlone(Kind kind, String actor, String details) {
        record(kind, actor, details);
    }

    /** No line breaks or other control characters reach either log (log injection). */
    static String clean(String s) {
        if (s == null) {
            return "";
        }
        StringBuilder out = new StringBuilder(Math.min(s.length(), 500));
        s.codePoints().limit(500).forEach(c -> out.appendCodePoint(Character.isISOControl(c) ? '?' : c));
        return out.toString();
    }
}
