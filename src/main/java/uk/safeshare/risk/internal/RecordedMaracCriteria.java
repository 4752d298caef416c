package uk.safeshare.risk.internal;

import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import uk.safeshare.risk.MaracCriteriaRecorder;

/**
 * Keeps the MARAC criteria on the completed assessment. Called in the completion's own transaction
 * (the completion is audited there); only a completed assessment takes them, and only once.
 */
@Component
class RecordedMaracCriteria implements MaracCriteriaRecorder {

    private final JdbcClient jdbc;

    RecordedMaracCriteria(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    @Transactional(propagation = Propagation.MANDATORY)
    public void recordMaracCriteria(UUID assessmentId, List<String> criteria) {
        if (criteria.isEmpty()) {
            return;
        }
        // Plain sentences from the MARAC module; a line break would split one in two.
        String lines = String.join("\n", criteria.stream().map(c -> c.replace('\n', ' ')).toList());
        jdbc.sql("UPDATE risk_assessment SET marac_criteria = ? WHERE id = ? AND status = 'COMPLETED' AND marac_criteria IS NULL")
                .params(lines, assessmentId).update();
    }
}
