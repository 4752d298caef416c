package uk.safeshare.risk;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import uk.safeshare.shared.InvalidRequestException;

/**
 * How a completed checklist is graded. Plain Java, no framework.
 *
 * <ul>
 *   <li>The score is the number of "yes" answers to the 27 checklist questions ({@link RiskQuestion}).
 *       "No", "not known" and "declined to answer" add nothing.</li>
 *   <li>14 or more is high risk, which needs a MARAC referral. Below 14 the checklist gives standard:
 *       medium (and high below 14) are professional judgements, as in the police guidance.</li>
 *   <li>Professional judgement may raise the grade, with the concern stated; it may never lower it.</li>
 *   <li>The immigration-related factors ({@link ImmigrationFactor}) do not count toward the 27 and do
 *       not change the score. They are reported alongside it so that they are visible, and an assessor
 *       may cite them as the concern when raising a grade.</li>
 * </ul>
 */
public final class RiskScoring {

    public static final int QUESTIONS = RiskQuestion.values().length;
    public static final int HIGH_RISK_THRESHOLD = 14;

    private RiskScoring() {
    }

    /** A professional judgement: the grade the assessor gives and the concern behind it. */
    public record Judgement(RiskGrade grade, String concern) {
    }

    /**
     * @param yesCount                  "yes" answers among the 27
     * @param checklistGrade            what the count alone gives
     * @param grade                     the final grade
     * @param raisedByJudgement         whether professional judgement raised the checklist grade
     * @param immigrationFactorsPresent the immigration factors answered "yes" (not part of the score)
     */
    public record Result(int yesCount, RiskGrade checklistGrade, RiskGrade grade, boolean raisedByJudgement,
                         List<ImmigrationFactor> immigrationFactorsPresent) {

        public Result {
            immigrationFactorsPresent = List.copyOf(immigrationFactorsPresent);
        }

        public boolean needsMaracReferral() {
            return grade == RiskGrade.HIGH;
        }

        /** Why the grade is what it is, in a sentence or two. */
        public String explanation() {
            String count = yesCount + " of " + QUESTIONS + " answers are yes";
            String checklist = yesCount >= HIGH_RISK_THRESHOLD
                    ? count + " (" + HIGH_RISK_THRESHOLD + " or more is high risk)."
                    : count + " (fewer than " + HIGH_RISK_THRESHOLD + "): the checklist gives standard risk.";
            return raisedByJudgement
                    ? checklist + " Raised to " + grade.label().toLowerCase() + " risk on professional judgement."
                    : checklist;
        }
    }

    /** The score of a set of answers, complete or not: the number of "yes" answers among the 27. */
    public static int yesCount(Map<RiskQuestion, Answer> answers) {
        return (int) answers.values().stream().filter(a -> a == Answer.YES).count();
    }

    public static RiskGrade checklistGrade(int yesCount) {
        return yesCount >= HIGH_RISK_THRESHOLD ? RiskGrade.HIGH : RiskGrade.STANDARD;
    }

    /**
     * Grades a completed assessment.
     *
     * @param answers            an answer to every one of the 27 questions
     * @param immigrationFactors an answer to every immigration-related factor
     * @param judgement          the assessor's professional judgement, or null for none
     * @throws InvalidRequestException when an answer is missing, a judgement has no concern stated, or
     *                                 a judgement would lower the checklist's grade
     */
    public static Result grade(Map<RiskQuestion, Answer> answers, Map<ImmigrationFactor, Answer> immigrationFactors,
                               Judgement judgement) {
        Map<String, String> errors = new LinkedHashMap<>();
        List<RiskQuestion> unanswered = Arrays.stream(RiskQuestion.values()).filter(q -> answers.get(q) == null).toList();
        if (!unanswered.isEmpty()) {
            errors.put("answers", "Answer every checklist question before completing the assessment: "
                    + unanswered.size() + " not answered (" + numbers(unanswered) + ")");
        }
        List<ImmigrationFactor> factorsUnanswered = Arrays.stream(ImmigrationFactor.values())
                .filter(f -> immigrationFactors.get(f) == null).toList();
        if (!factorsUnanswered.isEmpty()) {
            errors.put("immigrationFactors", "Answer every immigration-related question before completing the assessment: "
                    + factorsUnanswered.size() + " not answered");
        }
        int yes = yesCount(answers);
        RiskGrade checklist = checklistGrade(yes);
        RiskGrade grade = checklist;
        boolean raised = false;
        if (judgement != null && (judgement.grade() != null || !blank(judgement.concern()))) {
            if (judgement.grade() == null) {
                errors.put("judgementGrade", "Select the grade your professional judgement gives, or remove the concern");
            } else if (blank(judgement.concern())) {
                errors.put("judgementConcern", "State the concern behind your professional judgement");
            } else if (judgement.grade().isLowerThan(checklist) && unanswered.isEmpty()) {
                errors.put("judgementGrade", "Professional judgement can raise a grade but never lower it: the checklist gives "
                        + checklist.label().toLowerCase() + " risk (" + yes + " yes answers), so the grade cannot be "
                        + judgement.grade().label().toLowerCase());
            } else if (judgement.grade().isHigherThan(checklist)) {
                grade = judgement.grade();
                raised = true;
            }
        }
        if (!errors.isEmpty()) {
            throw new InvalidRequestException(String.join("; ", errors.values()), errors);
        }
        List<ImmigrationFactor> present = new ArrayList<>();
        new EnumMap<>(immigrationFactors).forEach((f, a) -> {
            if (a == Answer.YES) {
                present.add(f);
            }
        });
        return new Result(yes, checklist, grade, raised, present);
    }

    private static String numbers(List<RiskQuestion> questions) {
        List<String> shown = questions.stream().limit(10).map(q -> Integer.toString(q.number())).toList();
        return "question" + (questions.size() == 1 ? " " : "s ") + String.join(", ", shown)
                + (questions.size() > shown.size() ? " and more" : "");
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
