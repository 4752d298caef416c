package uk.safeshare.cases.internal;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import uk.safeshare.cases.CaseNames;

@Service
class CaseNamesService implements CaseNames {

    private final JdbcClient jdbc;

    CaseNamesService(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Optional<UUID> caseIdByReference(String reference) {
        return jdbc.sql("SELECT id FROM case_file WHERE UPPER(reference) = ?").param(reference.strip().toUpperCase(Locale.ROOT))
                .query(UUID.class).optional();
    }

    @Override
    public List<PersonName> peopleNamed(String name) {
        StringBuilder sql = new StringBuilder("SELECT p.id, p.case_id, c.reference, p.given_name, p.family_name"
                + " FROM case_person p JOIN case_file c ON c.id = p.case_id WHERE 1 = 1");
        List<Object> params = new ArrayList<>();
        for (String word : name.strip().toLowerCase(Locale.ROOT).split("\\s+")) {
            sql.append(" AND (LOWER(p.given_name) LIKE ? OR LOWER(p.family_name) LIKE ?)");
            String like = "%" + word.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
            params.add(like);
            params.add(like);
        }
        sql.append(" ORDER BY p.family_name, p.given_name, c.reference LIMIT 20");
        return jdbc.sql(sql.toString()).params(params).query((rs, n) -> new PersonName(rs.getObject("id", UUID.class),
                rs.getObject("case_id", UUID.class), rs.getString("reference"),
                rs.getString("given_name") + " " + rs.getString("family_name"))).list();
    }

    @Override
    public Map<UUID, String> references(Collection<UUID> caseIds) {
        Map<UUID, String> out = new HashMap<>();
        if (!caseIds.isEmpty()) {
            jdbc.sql("SELECT id, reference FROM case_file WHERE id IN (:ids)").param("ids", List.copyOf(caseIds))
                    .query((rs, n) -> out.put(rs.getObject("id", UUID.class), rs.getString("reference"))).list();
        }
        return out;
    }

    @Override
    public Map<UUID, String> names(Collection<UUID> personIds) {
        Map<UUID, String> out = new HashMap<>();
        if (!personIds.isEmpty()) {
            jdbc.sql("SELECT id, given_name, family_name FROM case_person WHERE id IN (:ids)").param("ids", List.copyOf(personIds))
                    .query((rs, n) -> out.put(rs.getObject("id", UUID.class), rs.getString("given_name") + " " + rs.getString("family_name")))
                    .list();
        }
        return out;
    }
}
