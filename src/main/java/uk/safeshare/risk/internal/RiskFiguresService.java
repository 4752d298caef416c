package uk.safeshare.risk.internal;

import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import uk.safeshare.risk.Answer;
import uk.safeshare.risk.RiskFigures;
import uk.safeshare.risk.RiskViews.Status;

/** Counts only: no assessment, person or case leaves this class. */
@Service
class RiskFiguresService implements RiskFigures {

    private static final ZoneId LONDON = ZoneId.of("Europe/London");

    private final RiskAssessmentRepository assessments;

    RiskFiguresService(RiskAssessmentRepository assessments) {
        this.assessments = assessments;
    }

    @Override
    @Transactional(readOnly = true)
    public List<QuarterCount> completedByQuarter() {
        Map<String, long[]> counts = new TreeMap<>();
        for (RiskAssessmentRecord r : assessments.findAll()) {
            if (r.status() != Status.COMPLETED || r.completedAt() == null) {
                continue;
            }
            ZonedDateTime at = r.completedAt().atZone(LONDON);
            String quarter = at.getYear() + "-Q" + ((at.getMonthValue() - 1) / 3 + 1);
            long[] c = counts.computeIfAbsent(quarter, k -> new long[2]);
            c[0]++;
            // The factors are inside the encrypted answers: opened here, counted, and not kept.
            boolean factor = StoredAnswers.open(r.answers()).immigrationFactors().values().stream()
                    .anyMatch(e -> e != null && e.answer() == Answer.YES);
            if (factor) {
                c[1]++;
            }
        }
        List<QuarterCount> list = new ArrayList<>();
        counts.forEach((q, c) -> list.add(new QuarterCount(q, c[0], c[1])));
        return list;
    }
}
