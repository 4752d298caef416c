package uk.safeshare.cases.internal;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import org.springframework.validation.BindingResult;
import uk.safeshare.cases.CaseCommands.PersonDetails;
import uk.safeshare.cases.CaseCommands.ReportDetails;
import uk.safeshare.cases.CaseViews.CaseView;
import uk.safeshare.cases.CaseViews.PersonView;
import uk.safeshare.cases.CrimeType;
import uk.safeshare.cases.ObservedEthnicity;
import uk.safeshare.cases.PersonRole;
import uk.safeshare.cases.SafeContactMethod;
import uk.safeshare.cases.SelfDefinedEthnicity;
import uk.safeshare.cases.StatusBasis;
import uk.safeshare.cases.Vulnerability;
import uk.safeshare.shared.web.FormErrors;
import uk.safeshare.shared.web.FormErrors.Field;

/** The web forms for reports and people: GOV.UK date inputs and checkboxes, turned into commands. */
public final class CaseForms {

    /** Times on forms are UK local time; SafeShare stores UTC. */
    static final ZoneId UK = ZoneId.of("Europe/London");

    static final Map<String, Field> REPORT_FIELDS = Map.of(
            "crimeTypes", new Field("crimeTypes", "Crime types"),
            "occurredAt", new Field("day", "When it happened"),
            "area", new Field("area", "Area"),
            "summary", new Field("summary", "Summary"));

    static final Map<String, Field> PERSON_FIELDS = Map.ofEntries(
            Map.entry("role", new Field("role", "Role")),
            Map.entry("givenName", new Field("givenName", "Given name")),
            Map.entry("familyName", new Field("familyName", "Family name")),
            Map.entry("dateOfBirth", new Field("dobDay", "Date of birth")),
            Map.entry("statusBasis", new Field("statusBasis", "Immigration status basis")),
            Map.entry("statusEvidence", new Field("statusEvidence", "Evidence")),
            Map.entry("nationality", new Field("nationality", "Nationality")),
            Map.entry("language", new Field("language", "Language")),
            Map.entry("safeContactMethod", new Field("safeContactMethod", "Safe contact method")),
            Map.entry("safeContactDetails", new Field("safeContactDetails", "Safe contact details")));

    private CaseForms() {
    }

    public static final class ReportForm {
        public Set<CrimeType> crimeTypes = EnumSet.noneOf(CrimeType.class);
        public String day;
        public String month;
        public String year;
        public String time;
        public String area;
        public String summary;
        public Long version;

        public Set<CrimeType> getCrimeTypes() { return crimeTypes; }
        public void setCrimeTypes(Set<CrimeType> v) { crimeTypes = uk.safeshare.shared.web.FormChoices.of(v, CrimeType.class); }
        public String getDay() { return day; }
        public void setDay(String v) { day = v; }
        public String getMonth() { return month; }
        public void setMonth(String v) { month = v; }
        public String getYear() { return year; }
        public void setYear(String v) { year = v; }
        public String getTime() { return time; }
        public void setTime(String v) { time = v; }
        public String getArea() { return area; }
        public void setArea(String v) { area = v; }
        public String getSummary() { return summary; }
        public void setSummary(String v) { summary = v; }
        public Long getVersion() { return version; }
        public void setVersion(Long v) { version = v; }

        static ReportForm of(CaseView c) {
            ReportForm f = new ReportForm();
            f.crimeTypes = EnumSet.copyOf(c.crimeTypes());
            var local = c.occurredAt().atZone(UK);
            f.day = Integer.toString(local.getDayOfMonth());
            f.month = Integer.toString(local.getMonthValue());
            f.year = Integer.toString(local.getYear());
            f.time = String.format("%02d:%02d", local.getHour(), local.getMinute());
            f.area = c.area();
            f.summary = c.summary();
            f.version = c.version();
            return f;
        }

        ReportDetails toCommand(BindingResult errors) {
            LocalDate date = uk.safeshare.shared.web.DateInput.read(day, month, year, errors, "day", "When it happened", true);
            LocalTime at = LocalTime.MIDNIGHT;
            if (time != null && !time.isBlank()) {
                try {
                    at = LocalTime.parse(time.trim());
                } catch (DateTimeParseException e) {
                    FormErrors.reject(errors, "time", "Enter the time as hours and minutes, for example 21:30");
                }
            }
            return new ReportDetails(crimeTypes, date == null ? null : date.atTime(at).atZone(UK).toInstant(), area, summary);
        }
    }

