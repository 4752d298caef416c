package uk.safeshare.rights;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** The register of rights requests, for the DPO's team. */
public interface RightsRequests {

    enum Kind {
        SUBJECT_ACCESS("Subject access (a copy of what is held)"), RECTIFICATION("Rectification (correct it)"),
        ERASURE("Erasure (delete it)"), RESTRICTION("Restriction (neither share nor change it)");

        private final String label;

        Kind(String label) {
            this.label = label;
        }

        /** How the request page names it. */
        public String label() {
            return label;
        }
    }

    enum Status { RECEIVED, APPROVED, REFUSED, COMPLETED }

    /** Data categories of a subject access bundle that the DPO may withhold under s.45(4). */
    enum Item { PERSON, HISTORY, CASES, SHARING, REFERRALS, NOTICES, RISK_ASSESSMENTS, MARAC, AUDIT }

    record NewRequest(Kind kind, String requester, String identityCheck, String givenName, String familyName,
                      LocalDate dateOfBirth, String details, LocalDate receivedOn) {
    }

    record RightsRequest(UUID id, String reference, Kind kind, String requester, String identityCheck, String givenName,
                         String familyName, LocalDate dateOfBirth, String details, LocalDate receivedOn, LocalDate dueOn,
                         LocalDate extendedTo, String extensionReason, Status status, String decisionReason, String decidedBy,
                         Instant completedAt, boolean overdue, List<MatchedPerson> people, List<Withholding> withheld) {

        public LocalDate deadline() {
            return extendedTo != null ? extendedTo : dueOn;
        }
    }

    record MatchedPerson(UUID personId, UUID caseId, String caseReference, String givenName, String familyName,
                         LocalDate dateOfBirth, String role, boolean restricted) {
    }

    record Withholding(Item item, String reason, String recordedBy) {
    }

    RightsRequest record(NewRequest request);

    List<RightsRequest> register();

    RightsRequest get(UUID id);

    /** People on any case with the requester's names (and date of birth, when given), for the DPO to confirm. */
    List<MatchedPerson> candidates(UUID id);

    RightsRequest confirmPeople(UUID id, List<UUID> personIds);

    RightsRequest extend(UUID id, String reason);

    RightsRequest withhold(UUID id, Item item, String reason);

    RightsRequest decide(UUID id, boolean approve, String reason);

    /** Carries out an approved rectification (the note says what was corrected), erasure or restriction. */
    RightsRequest carryOut(UUID id, String note);

    void liftRestriction(UUID personId, String reason);
}
