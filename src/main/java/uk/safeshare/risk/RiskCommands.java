package uk.safeshare.risk;

import jakarta.validation.constraints.Size;
import java.util.EnumMap;
import java.util.Map;
import uk.safeshare.shared.validation.PlainText;

/** What officers and caseworkers send to record a risk assessment, from the pages and the API alike. */
public final class RiskCommands {

    public static final int NOTE_MAX = 1000;
    public static final int CONCERN_MAX = 2000;

    private RiskCommands() {
    }

    /** An ordered copy without the entries that carry nothing (a null entry is an unanswered question). */
    public static <K extends Enum<K>> EnumMap<K, AnswerEntry> copy(Class<K> type, Map<K, AnswerEntry> entries) {
        EnumMap<K, AnswerEntry> copy = new EnumMap<>(type);
        if (entries != null) {
            entries.forEach((k, v) -> {
                if (k != null && v != null && (v.answer() != null || v.note() != null)) {
                    copy.put(k, v);
                }
            });
        }
        return copy;
    }

    /** One answer, with an optional note. */
    public record AnswerEntry(Answer answer, String note) {

        public AnswerEntry {
            note = note == null || note.isBlank() ? null : note.trim();
        }
    }

    /**
     * A risk assessment as entered. A draft may leave answers out; completing it needs every one.
     *
     * @param answers            the 27 checklist questions, keyed by question code
     * @param immigrationFactors the immigration-related factors, keyed by factor code (not scored)
     * @param judgementGrade     the grade professional judgement gives, if any; it may raise, never lower
     * @param judgementConcern   the concern behind that judgement
     * @param draft              true to save and come back later; false (the default) to complete and grade it
     */
    public record AssessmentDetails(
            Map<RiskQuestion, AnswerEntry> answers,
            Map<ImmigrationFactor, AnswerEntry> immigrationFactors,
            RiskGrade judgementGrade,
            @Size(max = CONCERN_MAX) @PlainText String judgementConcern,
            Boolean draft) {

        public AssessmentDetails {
            answers = copy(RiskQuestion.class, answers);
            immigrationFactors = copy(ImmigrationFactor.class, immigrationFactors);
            judgementConcern = judgementConcern == null || judgementConcern.isBlank() ? null : judgementConcern.trim();
            draft = Boolean.TRUE.equals(draft);
        }
    }
}
