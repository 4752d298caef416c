package uk.safeshare.support;

import java.util.ArrayList;
import java.util.List;
import uk.safeshare.risk.ImmigrationFactor;
import uk.safeshare.risk.RiskQuestion;

/** Risk assessment request bodies: the first {@code yes} checklist questions answered yes, the rest no. */
public final class RiskData {

    private RiskData() {
    }

    public static String answers(int yes) {
        List<String> entries = new ArrayList<>();
        for (RiskQuestion q : RiskQuestion.values()) {
            entries.add("\"" + q.name() + "\":{\"answer\":\"" + (q.ordinal() < yes ? "YES" : "NO") + "\"}");
        }
        return "{" + String.join(",", entries) + "}";
    }

    public static String factors(String answer) {
        List<String> entries = new ArrayList<>();
        for (ImmigrationFactor f : ImmigrationFactor.values()) {
            entries.add("\"" + f.name() + "\":{\"answer\":\"" + answer + "\"}");
        }
        return "{" + String.join(",", entries) + "}";
    }

    public static String completed(int yes) {
        return "{\"answers\":" + answers(yes) + ",\"immigrationFactors\":" + factors("NO") + "}";
    }

    public static String completed(int yes, String judgementGrade, String concern) {
        return "{\"answers\":" + answers(yes) + ",\"immigrationFactors\":" + factors("YES") + ",\"judgementGrade\":\""
                + judgementGrade + "\",\"judgementConcern\":\"" + concern + "\"}";
    }
}
