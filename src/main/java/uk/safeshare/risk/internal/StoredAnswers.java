package uk.safeshare.risk.internal;

import java.util.Map;
import tools.jackson.databind.json.JsonMapper;
import uk.safeshare.risk.ImmigrationFactor;
import uk.safeshare.risk.RiskCommands;
import uk.safeshare.risk.RiskCommands.AnswerEntry;
import uk.safeshare.risk.RiskQuestion;
import uk.safeshare.shared.crypto.SensitiveText;

/** The answers of one assessment as the JSON document stored (encrypted) in risk_assessment.answers. */
record StoredAnswers(Map<RiskQuestion, AnswerEntry> answers, Map<ImmigrationFactor, AnswerEntry> immigrationFactors) {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    StoredAnswers {
        answers = RiskCommands.copy(RiskQuestion.class, answers);
        immigrationFactors = RiskCommands.copy(ImmigrationFactor.class, immigrationFactors);
    }

    SensitiveText seal() {
        return SensitiveText.of(JSON.writeValueAsString(this));
    }

    static StoredAnswers open(SensitiveText text) {
        return JSON.readValue(text.value(), StoredAnswers.class);
    }
}
