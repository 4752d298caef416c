package uk.safeshare.adoption.internal;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;
import uk.safeshare.firewall.ProtocolFigures;
import uk.safeshare.identity.SafeShareUser;

/**
 * The reminder on every page for someone who must read the protocol in force and has not: the
 * version's id and title, or null (no banner). Read on each page so a new version shows at once.
 */
@ControllerAdvice(annotations = Controller.class)
class AdoptionBanner {

    private final ProtocolFigures protocol;
    private final ReadingStore store;
    private final uk.safeshare.identity.Identity identity;

    AdoptionBanner(ProtocolFigures protocol, ReadingStore store, uk.safeshare.identity.Identity identity) {
        this.protocol = protocol;
        this.store = store;
        this.identity = identity;
    }

    record Unread(String protocolId, String title, boolean blocks) {
    }

    @ModelAttribute("protocolUnread")
    Unread protocolUnread(jakarta.servlet.http.HttpServletRequest request) {
        // @RestController is a @Controller too: the API renders no page, so it reads nothing for a banner.
        if (request.getRequestURI().startsWith(request.getContextPath() + "/api/")) {
            return null;
        }
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        if (auth == null || !auth.isAuthenticated()) {
            return null;
        }
        SafeShareUser me;
        try {
            me = identity.current();
        } catch (RuntimeException notSignedIn) {
            return null;
        }
        if (!ProtocolAdoption.mustRead(me)) {
            return null;
        }
        return protocol.inForce().filter(v -> store.reading(v.id(), me.username()).isEmpty())
                .map(v -> new Unread(v.id(), v.title(), store.setting().unreadBlocksSharing())).orElse(null);
    }
}
