package uk.safeshare.cases.internal;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;
import uk.safeshare.cases.CaseViews.PersonView;
import uk.safeshare.cases.CrimeType;
import uk.safeshare.cases.Vulnerability;
import uk.safeshare.shared.IsoCodes;

/** The labelled values of a record as a person reads them; history compares these. */
final class Snapshots {

    private Snapshots() {
    }

    static Map<String, String> of(CaseFile c) {
        Map<String, String> m = new LinkedHashMap<>();
        m.put("Crime types", c.crimeTypeSet().stream().map(CrimeType::label).collect(Collectors.joining(", ")));
        m.put("When", c.occurredAt().toString());
        m.put("Area", c.area());
        m.put("Summary", c.summary());
        return m;
    }

    static Map<String, String> of(PersonView p) {
        Map<String, String> m = new LinkedHashMap<>();
        m.put("Role", p.role().label());
        m.put("Given name", p.givenName());
        m.put("Family name", p.familyName());
        m.put("Date of birth", p.dateOfBirth() == null ? null : p.dateOfBirth().toString());
        m.put("Immigration status basis", p.statusBasis().label());
        m.put("Evidence of an immigration offence", p.statusEvidence());
        m.put("Self-defined ethnicity", p.ethnicitySelfDefined() == null ? null : p.ethnicitySelfDefined().label());
        m.put("Officer-observed ethnicity", p.ethnicityObserved() == null ? null : p.ethnicityObserved().label());
        m.put("Nationality", p.nationality() == null ? null : IsoCodes.countryName(p.nationality()));
        m.put("Language", p.language() == null ? null : IsoCodes.languageName(p.language()));
        m.put("Interpreter needed", p.interpreterNeeded() ? "Yes" : "No");
        m.put("Safe contact method", p.safeContactMethod().label());
        m.put("Safe contact details", p.safeContactDetails());
        m.put("Vulnerabilities", p.vulnerabilities().stream().map(Vulnerability::label).sorted().collect(Collectors.joining(", ")));
        return m;
    }
}
