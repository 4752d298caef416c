package uk.safeshare.risk.internal;

import java.util.HashMap;
import java.util.Map;
import org.springframework.validation.BindingResult;
import uk.safeshare.risk.Answer;
import uk.safeshare.risk.ImmigrationFactor;
import uk.safeshare.risk.RiskCommands.AnswerEntry;
import uk.safeshare.risk.RiskCommands.AssessmentDetails;
import uk.safeshare.risk.RiskGrade;
import uk.safeshare.risk.RiskQuestion;
import uk.safeshare.risk.RiskViews.AnswerView;
import uk.safeshare.risk.RiskViews.AssessmentView;
import uk.safeshare.risk.RiskViews.FactorView;
import uk.safeshare.shared.web.FormErrors;
import uk.safeshare.shared.web.FormErrors.Field;

/**
 * The checklist as a web form: radios named {@code answer[QUESTION]} and {@code factor[FACTOR]}, notes
 * beside them. Codes arrive as text so that a forged or unknown one is a form error, not a crash.
 */
public final class RiskForm {

    static final Map<String, Field> FIELDS = Map.of(
            "answers", new Field("answer", "The checklist"),
            "immigrationFactors", new Field("factor", "The immigration-related factors"),
            "judgementGrade", new Field("judgementGrade", "Professional judgement"),
            "judgementConcern", new Field("judgementConcern", "The concern"),
            "personId", new Field("answer", "The person"));

    private Map<String, String> answer = new HashMap<>();
    private Map<String, String> note = new HashMap<>();
    private Map<String, String> factor = new HashMap<>();
    private Map<String, String> factorNote = new HashMap<>();
    private String judgementGrade;
    private String judgementConcern;
    private String action;
    private Long version;

    public Map<String, String> getAnswer() { return answer; }
    public void setAnswer(Map<String, String> v) { answer = v == null ? new HashMap<>() : v; }
    public Map<String, String> getNote() { return note; }
    public void setNote(Map<String, String> v) { note = v == null ? new HashMap<>() : v; }
    public Map<String, String> getFactor() { return factor; }
    public void setFactor(Map<String, String> v) { factor = v == null ? new HashMap<>() : v; }
    public Map<String, String> getFactorNote() { return factorNote; }
    public void setFactorNote(Map<String, String> v) { factorNote = v == null ? new HashMap<>() : v; }
    public String getJudgementGrade() { return judgementGrade; }
    public void setJudgementGrade(String v) { judgementGrade = v; }
    public String getJudgementConcern() { return judgementConcern; }
    public void setJudgementConcern(String v) { judgementConcern = v; }
    public String getAction() { return action; }
    public void setAction(String v) { action = v; }
    public Long getVersion() { return version; }
    public void setVersion(Long v) { version = v; }

    boolean isDraft() {
        return "draft".equals(action);
    }

    static RiskForm of(AssessmentView a) {
        RiskForm f = new RiskForm();
        for (AnswerView v : a.answers()) {
            if (v.answer() != null) {
                f.answer.put(v.question().name(), v.answer().name());
            }
            if (v.note() != null) {
                f.note.put(v.question().name(), v.note());
            }
        }
        for (FactorView v : a.immigrationFactors()) {
            if (v.answer() != null) {
                f.factor.put(v.factor().name(), v.answer().name());
            }
            if (v.note() != null) {
                f.factorNote.put(v.factor().name(), v.note());
            }
        }
        f.judgementGrade = a.judgementGrade() == null ? null : a.judgementGrade().name();
        f.judgementConcern = a.judgementConcern();
        f.version = a.version();
        return f;
    }

    AssessmentDetails toCommand(BindingResult errors) {
        Map<RiskQuestion, AnswerEntry> answers = entries(RiskQuestion.class, answer, note, errors, "answer", "checklist question");
        Map<ImmigrationFactor, AnswerEntry> factors = entries(ImmigrationFactor.class, factor, factorNote, errors,
                "factor", "immigration-related factor");
        RiskGrade grade = null;
        if (judgementGrade != null && !judgementGrade.isBlank()) {
            try {
                grade = RiskGrade.valueOf(judgementGrade);
            } catch (IllegalArgumentException e) {
                FormErrors.reject(errors, "judgementGrade", "Select standard, medium or high, or leave professional judgement blank");
            }
        }
        return new AssessmentDetails(answers, factors, grade, judgementConcern, isDraft());
    }

    private static <K extends Enum<K>> Map<K, AnswerEntry> entries(Class<K> type, Map<String, String> answers,
                                                                  Map<String, String> notes, BindingResult errors,
                                                                  String field, String what) {
        Map<K, AnswerEntry> entries = new HashMap<>();
        java.util.Set<String> codes = new java.util.HashSet<>(answers.keySet());
        codes.addAll(notes.keySet());
        for (String code : codes) {
            K key;
            try {
                key = Enum.valueOf(type, code);
            } catch (IllegalArgumentException e) {
                reject(errors, field, "There is no " + what + " '" + code + "'");
                continue;
            }
            String value = answers.get(code);
            Answer answer = null;
            if (value != null && !value.isBlank()) {
                try {
                    answer = Answer.valueOf(value);
                } catch (IllegalArgumentException e) {
                    reject(errors, field, "Answer each " + what + " yes, no, not known or declined to answer");
                    continue;
                }
            }
            entries.put(key, new AnswerEntry(answer, notes.get(code)));
        }
        return entries;
    }

    private static void reject(BindingResult errors, String field, String message) {
        if (!errors.hasFieldErrors(field)) {
            FormErrors.reject(errors, field, message);
        }
    }
}
