package uk.safeshare.youngpeople.internal;

import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Component;
import uk.safeshare.cases.CaseLookup;
import uk.safeshare.cases.CaseSearchHit;
import uk.safeshare.cases.CaseViews.CaseView;
import uk.safeshare.cases.Cases;

/**
 * Finds the person on a case to link a young person to, by what a user knows (a case reference or a
 * name) instead of the ids in page addresses. Works without JavaScript: the search is a GET form on the
 * young person's page, and the people found are radios whose value the link form posts.
 */
@Component
public class CasePersonPicker {

    /** At most this many cases are opened to list their people. */
    static final int MOST = 10;

    /** @param value what the link form posts: the case id and the person id, separated by a slash */
    public record Choice(String value, String label) {
    }

    /** @param otherTeams references of cases that belong to another team (opened only through break-glass) */
    public record Found(List<Choice> choices, List<String> otherTeams) {
    }

    private final Cases cases;

    CasePersonPicker(Cases cases) {
        this.cases = cases;
    }

    /** The people on the cases the text finds; the case search checks the text and who may search. */
    Found find(String text) {
        List<Choice> choices = new ArrayList<>();
        List<String> otherTeams = new ArrayList<>();
        for (CaseSearchHit hit : cases.find(text).stream().limit(MOST).toList()) {
            if (!hit.ownTeam()) {
                otherTeams.add(hit.reference());
                continue;
            }
            if (cases.caseFile(hit.caseId()) instanceof CaseLookup.Found<CaseView> found) {
                found.value().people().forEach(p -> choices.add(new Choice(hit.caseId() + "/" + p.id(),
                        p.fullName() + " (" + p.role().label().toLowerCase(java.util.Locale.UK) + "), case " + hit.reference())));
            }
        }
        return new Found(choices, otherTeams);
    }
}
