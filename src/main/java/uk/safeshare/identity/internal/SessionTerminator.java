package uk.safeshare.identity.internal;

import org.springframework.session.FindByIndexNameSessionRepository;
import org.springframework.stereotype.Component;

/** Ends a person's web sessions, on every instance (they live in the database, Spring Session JDBC). */
@Component
class SessionTerminator {

    private final FindByIndexNameSessionRepository<?> sessions;

    SessionTerminator(FindByIndexNameSessionRepository<?> sessions) {
        this.sessions = sessions;
    }

    /** @param keep the id of a session to keep (the caller's own), or null to end them all */
    int endAll(String username, String keep) {
        int ended = 0;
        for (String id : sessions.findByPrincipalName(username).keySet()) {
            if (!id.equals(keep)) {
                sessions.deleteById(id);
                ended++;
            }
        }
        return ended;
    }
}
