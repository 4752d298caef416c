package uk.safeshare.risk.internal;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import uk.safeshare.risk.Answer;
import uk.safeshare.risk.ImmigrationFactor;
import uk.safeshare.risk.RiskCommands.AssessmentDetails;
import uk.safeshare.risk.RiskGrade;
import uk.safeshare.risk.RiskQuestion;
import uk.safeshare.risk.RiskScoring;
import uk.safeshare.risk.RiskViews.AssessmentView;
import uk.safeshare.risk.RiskViews.History;

@RestController
@RequestMapping("/api/v1")
@Tag(name = "Risk assessment", description = "The domestic abuse risk checklist with immigration-related risk factors, kept as a history per victim")
class RiskApi {

    private final RiskAssessments assessments;

    RiskApi(RiskAssessments assessments) {
        this.assessments = assessments;
    }

    record Question(String code, int number, String topic, String text) {
    }

    record Factor(String code, String topic, String text) {
    }

    record Checklist(List<Question> questions, List<Factor> immigrationFactors, List<Answer> answers, List<RiskGrade> grades,
                     int highRiskThreshold, String scoring) {
    }

    @GetMapping("/risk-checklist")
    @Operation(summary = "The checklist's questions, the immigration-related factors, the answers allowed and how it is scored")
    Checklist checklist() {
        return new Checklist(
                Arrays.stream(RiskQuestion.values()).map(q -> new Question(q.name(), q.number(), q.topic(), q.text())).toList(),
                Arrays.stream(ImmigrationFactor.values()).map(f -> new Factor(f.name(), f.topic(), f.text())).toList(),
                List.of(Answer.values()), List.of(RiskGrade.values()), RiskScoring.HIGH_RISK_THRESHOLD,
                "The score is the number of YES answers to the " + RiskScoring.QUESTIONS + " questions; "
                        + RiskScoring.HIGH_RISK_THRESHOLD + " or more is HIGH and needs a MARAC referral, otherwise STANDARD. "
                        + "Professional judgement (judgementGrade with judgementConcern) may raise the grade, never lower it. "
                        + "Immigration-related factors are recorded and shown separately and do not count toward the score.");
    }

    @GetMapping("/cases/{caseId}/people/{personId}/risk-assessments")
    @Operation(summary = "A victim's risk assessments, newest first (audited as a consultation)")
    History history(@PathVariable UUID caseId, @PathVariable UUID personId) {
        return assessments.history(caseId, personId);
    }

    @PostMapping("/cases/{caseId}/people/{personId}/risk-assessments")
    @Operation(summary = "Record a risk assessment: completed and graded, or with \"draft\": true saved to finish later")
    ResponseEntity<AssessmentView> start(@PathVariable UUID caseId, @PathVariable UUID personId,
                                         @RequestBody AssessmentDetails details) {
        UUID id = assessments.start(caseId, personId, details);
        return ResponseEntity.created(URI.create("/api/v1/cases/" + caseId + "/people/" + personId + "/risk-assessments/" + id))
                .body(assessments.assessment(caseId, personId, id).assessment());
    }

    @GetMapping("/cases/{caseId}/people/{personId}/risk-assessments/{assessmentId}")
    @Operation(summary = "One risk assessment (audited as a consultation)")
    AssessmentView assessment(@PathVariable UUID caseId, @PathVariable UUID personId, @PathVariable UUID assessmentId) {
        return assessments.assessment(caseId, personId, assessmentId).assessment();
    }

    @PutMapping("/cases/{caseId}/people/{personId}/risk-assessments/{assessmentId}")
    @Operation(summary = "Change a draft, or complete it (\"draft\": false); a completed assessment cannot be changed (409)")
    AssessmentView revise(@PathVariable UUID caseId, @PathVariable UUID personId, @PathVariable UUID assessmentId,
                          @RequestParam(required = false) Long expectedVersion, @RequestBody AssessmentDetails details) {
        assessments.revise(caseId, personId, assessmentId, expectedVersion, details);
        return assessments.assessment(caseId, personId, assessmentId).assessment();
    }
}