    public static final class PersonForm {
        public PersonRole role;
        public String givenName;
        public String familyName;
        public String dobDay;
        public String dobMonth;
        public String dobYear;
        public StatusBasis statusBasis;
        public String statusEvidence;
        public SelfDefinedEthnicity ethnicitySelfDefined;
        public ObservedEthnicity ethnicityObserved;
        public String nationality;
        public String language;
        public boolean interpreterNeeded;
        public SafeContactMethod safeContactMethod;
        public String safeContactDetails;
        public Set<Vulnerability> vulnerabilities = EnumSet.noneOf(Vulnerability.class);
        public Long version;

        public PersonRole getRole() { return role; }
        public void setRole(PersonRole v) { role = v; }
        public String getGivenName() { return givenName; }
        public void setGivenName(String v) { givenName = v; }
        public String getFamilyName() { return familyName; }
        public void setFamilyName(String v) { familyName = v; }
        public String getDobDay() { return dobDay; }
        public void setDobDay(String v) { dobDay = v; }
        public String getDobMonth() { return dobMonth; }
        public void setDobMonth(String v) { dobMonth = v; }
        public String getDobYear() { return dobYear; }
        public void setDobYear(String v) { dobYear = v; }
        public StatusBasis getStatusBasis() { return statusBasis; }
        public void setStatusBasis(StatusBasis v) { statusBasis = v; }
        public String getStatusEvidence() { return statusEvidence; }
        public void setStatusEvidence(String v) { statusEvidence = v; }
        public SelfDefinedEthnicity getEthnicitySelfDefined() { return ethnicitySelfDefined; }
        public void setEthnicitySelfDefined(SelfDefinedEthnicity v) { ethnicitySelfDefined = v; }
        public ObservedEthnicity getEthnicityObserved() { return ethnicityObserved; }
        public void setEthnicityObserved(ObservedEthnicity v) { ethnicityObserved = v; }
        public String getNationality() { return nationality; }
        public void setNationality(String v) { nationality = v; }
        public String getLanguage() { return language; }
        public void setLanguage(String v) { language = v; }
        public boolean isInterpreterNeeded() { return interpreterNeeded; }
        public void setInterpreterNeeded(boolean v) { interpreterNeeded = v; }
        public SafeContactMethod getSafeContactMethod() { return safeContactMethod; }
        public void setSafeContactMethod(SafeContactMethod v) { safeContactMethod = v; }
        public String getSafeContactDetails() { return safeContactDetails; }
        public void setSafeContactDetails(String v) { safeContactDetails = v; }
        public Set<Vulnerability> getVulnerabilities() { return vulnerabilities; }
        public void setVulnerabilities(Set<Vulnerability> v) { vulnerabilities = uk.safeshare.shared.web.FormChoices.of(v, Vulnerability.class); }
        public Long getVersion() { return version; }
        public void setVersion(Long v) { version = v; }

        /** Nothing chosen in advance (GOV.UK radios are never pre-selected): the officer answers each question. */
        static PersonForm blank() {
            return new PersonForm();
        }

        static PersonForm of(PersonView p) {
            PersonForm f = new PersonForm();
            f.role = p.role();
            f.givenName = p.givenName();
            f.familyName = p.familyName();
            if (p.dateOfBirth() != null) {
                f.dobDay = Integer.toString(p.dateOfBirth().getDayOfMonth());
                f.dobMonth = Integer.toString(p.dateOfBirth().getMonthValue());
                f.dobYear = Integer.toString(p.dateOfBirth().getYear());
            }
            f.statusBasis = p.statusBasis();
            f.statusEvidence = p.statusEvidence();
            f.ethnicitySelfDefined = p.ethnicitySelfDefined();
            f.ethnicityObserved = p.ethnicityObserved();
            f.nationality = p.nationality();
            f.language = p.language();
            f.interpreterNeeded = p.interpreterNeeded();
            f.safeContactMethod = p.safeContactMethod();
            f.safeContactDetails = p.safeContactDetails();
            f.vulnerabilities = p.vulnerabilities().isEmpty() ? EnumSet.noneOf(Vulnerability.class) : EnumSet.copyOf(p.vulnerabilities());
            f.version = p.version();
            return f;
        }

        PersonDetails toCommand(BindingResult errors) {
            LocalDate dob = uk.safeshare.shared.web.DateInput.read(dobDay, dobMonth, dobYear, errors, "dobDay", "Date of birth", false);
            return new PersonDetails(role, givenName, familyName, dob, statusBasis, statusEvidence, ethnicitySelfDefined,
                    ethnicityObserved, nationality, language, interpreterNeeded, safeContactMethod, safeContactDetails,
                    vulnerabilities);
        }
    }

}
