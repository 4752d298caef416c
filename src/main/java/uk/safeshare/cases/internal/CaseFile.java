package uk.safeshare.cases.internal;

import java.time.Instant;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.MappedCollection;
import org.springframework.data.relational.core.mapping.Table;
import uk.safeshare.cases.CaseCommands.ReportDetails;
import uk.safeshare.cases.CrimeType;

/** The case aggregate (a report). People are their own aggregate so that editing one does not rewrite the case. */
@Table("case_file")
record CaseFile(@Id UUID id, String reference, UUID teamId, Instant occurredAt, String area, String summary,
                String createdBy, Instant createdAt, Instant updatedAt,
                @MappedCollection(idColumn = "case_file") Set<CrimeTypeRow> crimeTypes, @Version Long version) {

    @Table("case_crime_type")
    record CrimeTypeRow(CrimeType crimeType) {
    }

    static CaseFile open(String reference, UUID teamId, ReportDetails details, String actor, Instant now) {
        return new CaseFile(UUID.randomUUID(), reference, teamId, details.occurredAt(), details.area().trim(),
                details.summary().trim(), actor, now, now, rows(details.crimeTypes()), null);
    }

    CaseFile revise(ReportDetails details, Instant now) {
        return new CaseFile(id, reference, teamId, details.occurredAt(), details.area().trim(), details.summary().trim(),
                createdBy, createdAt, now, rows(details.crimeTypes()), version);
    }

    CaseFile touched(Instant now) {
        return new CaseFile(id, reference, teamId, occurredAt, area, summary, createdBy, createdAt, now, crimeTypes, version);
    }

    Set<CrimeType> crimeTypeSet() {
        return crimeTypes.stream().map(CrimeTypeRow::crimeType).collect(Collectors.toCollection(java.util.TreeSet::new));
    }

    private static Set<CrimeTypeRow> rows(Set<CrimeType> types) {
        return types.stream().map(CrimeTypeRow::new).collect(Collectors.toSet());
    }
}
