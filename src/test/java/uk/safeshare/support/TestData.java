package uk.safeshare.support;

import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.EnumSet;
import java.util.Set;
import uk.safeshare.cases.CaseCommands.PersonDetails;
import uk.safeshare.cases.CaseCommands.ReportDetails;
import uk.safeshare.cases.CrimeType;
import uk.safeshare.cases.ObservedEthnicity;
import uk.safeshare.cases.PersonRole;
import uk.safeshare.cases.SafeContactMethod;
import uk.safeshare.cases.SelfDefinedEthnicity;
import uk.safeshare.cases.StatusBasis;
import uk.safeshare.cases.Vulnerability;

/** Builders with sensible defaults, so each test states only what matters to it. */
public final class TestData {

    public static final String PASSWORD = "Demo-Password-2026";

    private TestData() {
    }

    public static ReportBuilder aReport() {
        return new ReportBuilder();
    }

    public static PersonBuilder aVictim() {
        return new PersonBuilder();
    }

    public static final class ReportBuilder {
        private Set<CrimeType> crimeTypes = EnumSet.of(CrimeType.DOMESTIC_ABUSE);
        private Instant occurredAt = Instant.now().minus(2, ChronoUnit.DAYS).truncatedTo(ChronoUnit.SECONDS);
        private String area = "Eastfield";
        private String summary = "Victim reports repeated assaults at home.";

        public ReportBuilder withCrimeTypes(CrimeType... types) {
            crimeTypes = EnumSet.of(types[0], types);
            return this;
        }

        public ReportBuilder withSummary(String value) {
            summary = value;
            return this;
        }

        public ReportBuilder withArea(String value) {
            area = value;
            return this;
        }

        public ReportDetails build() {
            return new ReportDetails(crimeTypes, occurredAt, area, summary);
        }

        public String json() {
            return """
                    {"crimeTypes":[%s],"occurredAt":"%s","area":"%s","summary":"%s"}"""
                    .formatted(String.join(",", crimeTypes.stream().map(t -> "\"" + t.name() + "\"").toList()), occurredAt,
                            area, summary);
        }
    }

    public static final class PersonBuilder {
        private PersonRole role = PersonRole.VICTIM;
        private String givenName = "Amina";
        private String familyName = "Haddad";
        private StatusBasis statusBasis = StatusBasis.CONCERNS_OR_DOUBTS_ONLY;
        private String evidence;
        private String nationality = "SY";
        private String language = "ar";
        private boolean interpreterNeeded = true;

        public PersonBuilder withRole(PersonRole value) {
            role = value;
            return this;
        }

        public PersonBuilder named(String given, String family) {
            givenName = given;
            familyName = family;
            return this;
        }

        public PersonBuilder withStatus(StatusBasis basis, String evidenceText) {
            statusBasis = basis;
            evidence = evidenceText;
            return this;
        }

        public PersonBuilder withInterpreterNeeded(boolean value) {
            interpreterNeeded = value;
            return this;
        }

        public PersonBuilder withNationality(String code) {
            nationality = code;
            return this;
        }

        public PersonDetails build() {
            return new PersonDetails(role, givenName, familyName, LocalDate.of(1990, 5, 17), statusBasis, evidence,
                    SelfDefinedEthnicity.O2, ObservedEthnicity.IC6, nationality, language, interpreterNeeded,
                    SafeContactMethod.THROUGH_SUPPORT_ORGANISATION, "Via the project worker",
                    EnumSet.of(Vulnerability.DOCUMENTS_WITHHELD));
        }

        public String json() {
            return """
                    {"role":"%s","givenName":"%s","familyName":"%s","dateOfBirth":"1990-05-17","statusBasis":"%s",%s
                     "ethnicitySelfDefined":"O2","ethnicityObserved":"IC6","nationality":"%s","language":"%s",
                     "interpreterNeeded":%s,"safeContactMethod":"THROUGH_SUPPORT_ORGANISATION",
                     "vulnerabilities":["DOCUMENTS_WITHHELD"]}"""
                    .formatted(role.name(), givenName, familyName, statusBasis.name(),
                            evidence == null ? "" : "\"statusEvidence\":\"" + evidence + "\",", nationality, language, interpreterNeeded);
        }
    }
}
