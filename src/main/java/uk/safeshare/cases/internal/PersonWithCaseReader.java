package uk.safeshare.cases.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.EnumSet;
import java.util.TreeSet;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import uk.safeshare.cases.CrimeType;
import uk.safeshare.cases.PersonRole;
import uk.safeshare.cases.SafeContactMethod;
import uk.safeshare.shared.crypto.FieldCipher;
import uk.safeshare.shared.crypto.SensitiveText;

/**
 * Reads a person with their case's reference, team and crime types in one statement. Every sharing request needs
 * exactly these, and loading the case and person aggregates took three statements and most of the time the request
 * spent reading (docs/benchmarks.md). The person is the same {@link PersonRecord} the repository would give.
 */
@Component
class PersonWithCaseReader {

    /** The person, and what the sharing decision and the need-to-know check need of their case. */
    record PersonWithCase(PersonRecord person, String caseReference, UUID teamId, Set<CrimeType> crimeTypes) {
    }

    private final JdbcClient jdbc;
    private final FieldCipher cipher;

    PersonWithCaseReader(JdbcClient jdbc, FieldCipher cipher) {
        this.jdbc = jdbc;
        this.cipher = cipher;
    }

    /** Empty when there is no such person on that case (or no such case). */
    Optional<PersonWithCase> read(UUID caseId, UUID personId) {
        // One row per crime type of the case (at least one row: LEFT JOIN), the person repeated on each.
        return jdbc.sql("""
                        SELECT p.id, p.case_id, p.role, p.given_name, p.family_name, p.date_of_birth, p.status_basis,
                               p.status_evidence, p.ethnicity_self, p.ethnicity_observed, p.nationality, p.language,
                               p.interpreter_needed, p.safe_contact_method, p.safe_contact_details, p.vulnerabilities,
                               p.created_by, p.created_at, p.updated_at, p.version,
                               c.reference, c.team_id, t.crime_type
                        FROM case_person p
                        JOIN case_file c ON c.id = p.case_id
                        LEFT JOIN case_crime_type t ON t.case_file = c.id
                        WHERE p.id = ? AND p.case_id = ?""")
                .params(personId, caseId)
                .query(rs -> {
                    PersonWithCase found = null;
                    Set<CrimeType> crimeTypes = EnumSet.noneOf(CrimeType.class);
                    while (rs.next()) {
                        if (found == null) {
                            found = new PersonWithCase(person(rs), rs.getString("reference"), rs.getObject("team_id", UUID.class), crimeTypes);
                        }
                        String crimeType = rs.getString("crime_type");
                        if (crimeType != null) {
                            crimeTypes.add(CrimeType.valueOf(crimeType));
                        }
                    }
                    // Sorted as the case aggregate gives them, so that what is stored and shown keeps its order.
                    return Optional.ofNullable(found).map(f -> new PersonWithCase(f.person(), f.caseReference(), f.teamId(), new TreeSet<>(crimeTypes)));
                });
    }

    private PersonRecord person(ResultSet rs) throws SQLException {
        String contactMethod = rs.getString("safe_contact_method");
        return new PersonRecord(rs.getObject("id", UUID.class), rs.getObject("case_id", UUID.class),
                PersonRole.valueOf(rs.getString("role")), rs.getString("given_name"), rs.getString("family_name"),
                rs.getObject("date_of_birth", LocalDate.class), sensitive(rs, "status_basis"), sensitive(rs, "status_evidence"),
                sensitive(rs, "ethnicity_self"), sensitive(rs, "ethnicity_observed"), sensitive(rs, "nationality"),
                rs.getString("language"), rs.getBoolean("interpreter_needed"),
                contactMethod == null ? null : SafeContactMethod.valueOf(contactMethod), sensitive(rs, "safe_contact_details"),
                sensitive(rs, "vulnerabilities"), rs.getString("created_by"), instant(rs, "created_at"), instant(rs, "updated_at"),
                rs.getLong("version"));
    }

    /** As the repository's reading converter does: stored encrypted, plain only in memory. */
    private SensitiveText sensitive(ResultSet rs, String column) throws SQLException {
        String stored = rs.getString(column);
        return stored == null ? null : new SensitiveText(cipher.decrypt(stored));
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        OffsetDateTime at = rs.getObject(column, OffsetDateTime.class);
        return at == null ? null : at.toInstant();
    }
}
