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

    /** Records that the person has been told about each disclosure still owed a telling; returns how many. */
    int recordPersonTold(UUID caseId, UUID personId, String how);

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
     */
    record SharingRecord(UUID requestId, String recipient, boolean immigrationEnforcement, String purpose, String status,
                         String decision, Instant requestedAt, Instant disclosedAt, Set<String> informationShared, String why,
                         boolean tellingOwed) {
    }
}
