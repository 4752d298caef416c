package uk.safeshare.support;

import java.security.SecureRandom;
import java.util.EnumMap;
import java.util.Map;
import java.util.UUID;
import org.springframework.stereotype.Component;
import uk.safeshare.cases.Cases;
import uk.safeshare.identity.Identity;
import uk.safeshare.risk.Answer;
import uk.safeshare.risk.ImmigrationFactor;
import uk.safeshare.risk.RiskCommands.AnswerEntry;
import uk.safeshare.risk.RiskCommands.AssessmentDetails;
import uk.safeshare.risk.RiskGrade;
import uk.safeshare.risk.RiskQuestion;
import uk.safeshare.risk.internal.RiskAssessments;

/**
 * Victims with names of their own (so that matching across cases finds only this test's cases) and
 * completed risk assessments, recorded by officer.a as they would be through the pages.
 */
@Component
public class MaracFixture {

    private static final SecureRandom RANDOM = new SecureRandom();

    private final Cases cases;
    private final RiskAssessments assessments;
    private final Identity identity;

    public MaracFixture(Cases cases, RiskAssessments assessments, Identity identity) {
        this.cases = cases;
        this.assessments = assessments;
        this.identity = identity;
    }

    public record Victim(UUID caseId, UUID personId, String given, String family) {
        public String fullName() {
            return given + " " + family;
        }
    }

    public static String uniqueName() {
        StringBuilder b = new StringBuilder("Zed");
        for (int i = 0; i < 8; i++) {
            b.append((char) ('a' + RANDOM.nextInt(26)));
        }
        return b.toString();
    }

    /** A new domestic abuse case with a victim who has a name of their own. */
    public Victim newVictim() {
        return victimOnNewCase(uniqueName(), uniqueName());
    }

    /** The same person (same names and date of birth) as a victim on another new domestic abuse case. */
    public Victim victimOnNewCase(String given, String family) {
        return identity.runAs("officer.a", () -> {
            UUID caseId = cases.openCase(TestData.aReport().build());
            UUID personId = cases.addPerson(caseId, TestData.aVictim().named(given, family).build());
            return new Victim(caseId, personId, given, family);
        });
    }

    public UUID assess(Victim victim, int yes) {
        return assess(victim, yes, null, null);
    }

    public UUID assess(Victim victim, int yes, RiskGrade judgement, String concern) {
        Map<RiskQuestion, AnswerEntry> answers = new EnumMap<>(RiskQuestion.class);
        for (RiskQuestion q : RiskQuestion.values()) {
            answers.put(q, new AnswerEntry(q.ordinal() < yes ? Answer.YES : Answer.NO, null));
        }
        Map<ImmigrationFactor, AnswerEntry> factors = new EnumMap<>(ImmigrationFactor.class);
        for (ImmigrationFactor f : ImmigrationFactor.values()) {
            factors.put(f, new AnswerEntry(f == ImmigrationFactor.FEAR_OF_REMOVAL_STOPS_REPORTING ? Answer.YES : Answer.NO, null));
        }
        return identity.runAs("officer.a", () -> assessments.start(victim.caseId(), victim.personId(),
                new AssessmentDetails(answers, factors, judgement, concern, false)));
    }
}
