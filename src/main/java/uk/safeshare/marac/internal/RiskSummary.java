package uk.safeshare.marac.internal;

import java.util.List;
import tools.jackson.databind.json.JsonMapper;
import uk.safeshare.risk.ImmigrationFactor;
import uk.safeshare.risk.RiskGrade;
import uk.safeshare.shared.crypto.SensitiveText;

/**
 * What a referral carries from the risk assessment into the meeting, stored encrypted as JSON: the
 * grade and score, the concern behind a professional judgement, and the immigration-related factors
 * present (so the meeting sees them too).
 */
record RiskSummary(RiskGrade grade, RiskGrade checklistGrade, Integer yesCount, boolean raisedByJudgement, String concern,
                   List<ImmigrationFactor> immigrationFactors) {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    RiskSummary {
        immigrationFactors = immigrationFactors == null ? List.of() : List.copyOf(immigrationFactors);
    }

    SensitiveText seal() {
        return SensitiveText.of(JSON.writeValueAsString(this));
    }

    static RiskSummary open(SensitiveText text) {
        return JSON.readValue(text.value(), RiskSummary.class);
    }
}
