package uk.safeshare.cases.internal;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import uk.safeshare.cases.CaseSearchHit;
import uk.safeshare.cases.PersonRole;
import uk.safeshare.identity.Identity;
import uk.safeshare.identity.Role;
import uk.safeshare.identity.SafeShareUser;
import uk.safeshare.shared.ForbiddenException;
import uk.safeshare.shared.InvalidRequestException;
import uk.safeshare.shared.audit.AuditAction;
import uk.safeshare.shared.audit.DataProcessed;

/**
 * Finds cases by what people know: a reference, a person's name, a date of birth, an area. Need-to-know holds: a
 * case of another team is named by its reference only (it opens through break-glass), and every search is audited
 * with what was searched for, since a search for a name is itself a consultation about that person.
 */
@Service
public class CaseSearch {

    static final int MOST = 50;

    private final JdbcClient jdbc;
    private final Identity identity;
    private final ApplicationEventPublisher events;

    CaseSearch(JdbcClient jdbc, Identity identity, ApplicationEventPublisher events) {
        this.jdbc = jdbc;
        this.identity = identity;
        this.events = events;
    }

    /** What was asked; blank parts are left out, and at least one part is needed. */
    public record Query(String text, LocalDate dateOfBirth, String area) {
        public Query {
            text = text == null || text.isBlank() ? null : text.strip();
            area = area == null || area.isBlank() ? null : area.strip();
        }

        boolean empty() {
            return text == null && dateOfBirth == null && area == null;
        }

        String described() {
            List<String> parts = new ArrayList<>();
            if (text != null) {
                parts.add("'" + text + "'");
            }
            if (dateOfBirth != null) {
                parts.add("born " + dateOfBirth);
            }
            if (area != null) {
                parts.add("area '" + area + "'");
            }
            return String.join(", ", parts);
        }
    }

    @Transactional
    public List<CaseSearchHit> search(Query query) {
        SafeShareUser user = identity.current();
        if (user.roles().stream().noneMatch(Role::worksCases)) {
            throw new ForbiddenException("Case search is for officers, caseworkers and supervisors");
        }
        if (query.empty()) {
            throw new InvalidRequestException("text", "Enter a case reference, a name, a date of birth or an area");
        }
        if (query.text() != null && query.text().length() > 200 || query.area() != null && query.area().length() > 200) {
            throw new InvalidRequestException("text", "Search for 200 characters or fewer");
        }
        StringBuilder sql = new StringBuilder("""
                SELECT c.id, c.reference, c.team_id, c.area, c.occurred_at, p.given_name, p.family_name, p.role
                FROM case_file c LEFT JOIN case_person p ON p.case_id = c.id WHERE 1 = 1""");
        List<Object> params = new ArrayList<>();
        if (query.text() != null) {
            // A reference matches as typed; otherwise every word must be in a person's given or family name.
            sql.append(" AND (UPPER(c.reference) = ?");
            params.add(query.text().toUpperCase(Locale.ROOT));
            List<String> words = List.of(query.text().toLowerCase(Locale.ROOT).split("\\s+"));
            sql.append(" OR (p.id IS NOT NULL");
            for (String word : words) {
                sql.append(" AND (LOWER(p.given_name) LIKE ? OR LOWER(p.family_name) LIKE ?)");
                params.add(like(word));
                params.add(like(word));
            }
            sql.append("))");
        }
        if (query.dateOfBirth() != null) {
            sql.append(" AND p.date_of_birth = ?");
            params.add(query.dateOfBirth());
        }
        if (query.area() != null) {
            sql.append(" AND LOWER(c.area) LIKE ?");
            params.add(like(query.area().toLowerCase(Locale.ROOT)));
        }
        sql.append(" ORDER BY c.occurred_at DESC, c.reference");
        Map<UUID, CaseSearchHit> hits = new LinkedHashMap<>();
        jdbc.sql(sql.toString()).params(params).query((rs, n) -> {
            UUID id = rs.getObject("id", UUID.class);
            boolean own = user.teamId() != null && user.teamId().value().equals(rs.getObject("team_id", UUID.class));
            String reference = rs.getString("reference");
            String area = rs.getString("area");
            java.time.Instant at = rs.getObject("occurred_at", OffsetDateTime.class).toInstant();
            String given = rs.getString("given_name");
            String who = given == null ? null : given + " " + rs.getString("family_name") + " ("
                    + PersonRole.valueOf(rs.getString("role")).label().toLowerCase(Locale.ROOT) + ")";
            if (!hits.containsKey(id) && hits.size() < MOST) {
                hits.put(id, new CaseSearchHit(id, reference, own, own ? area : null, own ? at : null, new ArrayList<>()));
            }
            CaseSearchHit hit = hits.get(id);
            if (hit != null && own && who != null && !hit.people().contains(who)) {
                hit.people().add(who);
            }
            return id;
        }).list();
        List<CaseSearchHit> found = hits.values().stream().map(h -> new CaseSearchHit(h.caseId(), h.reference(), h.ownTeam(), h.area(),
                h.occurredAt(), List.copyOf(h.people()))).toList();
        events.publishEvent(DataProcessed.of(AuditAction.CONSULTATION, user.username(), null,
                "searched cases for " + query.described() + ": " + found.size() + " found"));
        return found;
    }

    private static String like(String s) {
        return "%" + s.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
    }
}
