package uk.safeshare.firewall;

import java.util.Optional;
import java.util.UUID;

/**
 * Whether the person asking to share has read the protocol version in force. Kept by the module
 * that records reading (adoption), which implements this; the firewall only asks, so it never
 * depends on that module. With no implementation present, everyone counts as having read it.
 */
public interface ProtocolReading {

    /** Whether the user must read the version first (a block), may go on with a note, or has read it. */
    Standing standing(String username, String protocolId);

    /** Notes, in the caller's transaction, that a request was made by someone who had not read the version. */
    void noteUnreadRequest(UUID requestId, String username, String protocolId);

    /** What the reviewer is told about a request made before its requester read the version in force, if anything. */
    Optional<String> reviewerNote(UUID requestId);

    enum Standing { READ, UNREAD, UNREAD_BLOCKED }
}
