package uk.safeshare.youngpeople.internal;

import java.time.LocalDate;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import uk.safeshare.cases.KnownChildren;

/**
 * Tells the cases module (and through it the firewall) that a person on a case is a child when the
 * tracker holds them as a young person under 18, whatever the case's own date of birth says, so that a
 * tracked child is always decided under the protocol's children rule. Care leavers of 18 and over are
 * adults here. Not audited: the decision it feeds is.
 */
@Component
class TrackedChildren implements KnownChildren {

    private final JdbcClient jdbc;

    TrackedChildren(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Asked on every sharing request, so one statement: the dates of birth of the young people the person is linked
     * to (almost always none), judged by the tracker's own rule.
     */
    @Override
    public boolean knownAsChild(UUID personId, LocalDate on) {
        return jdbc.sql("""
                        SELECT yp.date_of_birth FROM young_person_case c JOIN young_person yp ON yp.id = c.young_person_id
                        WHERE c.person_id = ?""")
                .param(personId)
                .query((rs, n) -> rs.getObject(1, LocalDate.class))
                .list().stream()
                .anyMatch(dateOfBirth -> TrackerRules.child(dateOfBirth, on));
    }
}
