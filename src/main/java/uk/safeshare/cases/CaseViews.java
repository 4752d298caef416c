package uk.safeshare.cases;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/** What the cases module shows. */
public final class CaseViews {

    private CaseViews() {
    }

    public record CaseSummary(UUID id, String reference, Set<CrimeType> crimeTypes, Instant occurredAt, String area,
                              int people, Instant updatedAt) {
    }

    public record CaseView(UUID id, String reference, UUID teamId, String teamName, Set<CrimeType> crimeTypes,
                           Instant occurredAt, String area, String summary, String createdBy, Instant createdAt,
                           Instant updatedAt, long version, List<PersonView> people) {
    }

    public record PersonView(UUID id, UUID caseId, PersonRole role, String givenName, String familyName,
                             LocalDate dateOfBirth, StatusBasis statusBasis, String statusEvidence,
                             SelfDefinedEthnicity ethnicitySelfDefined, ObservedEthnicity ethnicityObserved,
                             String nationality, String language, boolean interpreterNeeded,
                             SafeContactMethod safeContactMethod, String safeContactDetails,
                             Set<Vulnerability> vulnerabilities, String createdBy, Instant createdAt, Instant updatedAt,
                             long version) {

        public String fullName() {
            return givenName + " " + familyName;
        }
    }

    /**
     * A person on a case as another module needs them to record or show something about them: who
     * they are, their role, and the case's reference, team, crime types and date.
     */
    public record PersonOnCase(UUID personId, UUID caseId, String caseReference, UUID teamId, Set<CrimeType> crimeTypes,
                               Instant occurredAt, PersonRole role, String givenName, String familyName,
                               LocalDate dateOfBirth, SelfDefinedEthnicity ethnicitySelfDefined) {

        public String fullName() {
            return givenName + " " + familyName;
        }
    }

    /** A domestic abuse incident (a case) in which a person appears as a victim. */
    public record VictimIncident(UUID caseId, UUID personId, Instant occurredAt) {
    }

    /**
     * A person with their case's reference, team and crime types.
     *
     * @param knownChild another module of SafeShare ({@link uk.safeshare.cases.KnownChildren}) knows the
     *                   person to be a child today, whatever the case's date of birth says
     */
    public record PersonInCase(PersonView person, String caseReference, UUID teamId, Set<CrimeType> crimeTypes,
                               boolean knownChild) {

        public PersonInCase(PersonView person, String caseReference, UUID teamId, Set<CrimeType> crimeTypes) {
            this(person, caseReference, teamId, crimeTypes, false);
        }
    }

    /** One version of a record: who changed what, and when. */
    public record HistoryEntry(long version, Instant changedAt, String changedBy, String changeKind,
                               Map<String, Change> changes) {
    }

    public record Change(String before, String after) {
    }

    public record BreakGlassUse(UUID id, String username, UUID caseId, String caseReference, String reason,
                                Instant grantedAt, Instant expiresAt) {
    }
}
