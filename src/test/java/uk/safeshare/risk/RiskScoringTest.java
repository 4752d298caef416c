package uk.safeshare.risk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.EnumMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import uk.safeshare.risk.RiskScoring.Judgement;
import uk.safeshare.risk.RiskScoring.Result;
import uk.safeshare.shared.InvalidRequestException;

class RiskScoringTest {

    /** The first {@code yes} questions answered yes, the rest no. */
    static Map<RiskQuestion, Answer> answers(int yes, Answer others) {
        Map<RiskQuestion, Answer> answers = new EnumMap<>(RiskQuestion.class);
        for (RiskQuestion q : RiskQuestion.values()) {
            answers.put(q, q.ordinal() < yes ? Answer.YES : others);
        }
        return answers;
    }

    static Map<RiskQuestion, Answer> answers(int yes) {
        return answers(yes, Answer.NO);
    }

    static Map<ImmigrationFactor, Answer> factors(Answer answer) {
        Map<ImmigrationFactor, Answer> factors = new EnumMap<>(ImmigrationFactor.class);
        for (ImmigrationFactor f : ImmigrationFactor.values()) {
            factors.put(f, answer);
        }
        return factors;
    }

    static Result grade(int yes) {
        return RiskScoring.grade(answers(yes), factors(Answer.NO), null);
    }

    @Test
    void the_checklist_has_twenty_seven_questions_and_five_separate_immigration_factors() {
        assertThat(RiskScoring.QUESTIONS).isEqualTo(27);
        assertThat(ImmigrationFactor.values()).hasSize(5);
    }

    @Test
    void thirteen_yes_answers_is_standard_risk_and_needs_no_referral() {
        Result result = grade(13);
        assertThat(result.yesCount()).isEqualTo(13);
        assertThat(result.grade()).isEqualTo(RiskGrade.STANDARD);
        assertThat(result.needsMaracReferral()).isFalse();
    }

    @Test
    void fourteen_yes_answers_is_high_risk_and_needs_a_marac_referral() {
        Result result = grade(14);
        assertThat(result.grade()).isEqualTo(RiskGrade.HIGH);
        assertThat(result.checklistGrade()).isEqualTo(RiskGrade.HIGH);
        assertThat(result.raisedByJudgement()).isFalse();
        assertThat(result.needsMaracReferral()).isTrue();
        assertThat(result.explanation()).startsWith("14 of 27 answers are yes (14 or more is high risk)");
    }

    @Test
    void fifteen_yes_answers_is_high_risk() {
        assertThat(grade(15).grade()).isEqualTo(RiskGrade.HIGH);
    }

    @Test
    void no_yes_answers_at_all_is_standard_risk() {
        assertThat(grade(0).grade()).isEqualTo(RiskGrade.STANDARD);
    }

    @Test
    void not_known_and_declined_answers_do_not_count_toward_the_score() {
        assertThat(RiskScoring.grade(answers(3, Answer.NOT_KNOWN), factors(Answer.NO), null).yesCount()).isEqualTo(3);
        assertThat(RiskScoring.grade(answers(3, Answer.DECLINED), factors(Answer.NO), null).yesCount()).isEqualTo(3);
    }

    @Test
    void immigration_factors_are_reported_but_never_change_the_score() {
        Result result = RiskScoring.grade(answers(13), factors(Answer.YES), null);
        assertThat(result.yesCount()).isEqualTo(13);
        assertThat(result.grade()).isEqualTo(RiskGrade.STANDARD);
        assertThat(result.immigrationFactorsPresent()).containsExactly(ImmigrationFactor.values());
    }

    @Test
    void professional_judgement_may_raise_a_standard_grade_to_medium_with_the_concern_stated() {
        Result result = RiskScoring.grade(answers(8), factors(Answer.NO),
                new Judgement(RiskGrade.MEDIUM, "Abuser recently released from prison"));
        assertThat(result.grade()).isEqualTo(RiskGrade.MEDIUM);
        assertThat(result.checklistGrade()).isEqualTo(RiskGrade.STANDARD);
        assertThat(result.raisedByJudgement()).isTrue();
        assertThat(result.needsMaracReferral()).isFalse();
        assertThat(result.explanation()).endsWith("Raised to medium risk on professional judgement.");
    }

    @Test
    void professional_judgement_raising_to_high_needs_a_marac_referral_below_fourteen() {
        Result result = RiskScoring.grade(answers(6), factors(Answer.YES),
                new Judgement(RiskGrade.HIGH, "Abuser holds her passport and threatens to have her removed"));
        assertThat(result.grade()).isEqualTo(RiskGrade.HIGH);
        assertThat(result.needsMaracReferral()).isTrue();
    }

    @Test
    void professional_judgement_never_lowers_a_grade() {
        assertThatThrownBy(() -> RiskScoring.grade(answers(14), factors(Answer.NO),
                new Judgement(RiskGrade.MEDIUM, "Victim says things have calmed down")))
                .isInstanceOf(InvalidRequestException.class)
                .hasMessageContaining("can raise a grade but never lower it")
                .satisfies(e -> assertThat(((InvalidRequestException) e).fieldErrors()).containsKey("judgementGrade"));
    }

    @Test
    void a_judgement_of_the_same_grade_changes_nothing() {
        Result result = RiskScoring.grade(answers(14), factors(Answer.NO), new Judgement(RiskGrade.HIGH, "Agree with the checklist"));
        assertThat(result.grade()).isEqualTo(RiskGrade.HIGH);
        assertThat(result.raisedByJudgement()).isFalse();
    }

    @Test
    void a_judgement_without_a_stated_concern_is_refused() {
        assertThatThrownBy(() -> RiskScoring.grade(answers(2), factors(Answer.NO), new Judgement(RiskGrade.HIGH, "  ")))
                .isInstanceOf(InvalidRequestException.class)
                .satisfies(e -> assertThat(((InvalidRequestException) e).fieldErrors()).containsKey("judgementConcern"));
    }

    @Test
    void a_concern_without_a_grade_is_refused() {
        assertThatThrownBy(() -> RiskScoring.grade(answers(2), factors(Answer.NO), new Judgement(null, "Worried")))
                .isInstanceOf(InvalidRequestException.class)
                .satisfies(e -> assertThat(((InvalidRequestException) e).fieldErrors()).containsKey("judgementGrade"));
    }

    @Test
    void a_checklist_with_a_missing_answer_cannot_be_graded_and_says_which() {
        Map<RiskQuestion, Answer> answers = answers(14);
        answers.remove(RiskQuestion.STRANGULATION);
        assertThatThrownBy(() -> RiskScoring.grade(answers, factors(Answer.NO), null))
                .isInstanceOf(InvalidRequestException.class)
                .hasMessageContaining("1 not answered (question 18)");
    }

    @Test
    void unanswered_immigration_factors_stop_completion_too() {
        Map<ImmigrationFactor, Answer> factors = factors(Answer.NO);
        factors.remove(ImmigrationFactor.NO_RECOURSE_TO_PUBLIC_FUNDS);
        assertThatThrownBy(() -> RiskScoring.grade(answers(3), factors, null))
                .isInstanceOf(InvalidRequestException.class)
                .satisfies(e -> assertThat(((InvalidRequestException) e).fieldErrors()).containsKey("immigrationFactors"));
    }
}
