package uk.safeshare.cases.internal;

import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import uk.safeshare.cases.CaseFigures;
import uk.safeshare.cases.PersonRole;

/** Victims and witnesses in a period, decrypted in memory to be counted; nothing that names them leaves. */
@Service
class CaseFiguresService implements CaseFigures {

    private static final Set<PersonRole> COUNTED = EnumSet.of(PersonRole.VICTIM, PersonRole.WITNESS, PersonRole.VICTIM_AND_SUSPECT);

    private final JdbcClient jdbc;
    private final PersonRecordRepository people;

    CaseFiguresService(JdbcClient jdbc, PersonRecordRepository people) {
        this.jdbc = jdbc;
        this.people = people;
    }

    private record CaseArea(UUID id, String area) {
    }

    @Override
    @Transactional(readOnly = true)
    public List<PersonFact> victimsAndWitnesses(Instant from, Instant to) {
        List<CaseArea> cases = jdbc.sql("SELECT id, area FROM case_file WHERE occurred_at >= ? AND occurred_at < ?")
                .params(from.atOffset(ZoneOffset.UTC), to.atOffset(ZoneOffset.UTC))
                .query((rs, n) -> new CaseArea(rs.getObject(1, UUID.class), rs.getString(2))).list();
        List<PersonFact> facts = new ArrayList<>();
        for (CaseArea c : cases) {
            for (PersonRecord p : people.findByCaseId(c.id())) {
                if (COUNTED.contains(p.role())) {
                    var v = p.view();
                    facts.add(new PersonFact(v.id(), v.role(), c.area().strip(), v.language(), v.ethnicitySelfDefined(), v.nationality()));
                }
            }
        }
        return facts;
    }

    @Override
    @Transactional(readOnly = true)
    public java.util.Map<UUID, String> areasOf(java.util.Collection<UUID> personIds) {
        java.util.Map<UUID, String> areas = new java.util.HashMap<>();
        if (personIds.isEmpty()) {
            return areas;
        }
        jdbc.sql("SELECT p.id, c.area FROM case_person p JOIN case_file c ON c.id = p.case_id WHERE p.id IN (:ids)")
                .param("ids", java.util.List.copyOf(new java.util.HashSet<>(personIds)))
                .query((rs, n) -> java.util.Map.entry(rs.getObject(1, UUID.class), rs.getString(2).strip())).list()
                .forEach(e -> areas.put(e.getKey(), e.getValue()));
        return areas;
    }

    @Override
    @Transactional(readOnly = true)
    public java.util.Map<UUID, PersonFact> peopleById(java.util.Collection<UUID> personIds) {
        java.util.Map<UUID, String> areas = areasOf(personIds);
        java.util.Map<UUID, PersonFact> facts = new java.util.HashMap<>();
        for (PersonRecord p : people.findAllById(areas.keySet())) {
            var v = p.view();
            facts.put(v.id(), new PersonFact(v.id(), v.role(), areas.get(v.id()), v.language(), v.ethnicitySelfDefined(), v.nationality()));
        }
        return facts;
    }
}
