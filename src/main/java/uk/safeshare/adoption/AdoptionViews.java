package uk.safeshare.adoption;

import java.time.Instant;
import java.util.List;

/** What the protocol adoption pages and API show. */
public final class AdoptionViews {

    private AdoptionViews() {
    }

    /**
     * The version in force as one person is asked to read it.
     *
     * @param required whether their role asks them to read it
     * @param readAt   when they recorded reading it, or null
     */
    public record ToRead(String protocolId, String title, Instant publishedAt, String previousId, List<ChangeLine> changes,
                         boolean required, Instant readAt, boolean unreadBlocksSharing) {
    }

    public record ChangeLine(String about, String what) {
    }

    /** A recorded reading. */
    public record Reading(String protocolId, String username, Instant readAt) {
    }

    /** Someone asked to read the version in force who has not. */
    public record NotRead(String username, String displayName, String team, List<String> roles) {
    }

    /** Coverage for the reader's scope (their team for a supervisor, everyone for governance and the DPO). */
    public record CoverageView(String protocolId, String title, String scope, uk.safeshare.adoption.AdoptionFigures.Coverage coverage,
                               List<NotRead> notRead, boolean unreadBlocksSharing) {
    }

    /** The force's setting. */
    public record Setting(boolean unreadBlocksSharing, String changedBy, Instant changedAt) {
    }
}
