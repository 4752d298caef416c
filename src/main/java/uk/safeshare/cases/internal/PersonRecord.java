package uk.safeshare.cases.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Table;
import uk.safeshare.cases.CaseCommands.PersonDetails;
import uk.safeshare.cases.CaseViews.PersonView;
import uk.safeshare.cases.ObservedEthnicity;
import uk.safeshare.cases.PersonRole;
import uk.safeshare.cases.SafeContactMethod;
import uk.safeshare.cases.SelfDefinedEthnicity;
import uk.safeshare.cases.StatusBasis;
import uk.safeshare.cases.Vulnerability;
import uk.safeshare.shared.crypto.SensitiveText;

/**
 * A person in a case. Immigration status, ethnicity, nationality and vulnerabilities are
 * {@link SensitiveText}: encrypted in the database, plain only in memory.
 */
@Table("case_person")
record PersonRecord(@Id UUID id, UUID caseId, PersonRole role, String givenName, String familyName, LocalDate dateOfBirth,
                    SensitiveText statusBasis, SensitiveText statusEvidence, SensitiveText ethnicitySelf,
                    SensitiveText ethnicityObserved, SensitiveText nationality, String language, boolean interpreterNeeded,
                    SafeContactMethod safeContactMethod, SensitiveText safeContactDetails, SensitiveText vulnerabilities,
                    String createdBy, Instant createdAt, Instant updatedAt, @Version Long version) {

    static PersonRecord create(UUID caseId, PersonDetails d, String actor, Instant now) {
        return from(UUID.randomUUID(), caseId, d, actor, now, now, null);
    }

    PersonRecord revise(PersonDetails d, Instant now) {
        return from(id, caseId, d, createdBy, createdAt, now, version);
    }

    private static PersonRecord from(UUID id, UUID caseId, PersonDetails d, String createdBy, Instant createdAt, Instant now,
                                     Long version) {
        return new PersonRecord(id, caseId, d.role(), d.givenName().trim(), d.familyName().trim(), d.dateOfBirth(),
                SensitiveText.of(d.statusBasis().name()), SensitiveText.of(d.statusEvidence()),
                SensitiveText.of(d.ethnicitySelfDefined() == null ? null : d.ethnicitySelfDefined().name()),
                SensitiveText.of(d.ethnicityObserved() == null ? null : d.ethnicityObserved().name()),
                SensitiveText.of(d.nationality()), d.language(), d.interpreterNeeded(), d.safeContactMethod(),
                SensitiveText.of(d.safeContactDetails()),
                SensitiveText.of(d.vulnerabilities().stream().map(Enum::name).sorted().collect(Collectors.joining(","))),
                createdBy, createdAt, now, version);
    }

    PersonView view() {
        String flags = SensitiveText.valueOf(vulnerabilities);
        Set<Vulnerability> vulnerabilitySet = flags == null || flags.isEmpty() ? Set.of()
                : Arrays.stream(flags.split(",")).map(Vulnerability::valueOf).collect(Collectors.toCollection(() -> EnumSet.noneOf(Vulnerability.class)));
        return new PersonView(id, caseId, role, givenName, familyName, dateOfBirth,
                StatusBasis.valueOf(statusBasis.value()), SensitiveText.valueOf(statusEvidence),
                enumOrNull(SelfDefinedEthnicity.class, ethnicitySelf), enumOrNull(ObservedEthnicity.class, ethnicityObserved),
                SensitiveText.valueOf(nationality), language, interpreterNeeded, safeContactMethod,
                SensitiveText.valueOf(safeContactDetails), vulnerabilitySet, createdBy, createdAt, updatedAt,
                version == null ? 0 : version);
    }

    private static <E extends Enum<E>> E enumOrNull(Class<E> type, SensitiveText text) {
        String v = SensitiveText.valueOf(text);
        return v == null ? null : Enum.valueOf(type, v);
    }
}
