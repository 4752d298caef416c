package uk.safeshare.firewall;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * What other modules may ask of the firewall: what the protocol in force means for a person, what
 * has actually been asked and shared about them, and recording that they were told. Every call
 * acts as, and is need-to-know checked and audited for, the current user.
 */
public interface Firewall {

    /**
     * What the protocol in force would decide, on what is recorded about the person now, if the police
     * were asked to pass their information to immigration enforcement to investigate a crime.
     */
    ImmigrationStance immigrationStance(UUID caseId, UUID personId);

    /** Every sharing request about the person, newest first, with what was disclosed. */
    List<SharingRecord> sharingAbout(UUID caseId, UUID personId);

    /**
     * A referral to a specialist organisation was made from a sharing request's page: its "offer a
     * referral" is met, with the note saying which referral. Does nothing if the offer is no longer owed;
     * refuses a request about another person.
     *
     * @return whether the offer was owed and is now met
     */
    boolean referralMadeFrom(UUID sharingRequestId, UUID caseId, UUID personId, String note);

    /** Records that the person has been told about each disclosure still owed a telling; returns how many. */
    int recordPersonTold(UUID caseId, UUID personId, String how);

    /**
     * Decides, under the protocol in force, whether a person's case may be shown to a MARAC meeting
     * (recipient MARAC, purpose safeguarding), for a caller whose own gate has already let them into
     * the meeting. The decision is recorded as a sharing request about the person, so it appears in
     * their requests and their notice; when it permits, the disclosure to the meeting is recorded and
     * audited with the meeting as recipient. Asking again for the same meeting with the same answer
     * returns the request already recorded.
     *
     * @param meeting               the meeting as a recipient, "MARAC &lt;date&gt; &lt;area&gt;"
     * @param everyAttendeeAccepted whether every attendee listed has accepted the meeting's confidentiality agreement
     */
    MaracSharing decideMaracSharing(UUID caseId, UUID personId, String meeting, boolean everyAttendeeAccepted);

    /**
     * @param outcome   PROHIBITED, REFER_FOR_REVIEW or PERMITTED_WITH_OBLIGATIONS
     * @param permitted whether the case may be shown to the meeting now (permitted and the disclosure recorded)
     * @param reasons   the plain-English reason of every rule that fired
     */
    record MaracSharing(UUID requestId, String outcome, boolean permitted, List<String> reasons, String protocolId,
                        String protocolHash) {
    }

    /**
     * @param outcome       PROHIBITED, REFER_FOR_REVIEW or PERMITTED_WITH_OBLIGATIONS
     * @param reasons       the plain-English reason of every rule that fired
     */
    record ImmigrationStance(String outcome, List<String> reasons, String protocolId, String protocolHash) {
    }

    /**
     * @param status         what happened: prohibited, awaiting review, refused, permitted, disclosed
     * @param informationShared what was disclosed (empty unless disclosed)
     * @param tellingOwed    disclosed, and the person is still to be told
     * @param refused        prohibited by the protocol or refused on review: nothing was shared
     */
    record SharingRecord(UUID requestId, String recipient, boolean immigrationEnforcement, String purpose, String status,
                         String decision, Instant requestedAt, Instant disclosedAt, Set<String> informationShared, String why,
                         boolean tellingOwed, boolean refused) {
    }
}
