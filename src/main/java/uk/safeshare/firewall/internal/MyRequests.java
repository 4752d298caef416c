package uk.safeshare.firewall.internal;

import java.util.List;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import uk.safeshare.firewall.internal.Sharing.RequestSummary;
import uk.safeshare.identity.Identity;
import uk.safeshare.identity.Role;
import uk.safeshare.identity.SafeShareUser;
import uk.safeshare.shared.ForbiddenException;
import uk.safeshare.shared.audit.AuditAction;
import uk.safeshare.shared.audit.DataProcessed;
import uk.safeshare.shared.web.SeenMarkers;

/**
 * The sharing requests a user asked, with where each stands, and how many a review has decided since they last
 * looked: an officer is told a review is done without having to go back to each person's page.
 */
@Service
public class MyRequests {

    static final String TOPIC = "MY_SHARING_REQUESTS";
    static final int MOST = 200;

    private final SharingQueries queries;
    private final Identity identity;
    private final SeenMarkers seen;
    private final ApplicationEventPublisher events;

    MyRequests(SharingQueries queries, Identity identity, SeenMarkers seen, ApplicationEventPublisher events) {
        this.queries = queries;
        this.identity = identity;
        this.seen = seen;
        this.events = events;
    }

    /** The caller's own requests, newest first; looking at them clears the home page's notice. */
    @Transactional
    public List<RequestSummary> mine() {
        SafeShareUser user = asker();
        List<RequestSummary> list = queries.askedBy(user.username(), MOST).stream().map(SharingViews::summary).toList();
        seen.markSeen(user.username(), TOPIC);
        events.publishEvent(DataProcessed.of(AuditAction.CONSULTATION, user.username(), null,
                "listed " + list.size() + " of their own sharing requests"));
        return list;
    }

    /** How many of the caller's requests a review decided since they last looked (0 for anyone who cannot ask). */
    @Transactional(readOnly = true)
    public long decidedSinceLastSeen() {
        SafeShareUser user = identity.current();
        if (user == null || !user.hasAny(Role.OFFICER, Role.CASEWORKER)) {
            return 0;
        }
        return queries.reviewedSince(user.username(), seen.lastSeen(user.username(), TOPIC).orElse(null));
    }

    private SafeShareUser asker() {
        SafeShareUser user = identity.current();
        if (!user.hasAny(Role.OFFICER, Role.CASEWORKER)) {
            throw new ForbiddenException("Only officers and caseworkers ask to share information, so only they have requests of their own");
        }
        return user;
    }
}
